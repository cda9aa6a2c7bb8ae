import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { createQueryClient } from '../../src/renderer/src/App'
import { theme } from '../../src/renderer/src/theme'
import { startTestBackend, type TestBackend } from '../support/backend'

/**
 * Renders a piece of the interface against the real main process (temporary SQLite file,
 * real handlers and dispatcher) through the same API object the preload exposes.
 */
export function renderWithBackend(
  ui: ReactNode,
  options: { path?: string; prepare?: (backend: TestBackend) => void } = {},
) {
  const backend: TestBackend = startTestBackend()
  options.prepare?.(backend)
  Object.defineProperty(window, 'rts', { value: backend.api, configurable: true })
  const location = memoryLocation({ path: options.path ?? '/', record: true })
  const view = render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <QueryClientProvider client={createQueryClient()}>
        <ModalsProvider>
          <Router hook={location.hook}>{ui}</Router>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  )
  return { ...view, backend, location }
}
