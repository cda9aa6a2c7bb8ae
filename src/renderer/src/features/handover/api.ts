import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../lib/ipc'

export function useHandovers(athleteId: string) {
  return useQuery({
    queryKey: ['athlete', athleteId, 'handovers'],
    queryFn: () => unwrap(rts().handover.list({ athleteId })),
  })
}

export function useHandoverPreview() {
  return useMutation({
    mutationFn: (input: ChannelInput<'handover:preview'>) => unwrap(rts().handover.preview(input)),
  })
}

export function useSaveHandover(athleteId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'handover:save'>) => unwrap(rts().handover.save(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['athlete', athleteId, 'handovers'] }),
  })
}
