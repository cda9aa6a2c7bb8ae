import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AthleteCreate, AthleteUpdate } from '@shared/schemas/athlete'
import { rts, unwrap } from '../../lib/ipc'
import { squadKeys } from '../squads/api'

export const athleteKeys = {
  all: ['athletes'] as const,
  squad: (squadId: string, includeArchived: boolean) =>
    ['athletes', 'squad', squadId, includeArchived] as const,
}

export function useSquadAthletes(squadId: string | null, includeArchived: boolean) {
  return useQuery({
    queryKey: athleteKeys.squad(squadId ?? '', includeArchived),
    queryFn: () => unwrap(rts().athletes.list({ squadId: squadId ?? '', includeArchived })),
    enabled: squadId !== null,
  })
}

function useInvalidateRoster() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: athleteKeys.all }),
      client.invalidateQueries({ queryKey: squadKeys.all }),
      client.invalidateQueries({ queryKey: ['board'] }),
      client.invalidateQueries({ queryKey: ['athlete'] }),
    ])
}

export function useCreateAthlete() {
  const invalidate = useInvalidateRoster()
  return useMutation({
    mutationFn: (input: AthleteCreate) => unwrap(rts().athletes.create(input)),
    onSuccess: invalidate,
  })
}

export function useUpdateAthlete() {
  const invalidate = useInvalidateRoster()
  return useMutation({
    mutationFn: (input: AthleteUpdate) => unwrap(rts().athletes.update(input)),
    onSuccess: invalidate,
  })
}

export function useArchiveAthlete() {
  const invalidate = useInvalidateRoster()
  return useMutation({
    mutationFn: (input: { id: string; archived: boolean }) => unwrap(rts().athletes.archive(input)),
    onSuccess: invalidate,
  })
}
