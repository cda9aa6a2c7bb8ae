import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../lib/ipc'
import { recordKeys } from '../athlete/api'

/**
 * Writes to the training log. Each one refreshes the athlete's whole record (the case the
 * engine reads, so the overview and the log agree) and the squad board rows.
 */
function useTrainingMutation<I, O>(athleteId: string, call: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: recordKeys.athlete(athleteId) }),
        client.invalidateQueries({ queryKey: ['board'] }),
      ]),
  })
}

export function useCreateSession(athleteId: string) {
  return useTrainingMutation(athleteId, (input: ChannelInput<'sessions:create'>) =>
    unwrap(rts().sessions.create(input)),
  )
}

export function useUpdateSession(athleteId: string) {
  return useTrainingMutation(athleteId, (input: ChannelInput<'sessions:update'>) =>
    unwrap(rts().sessions.update(input)),
  )
}

export function useRemoveSession(athleteId: string) {
  return useTrainingMutation(athleteId, (input: ChannelInput<'sessions:remove'>) =>
    unwrap(rts().sessions.remove(input)),
  )
}

export function useCreateResponse(athleteId: string) {
  return useTrainingMutation(athleteId, (input: ChannelInput<'responses:create'>) =>
    unwrap(rts().responses.create(input)),
  )
}

export function useUpdateResponse(athleteId: string) {
  return useTrainingMutation(athleteId, (input: ChannelInput<'responses:update'>) =>
    unwrap(rts().responses.update(input)),
  )
}

export function useRemoveResponse(athleteId: string) {
  return useTrainingMutation(athleteId, (input: ChannelInput<'responses:remove'>) =>
    unwrap(rts().responses.remove(input)),
  )
}
