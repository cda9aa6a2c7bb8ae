import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../lib/ipc'

/** Opens the file dialog in main; the file is read there and only a token comes back. */
export function useGpsImportOpen() {
  return useMutation({
    mutationFn: (squadId: string) => unwrap(rts().gps.importOpen({ squadId })),
  })
}

export function useGpsImportPreview() {
  return useMutation({
    mutationFn: (input: ChannelInput<'gps:importPreview'>) =>
      unwrap(rts().gps.importPreview(input)),
  })
}

export function useGpsImportCommit() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'gps:importCommit'>) => unwrap(rts().gps.importCommit(input)),
    // New sessions change every athlete's record, assessment and board row.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['athlete'] }),
        client.invalidateQueries({ queryKey: ['board'] }),
      ]),
  })
}
