import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AppSettingsInput } from '@shared/schemas/app-settings'
import { rts, unwrap } from '../../lib/ipc'

export const settingsKeys = { app: ['settings', 'app'] as const, info: ['app', 'info'] as const }

export function useAppSettings() {
  return useQuery({ queryKey: settingsKeys.app, queryFn: () => unwrap(rts().settings.get({})) })
}

export function useUpdateAppSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: AppSettingsInput) => unwrap(rts().settings.update(input)),
    onSuccess: (saved) => client.setQueryData(settingsKeys.app, saved),
  })
}

export function useAppInfo() {
  return useQuery({ queryKey: settingsKeys.info, queryFn: () => unwrap(rts().app.info({})) })
}
