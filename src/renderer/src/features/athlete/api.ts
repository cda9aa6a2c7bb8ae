import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../lib/ipc'

/** Query keys of one athlete's record; every write invalidates the athlete's whole record. */
export const recordKeys = {
  athlete: (id: string) => ['athlete', id] as const,
  part: (id: string, part: string) => ['athlete', id, part] as const,
}

export function useAthlete(id: string) {
  return useQuery({
    queryKey: recordKeys.part(id, 'core'),
    queryFn: () => unwrap(rts().athletes.get({ id })),
  })
}

export function useProfile(athleteId: string) {
  return useQuery({
    queryKey: recordKeys.part(athleteId, 'profile'),
    queryFn: () => unwrap(rts().profiles.get({ athleteId })),
  })
}

export function useInjuries(athleteId: string) {
  return useQuery({
    queryKey: recordKeys.part(athleteId, 'injuries'),
    queryFn: () => unwrap(rts().injuries.list({ athleteId })),
  })
}

export function useDemands(athleteId: string) {
  return useQuery({
    queryKey: recordKeys.part(athleteId, 'demands'),
    queryFn: () => unwrap(rts().demands.get({ athleteId })),
  })
}

/** A write to one athlete's record: refreshes the record and the squad board rows. */
function useRecordMutation<I, O>(athleteId: string, call: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: recordKeys.athlete(athleteId) }),
        client.invalidateQueries({ queryKey: ['athletes'] }),
        client.invalidateQueries({ queryKey: ['board'] }),
      ]),
  })
}

export function useSetAvailability(athleteId: string) {
  return useRecordMutation(athleteId, (input: ChannelInput<'athletes:setAvailability'>) =>
    unwrap(rts().athletes.setAvailability(input)),
  )
}

export function useSaveProfile(athleteId: string) {
  return useRecordMutation(athleteId, (input: ChannelInput<'profiles:save'>) =>
    unwrap(rts().profiles.save(input)),
  )
}

export function useCreateInjury(athleteId: string) {
  return useRecordMutation(athleteId, (input: ChannelInput<'injuries:create'>) =>
    unwrap(rts().injuries.create(input)),
  )
}

export function useUpdateInjury(athleteId: string) {
  return useRecordMutation(athleteId, (input: ChannelInput<'injuries:update'>) =>
    unwrap(rts().injuries.update(input)),
  )
}

export function useCloseInjury(athleteId: string) {
  return useRecordMutation(athleteId, (input: ChannelInput<'injuries:setClosed'>) =>
    unwrap(rts().injuries.setClosed(input)),
  )
}

export function useRemoveInjury(athleteId: string) {
  return useRecordMutation(athleteId, (input: ChannelInput<'injuries:remove'>) =>
    unwrap(rts().injuries.remove(input)),
  )
}

export function useSaveDemands(athleteId: string) {
  return useRecordMutation(athleteId, (input: ChannelInput<'demands:save'>) =>
    unwrap(rts().demands.save(input)),
  )
}

export function useAthleteCase(athleteId: string) {
  return useQuery({
    queryKey: recordKeys.part(athleteId, 'case'),
    queryFn: () => unwrap(rts().athletes.case({ athleteId })),
  })
}

export function useDomainSettings() {
  return useQuery({
    queryKey: ['settings', 'domain'],
    queryFn: () => unwrap(rts().settings.domain({})),
  })
}
