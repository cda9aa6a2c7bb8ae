import { Button, Center, EmptyState, Loader, Paper, Stack } from '@mantine/core'
import { IconPlus, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { useLocation } from 'wouter'
import type { Squad } from '@shared/schemas/squad'
import { DemoSquadBanner } from '../demo/DemoSquadBanner'
import { LoadDemoButton } from '../demo/LoadDemoButton'
import { useSquads } from './api'
import { SquadNameModal } from './SquadNameModal'
import { SquadRoster } from './SquadRoster'

type Dialog = { kind: 'none' } | { kind: 'newSquad' } | { kind: 'renameSquad'; squad: Squad }

/** Home: the squads and the selected squad's roster, or the first-run empty state. */
export function SquadBoard({ squadId }: { squadId: string | null }) {
  const squads = useSquads()
  const [, navigate] = useLocation()
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' })
  const close = () => setDialog({ kind: 'none' })
  const openSquad = (squad: Squad) => navigate(`/squads/${squad.id}`)

  if (squads.isPending) {
    return (
      <Center h={240}>
        <Loader aria-label="Loading squads" />
      </Center>
    )
  }
  if (squads.isError) {
    return (
      <EmptyState
        title="The squads could not be loaded"
        description={squads.error.message}
        icon={<IconUsersGroup size={32} />}
      />
    )
  }

  const list = squads.data
  const selected = list.find((squad) => squad.id === squadId) ?? list[0] ?? null

  return (
    <Stack gap="md">
      {selected === null ? (
        <Paper withBorder p="xl" radius="lg">
          <EmptyState
            variant="light"
            icon={<IconUsersGroup size={32} />}
            title="No squads yet"
            description="Create a squad, then add the athletes you are bringing back from injury. Or load a demo squad of fictional athletes to look around first."
          >
            <EmptyState.Actions>
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setDialog({ kind: 'newSquad' })}
              >
                Create squad
              </Button>
              <LoadDemoButton onLoaded={openSquad} />
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <>
          <DemoSquadBanner squad={selected} onRemoved={() => navigate('/')} />
          <SquadRoster
            squad={selected}
            squads={list}
            onSelectSquad={openSquad}
            onNewSquad={() => setDialog({ kind: 'newSquad' })}
            onRenameSquad={() => setDialog({ kind: 'renameSquad', squad: selected })}
          />
        </>
      )}

      <SquadNameModal
        opened={dialog.kind === 'newSquad' || dialog.kind === 'renameSquad'}
        squad={dialog.kind === 'renameSquad' ? dialog.squad : undefined}
        onClose={close}
        onSaved={openSquad}
      />
    </Stack>
  )
}
