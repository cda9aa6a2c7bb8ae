import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { AppRoutes } from './AppRoutes'
import { dataKeys } from './features/data/api'
import { RecoveryGate } from './features/recovery/RecoveryGate'
import { IpcFailure } from './lib/ipc'
import { AppLayout } from './shell/AppLayout'
import { theme } from './theme'

export function createQueryClient(): QueryClient {
  // A call refused because the data file went into recovery (say, damage found by the start-up
  // check) asks for the data status again, so the recovery screen replaces the app at once.
  const recheck = (error: Error, key?: readonly unknown[]) => {
    if (!(error instanceof IpcFailure) || error.error.code !== 'io') return
    if (key && key.join('/') === dataKeys.status.join('/')) return
    void client.invalidateQueries({ queryKey: dataKeys.status })
  }
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => recheck(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => recheck(error) }),
    defaultOptions: {
      // The data is local and only main changes it: refetch after our own writes, not on focus.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  })
  return client
}

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <RecoveryGate>
            <Router hook={useHashLocation}>
              <AppLayout>
                <AppRoutes />
              </AppLayout>
            </Router>
          </RecoveryGate>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  )
}
