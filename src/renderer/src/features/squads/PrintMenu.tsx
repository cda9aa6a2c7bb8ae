import { Button, Menu } from '@mantine/core'
import { IconChevronDown, IconPrinter } from '@tabler/icons-react'
import { notifyError, notifySuccess } from '../../lib/notify'
import { usePrintAvailability, usePrintSquadList } from './api'

/** The squad's printouts: availability for this squad or all squads, and the plain roster. */
export function PrintMenu({ squadId }: { squadId: string }) {
  const availability = usePrintAvailability()
  const list = usePrintSquadList()
  const saved = (result: { status: 'saved'; fileName: string } | { status: 'cancelled' }) => {
    if (result.status === 'saved') notifySuccess(`Saved ${result.fileName}`)
  }
  const failed = (error: unknown) => notifyError('Nothing was printed', error)
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={availability.isPending || list.isPending}
        >
          Print
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => availability.mutate([squadId], { onSuccess: saved, onError: failed })}
        >
          Availability of this squad
        </Menu.Item>
        <Menu.Item
          onClick={() => availability.mutate(undefined, { onSuccess: saved, onError: failed })}
        >
          Availability of all squads
        </Menu.Item>
        <Menu.Item onClick={() => list.mutate(squadId, { onSuccess: saved, onError: failed })}>
          Squad list
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
