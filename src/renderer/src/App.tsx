import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { AppRoutes } from './AppRoutes'
import { RecoveryGate } from './features/recovery/RecoveryGate'
import { AppLayout } from './shell/AppLayout'
import { theme } from './theme'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data is local and only main changes it: refetch after our own writes, not on focus.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  })
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
