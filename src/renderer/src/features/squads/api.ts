import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import type { SquadCreate, SquadRename } from '@shared/schemas/squad'
import { rts, unwrap } from '../../lib/ipc'

export const squadKeys = {
  all: ['squads'] as const,
}

export function useSquads() {
  return useQuery({ queryKey: squadKeys.all, queryFn: () => unwrap(rts().squads.list({})) })
}

export function useCreateSquad() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: SquadCreate) => unwrap(rts().squads.create(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: squadKeys.all }),
  })
}

export function useRenameSquad() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: SquadRename) => unwrap(rts().squads.rename(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: squadKeys.all }),
  })
}

export function usePrintSquadList() {
  return useMutation({
    mutationFn: (squadId: string) => unwrap(rts().reports.squadList({ squadId })),
  })
}

export function useRosterImportPreview() {
  return useMutation({
    mutationFn: (input: ChannelInput<'roster:importPreview'>) =>
      unwrap(rts().roster.importPreview(input)),
  })
}

export function useRosterImportCommit() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (token: string) => unwrap(rts().roster.importCommit({ token })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: squadKeys.all }),
        client.invalidateQueries({ queryKey: ['athletes'] }),
        client.invalidateQueries({ queryKey: ['board'] }),
      ]),
  })
}

export function usePrintAvailability() {
  return useMutation({
    mutationFn: (squadIds: string[] | undefined) =>
      unwrap(rts().reports.availability(squadIds ? { squadIds } : {})),
  })
}
