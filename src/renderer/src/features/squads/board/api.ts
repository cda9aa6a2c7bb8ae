import { useQuery } from '@tanstack/react-query'
import { rts, unwrap } from '../../../lib/ipc'

export function useBoard(squadId: string, includeArchived: boolean) {
  return useQuery({
    queryKey: ['board', squadId, includeArchived],
    queryFn: () => unwrap(rts().board.squad({ squadId, includeArchived })),
  })
}
