import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock'

const MAX_AGE_MS = 30 * 60 * 1000
const MAX_ENTRIES = 8

/**
 * Files read for an import, kept in main between the preview and the commit, so the page only
 * ever holds a token: it can neither send a path nor change the rows it was shown.
 */
export class PendingImports<T> {
  private readonly entries = new Map<string, { value: T; at: number }>()

  constructor(private readonly clock: Clock) {}

  put(value: T): string {
    this.prune()
    const token = randomUUID()
    this.entries.set(token, { value, at: this.clock().getTime() })
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
    return token
  }

  get(token: string): T | null {
    this.prune()
    return this.entries.get(token)?.value ?? null
  }

  delete(token: string): void {
    this.entries.delete(token)
  }

  private prune(): void {
    const now = this.clock().getTime()
    for (const [token, entry] of this.entries) {
      if (now - entry.at > MAX_AGE_MS) this.entries.delete(token)
    }
  }
}
