import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/ipc/contract'
import { rts, unwrap } from '../../lib/ipc'

export const clubTemplateKeys = { all: ['templates', 'club'] as const }

/** The club's own templates, sorted by name (main sorts them). */
export function useClubTemplates() {
  return useQuery({
    queryKey: clubTemplateKeys.all,
    queryFn: () => unwrap(rts().templates.listClub({})),
  })
}

function useClubTemplateMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: clubTemplateKeys.all }),
  })
}

export function useCreateClubTemplate() {
  return useClubTemplateMutation((input: ChannelInput<'templates:createClub'>) =>
    unwrap(rts().templates.createClub(input)),
  )
}

export function useUpdateClubTemplate() {
  return useClubTemplateMutation((input: ChannelInput<'templates:updateClub'>) =>
    unwrap(rts().templates.updateClub(input)),
  )
}

export function useRemoveClubTemplate() {
  return useClubTemplateMutation((input: ChannelInput<'templates:removeClub'>) =>
    unwrap(rts().templates.removeClub(input)),
  )
}
