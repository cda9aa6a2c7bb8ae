import { migration001 } from './001-squads-athletes'
import { migration002 } from './002-audit-settings'
import { migration003 } from './003-athlete-record'
import type { Migration } from './types'

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003]

export const LATEST_SCHEMA_VERSION = migrations.length
