import { useMutation, useQueryClient } from '@tanstack/react-query'
import { recordKeys } from '../api'

/**
 * A write to one of the athlete's dated records (a test, an override, an observation, a phase
 * decision). On success the athlete's whole record, the roster and the squad board refresh, so
 * the engine's view is recomputed everywhere from the stored rows.
 */
export function useRecordWrite<I, O>(athleteId: string, call: (input: I) => Promise<O>) {
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
