import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import type { BackupSettingsInput } from '@shared/schemas/backup-settings'
import type { EraseAthleteInput, ExportFormat, RestoreInput } from '@shared/schemas/data-safety'
import { rts, unwrap } from '../../lib/ipc'

export const dataKeys = {
  status: ['data', 'status'] as const,
  backups: ['data', 'backups'] as const,
  athletes: ['data', 'athletes'] as const,
  audit: ['audit', 'list'] as const,
}

export const AUDIT_PAGE_SIZE = 25

/** How often the status is asked again while the start-up health check runs. */
const CHECKING_POLL_MS = 500

export function useDataStatus() {
  return useQuery({
    queryKey: dataKeys.status,
    queryFn: () => unwrap(rts().data.status({})),
    // Until the background check has passed, ask again: a file that fails it turns the window
    // into the recovery screen without waiting for the coach to try a change.
    refetchInterval: (query) =>
      query.state.data?.mode === 'ready' && query.state.data.checking ? CHECKING_POLL_MS : false,
  })
}

export function useBackups() {
  return useQuery({ queryKey: dataKeys.backups, queryFn: () => unwrap(rts().data.backups({})) })
}

export function useAthleteChoices() {
  return useQuery({ queryKey: dataKeys.athletes, queryFn: () => unwrap(rts().data.athletes({})) })
}

/** After a change to backups: the list, and the audit trail that records it. */
function useRefreshBackups() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: dataKeys.backups }),
      client.invalidateQueries({ queryKey: dataKeys.audit }),
    ])
}

export function useBackupNow() {
  const refresh = useRefreshBackups()
  return useMutation({ mutationFn: () => unwrap(rts().data.backupNow({})), onSuccess: refresh })
}

export function useUpdateBackupSettings() {
  const refresh = useRefreshBackups()
  return useMutation({
    mutationFn: (input: BackupSettingsInput) => unwrap(rts().data.updateBackupSettings(input)),
    onSuccess: refresh,
  })
}

export function useChooseBackupFolder() {
  const refresh = useRefreshBackups()
  return useMutation({
    mutationFn: () => unwrap(rts().data.chooseBackupFolder({})),
    onSuccess: refresh,
  })
}

export function useClearBackupFolder() {
  const refresh = useRefreshBackups()
  return useMutation({
    mutationFn: () => unwrap(rts().data.clearBackupFolder({})),
    onSuccess: refresh,
  })
}

/**
 * Restoring replaces every record the app shows: everything cached is dropped and read again
 * from the restored file (the recovery gate then shows the app, if it was on recovery).
 */
export function useRestore() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: RestoreInput) => unwrap(rts().data.restore(input)),
    onSuccess: (result) => {
      if (result.status === 'restored') return client.resetQueries()
      return undefined
    },
    // A restored file that then fails to open puts the app on the recovery screen.
    onError: () => client.invalidateQueries({ queryKey: dataKeys.status }),
  })
}

export function useStartFresh() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(rts().data.startFresh({ confirmed: true })),
    onSuccess: () => client.resetQueries(),
  })
}

export function useReveal() {
  return useMutation({
    mutationFn: (what: ChannelInput<'data:reveal'>['what']) => unwrap(rts().data.reveal({ what })),
  })
}

export function useExportAthlete() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { athleteId: string; format: ExportFormat }) =>
      unwrap(rts().data.exportAthlete(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: dataKeys.audit }),
  })
}

export function useExportAll() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (format: ExportFormat) => unwrap(rts().data.exportAll({ format })),
    onSuccess: () => client.invalidateQueries({ queryKey: dataKeys.audit }),
  })
}

/** An import or an erasure changes squads, rosters and the trail: all of it is read again. */
export function useImportAthlete() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(rts().data.importAthlete({})),
    onSuccess: (result) => (result.status === 'imported' ? client.invalidateQueries() : undefined),
  })
}

export function useEraseAthlete() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: EraseAthleteInput) => unwrap(rts().data.eraseAthlete(input)),
    onSuccess: () => client.invalidateQueries(),
  })
}

export function useAuditTrail() {
  return useInfiniteQuery({
    queryKey: dataKeys.audit,
    queryFn: ({ pageParam }) =>
      unwrap(
        rts().audit.list({
          limit: AUDIT_PAGE_SIZE,
          ...(pageParam !== null ? { beforeSeq: pageParam } : {}),
        }),
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBeforeSeq,
  })
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => unwrap(rts().audit.verify({})) })
}
