import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../../lib/ipc'
import { useRecordWrite } from './record-write'

export function useCreateOverride(athleteId: string) {
  return useRecordWrite(athleteId, (input: ChannelInput<'overrides:create'>) =>
    unwrap(rts().overrides.create(input)),
  )
}

export function useRemoveOverride(athleteId: string) {
  return useRecordWrite(athleteId, (input: ChannelInput<'overrides:remove'>) =>
    unwrap(rts().overrides.remove(input)),
  )
}

export function useCreateObservation(athleteId: string) {
  return useRecordWrite(athleteId, (input: ChannelInput<'observations:create'>) =>
    unwrap(rts().observations.create(input)),
  )
}

export function useCreatePhaseRecord(athleteId: string) {
  return useRecordWrite(athleteId, (input: ChannelInput<'phases:create'>) =>
    unwrap(rts().phases.create(input)),
  )
}
