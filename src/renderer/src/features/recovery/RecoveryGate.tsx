import { Center, Loader, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useDataStatus } from '../data/api'
import { RecoveryScreen } from './RecoveryScreen'

/**
 * Asks main whether the data file is open before showing the app. When it is not, the recovery
 * screen takes the whole window: the squad board never shows over a missing or damaged file.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useDataStatus()
  if (status.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Opening your data" />
      </Center>
    )
  }
  if (status.isError) {
    return (
      <Center mih="100vh">
        <Text c="red">{status.error.message}</Text>
      </Center>
    )
  }
  if (status.data.mode === 'recovery') return <RecoveryScreen status={status.data} />
  return <>{children}</>
}
