import { useMutation, useQueryClient } from '@tanstack/react-query'
import { rts, unwrap } from '../../lib/ipc'

/**
 * Loading or removing the demo squad changes squads, athletes and every record behind them:
 * refetch everything afterwards rather than guess which lists are affected.
 */
export function useLoadDemoSquad() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(rts().demo.load({})),
    onSuccess: () => client.invalidateQueries(),
  })
}

export function useRemoveDemoSquad() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(rts().demo.remove({})),
    onSuccess: () => client.invalidateQueries(),
  })
}
