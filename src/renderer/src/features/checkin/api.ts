import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../lib/ipc'
import { recordKeys } from '../athlete/api'

/** The athlete's weekly check-ins, oldest first (as stored). */
export function useCheckIns(athleteId: string) {
  return useQuery({
    queryKey: recordKeys.part(athleteId, 'check-ins'),
    queryFn: () => unwrap(rts().checkins.list({ athleteId })),
  })
}

function useCheckInMutation<I, O>(athleteId: string, call: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: recordKeys.athlete(athleteId) }),
  })
}

export function useCreateCheckIn(athleteId: string) {
  return useCheckInMutation(athleteId, (input: ChannelInput<'checkins:create'>) =>
    unwrap(rts().checkins.create(input)),
  )
}

export function useUpdateCheckIn(athleteId: string) {
  return useCheckInMutation(athleteId, (input: ChannelInput<'checkins:update'>) =>
    unwrap(rts().checkins.update(input)),
  )
}

export function useRemoveCheckIn(athleteId: string) {
  return useCheckInMutation(athleteId, (input: ChannelInput<'checkins:remove'>) =>
    unwrap(rts().checkins.remove(input)),
  )
}
