import { auditPage } from '../../data/audit-view'
import type { HandlersFor } from './types'

export const auditHandlers: HandlersFor<'audit:list' | 'audit:verify'> = {
  'audit:list': (deps, input) =>
    auditPage(deps.db, deps.repos.audit, {
      limit: input.limit,
      ...(input.beforeSeq !== undefined ? { beforeSeq: input.beforeSeq } : {}),
    }),
  'audit:verify': (deps) => deps.repos.audit.verify(),
}
