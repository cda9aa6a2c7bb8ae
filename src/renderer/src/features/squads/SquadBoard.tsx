import {
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core'
import {
  IconFileImport,
  IconPencil,
  IconPlus,
  IconPrinter,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useLocation } from 'wouter'
import type { Athlete } from '@shared/schemas/athlete'
import type { Squad } from '@shared/schemas/squad'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useArchiveAthlete, useSquadAthletes } from '../athletes/api'
import { AthleteFormModal } from '../athletes/AthleteFormModal'
import { RosterTable } from '../athletes/RosterTable'
import { usePrintSquadList, useSquads } from './api'
import { RosterImportModal } from './RosterImportModal'
import { SquadNameModal } from './SquadNameModal'

type Dialog =
  | { kind: 'none' }
  | { kind: 'newSquad' }
  | { kind: 'renameSquad'; squad: Squad }
  | { kind: 'athlete'; athlete?: Athlete }

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
    <Stack gap="lg">
      {selected === null ? (
        <Paper withBorder p="xl" radius="lg">
          <EmptyState
            variant="light"
            icon={<IconUsersGroup size={32} />}
            title="No squads yet"
            description="Create a squad, then add the athletes you are bringing back from injury."
          >
            <EmptyState.Actions>
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setDialog({ kind: 'newSquad' })}
              >
                Create squad
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <SquadRoster
          squad={selected}
          squads={list}
          onSelectSquad={openSquad}
          onNewSquad={() => setDialog({ kind: 'newSquad' })}
          onRenameSquad={() => setDialog({ kind: 'renameSquad', squad: selected })}
          onAthleteDialog={(athlete) =>
            setDialog(athlete ? { kind: 'athlete', athlete } : { kind: 'athlete' })
          }
        />
      )}

      <SquadNameModal
        opened={dialog.kind === 'newSquad' || dialog.kind === 'renameSquad'}
        squad={dialog.kind === 'renameSquad' ? dialog.squad : undefined}
        onClose={close}
        onSaved={openSquad}
      />
      {selected && (
        <AthleteFormModal
          opened={dialog.kind === 'athlete'}
          squadId={selected.id}
          athlete={dialog.kind === 'athlete' ? dialog.athlete : undefined}
          onClose={close}
        />
      )}
    </Stack>
  )
}

interface SquadRosterProps {
  squad: Squad
  squads: readonly Squad[]
  onSelectSquad: (squad: Squad) => void
  onNewSquad: () => void
  onRenameSquad: () => void
  onAthleteDialog: (athlete?: Athlete) => void
}

function SquadRoster({
  squad,
  squads,
  onSelectSquad,
  onNewSquad,
  onRenameSquad,
  onAthleteDialog,
}: SquadRosterProps) {
  const [showArchived, setShowArchived] = useState(false)
  const [importing, setImporting] = useState(false)
  const athletes = useSquadAthletes(squad.id, showArchived)
  const archive = useArchiveAthlete()
  const print = usePrintSquadList()

  const setArchived = (athlete: Athlete, archived: boolean) =>
    archive.mutate(
      { id: athlete.id, archived },
      {
        onSuccess: () =>
          notifySuccess(archived ? `${athlete.name} archived` : `${athlete.name} restored`),
        onError: (error) => notifyError('That change was not saved', error),
      },
    )

  const printList = () =>
    print.mutate(squad.id, {
      onSuccess: (result) => {
        if (result.status === 'saved') notifySuccess(`Saved ${result.fileName}`)
      },
      onError: (error) => notifyError('The squad list was not printed', error),
    })

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <Select
            label="Squad"
            aria-label="Squad"
            data={squads.map((item) => ({ value: item.id, label: item.name }))}
            value={squad.id}
            allowDeselect={false}
            onChange={(id) => {
              const next = squads.find((item) => item.id === id)
              if (next) onSelectSquad(next)
            }}
            w={260}
          />
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onRenameSquad}>
            Rename
          </Button>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={onNewSquad}>
            New squad
          </Button>
        </Group>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={() => setImporting(true)}
          >
            Import roster
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={printList}
            loading={print.isPending}
          >
            Print squad list
          </Button>
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => onAthleteDialog()}>
            Add athlete
          </Button>
        </Group>
      </Group>

      <Paper withBorder radius="lg" p="md">
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={3}>{squad.name}</Title>
            <Text size="sm" c="dimmed">
              {squad.activeAthleteCount} active athlete{squad.activeAthleteCount === 1 ? '' : 's'}
            </Text>
          </div>
          <Switch
            label="Show archived"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
        </Group>
        {athletes.isPending ? (
          <Center h={120}>
            <Loader size="sm" aria-label="Loading athletes" />
          </Center>
        ) : athletes.isError ? (
          <Text c="red">{athletes.error.message}</Text>
        ) : athletes.data.length === 0 ? (
          <EmptyState
            size="sm"
            icon={<IconUserPlus size={28} />}
            title={`No athletes in ${squad.name} yet`}
            description="Add the athletes of this squad to start tracking their return to sport."
          >
            <EmptyState.Actions>
              <Button variant="light" onClick={() => onAthleteDialog()}>
                Add athlete
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <RosterTable athletes={athletes.data} onEdit={onAthleteDialog} onArchive={setArchived} />
        )}
      </Paper>
      <RosterImportModal opened={importing} onClose={() => setImporting(false)} squad={squad} />
    </>
  )
}
