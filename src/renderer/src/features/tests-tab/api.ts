import { useQuery } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../lib/ipc'
import { recordKeys } from '../athlete/api'
import { useRecordWrite } from '../athlete/overview/record-write'

/** Every test of the athlete, all injuries and before, oldest first as main returns them. */
export function useAssessments(athleteId: string) {
  return useQuery({
    queryKey: recordKeys.part(athleteId, 'assessments'),
    queryFn: () => unwrap(rts().assessments.list({ athleteId })),
  })
}

export function useCreateAssessment(athleteId: string) {
  return useRecordWrite(athleteId, (input: ChannelInput<'assessments:create'>) =>
    unwrap(rts().assessments.create(input)),
  )
}

export function useUpdateAssessment(athleteId: string) {
  return useRecordWrite(athleteId, (input: ChannelInput<'assessments:update'>) =>
    unwrap(rts().assessments.update(input)),
  )
}

export function useRemoveAssessment(athleteId: string) {
  return useRecordWrite(athleteId, (input: ChannelInput<'assessments:remove'>) =>
    unwrap(rts().assessments.remove(input)),
  )
}
