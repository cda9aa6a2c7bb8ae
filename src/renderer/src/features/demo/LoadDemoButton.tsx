import { Button } from '@mantine/core'
import { IconFlask } from '@tabler/icons-react'
import type { Squad } from '@shared/schemas/squad'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useLoadDemoSquad } from './api'

/** The empty state's second way in: a squad of fictional athletes to look around with. */
export function LoadDemoButton({ onLoaded }: { onLoaded: (squad: Squad) => void }) {
  const load = useLoadDemoSquad()
  return (
    <Button
      variant="default"
      leftSection={<IconFlask size={16} />}
      loading={load.isPending}
      onClick={() =>
        load.mutate(undefined, {
          onSuccess: (result) => {
            notifySuccess(`Demo squad loaded: ${result.athletes} fictional athletes`)
            onLoaded(result.squad)
          },
          onError: (error) => notifyError('The demo squad was not loaded', error),
        })
      }
    >
      Load demo squad
    </Button>
  )
}
