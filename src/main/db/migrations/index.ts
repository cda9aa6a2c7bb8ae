import { migration001 } from './001-squads-athletes'
import { migration002 } from './002-audit-settings'
import { migration003 } from './003-athlete-record'
import { migration004 } from './004-training-and-tests'
import { migration005 } from './005-staged-imports'
import { migration006 } from './006-whole-athlete-indexes'
import type { Migration } from './types'

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
]

export const LATEST_SCHEMA_VERSION = migrations.length
