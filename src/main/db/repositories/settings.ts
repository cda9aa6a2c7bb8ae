import type { z } from 'zod'
import {
  defaultAppSettings,
  storedAppSettingsSchema,
  UNNAMED_USER,
  type AppSettings,
} from '@shared/schemas/app-settings'
import { defaultSettings, settingsSchema, type Settings } from '@shared/domain/settings'
import { instant, type Clock } from '../../clock'
import type { Db } from '../connection'
import type { AuditLog } from './audit'

/**
 * Settings are stored one JSON document per key and parsed with their schema on read. A value
 * that no longer parses (written by another version, say) falls back to the defaults instead of
 * breaking the app.
 */
export function createSettingsRepository(db: Db, clock: Clock, audit: AuditLog) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @now)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )

  function get<S extends z.ZodType>(key: string, schema: S, defaults: z.output<S>): z.output<S> {
    const row = read.get(key)
    if (!row) return defaults
    const parsed = schema.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : defaults
  }

  const app = (): AppSettings => get('app', storedAppSettingsSchema, defaultAppSettings)

  return {
    get,
    app,
    /** Thresholds, bands and guardrail defaults the engine uses (domain.md, editable). */
    domain: (): Settings => get('domain', settingsSchema, defaultSettings),
    /** The name to record as the actor of a change. */
    actor: (): string => app().userName ?? UNNAMED_USER,
    /** Saves a validated value and records the change in the audit trail. */
    set: db.transaction((key: string, value: unknown): void => {
      write.run({ key, value: JSON.stringify(value), now: instant(clock) })
      audit.record({
        actor: app().userName ?? UNNAMED_USER,
        action: 'settings.update',
        entityType: 'settings',
        entityId: key,
        athleteId: null,
        detail: value,
      })
    }),
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
