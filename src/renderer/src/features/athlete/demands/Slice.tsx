import { memo, type ReactNode } from 'react'
import type { DemandForm } from './form'

/**
 * Renders `render()` again only when `deps` changes. The editor holds well over a hundred
 * inputs; without this every keystroke re-rendered all of them (about 100–250 ms a key in
 * Chromium). Each part passes the JSON of the values and errors it shows, so it still updates
 * exactly when what it shows changes. A skipped part keeps handlers from an earlier render,
 * which is safe: Mantine's form actions read the current values from a ref.
 */
export const Slice = memo(
  function Slice({ render }: { deps: string; render: () => ReactNode }) {
    return <>{render()}</>
  },
  (before, after) => before.deps === after.deps,
)

/** The form's messages at `prefix` and below, as part of a Slice's deps. */
export function errorsAt(form: DemandForm, prefix: string): [string, unknown][] {
  return Object.entries(form.errors).filter(
    ([path]) => path === prefix || path.startsWith(`${prefix}.`),
  )
}

export function deps(...parts: unknown[]): string {
  return JSON.stringify(parts)
}
