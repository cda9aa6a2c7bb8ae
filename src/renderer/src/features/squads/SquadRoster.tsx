import {
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Paper,
  Select,
  Text,
  Title,
} from '@mantine/core'
import { IconFileImport, IconGps, IconPencil, IconPlus, IconUserPlus } from '@tabler/icons-react'
import { useDeferredValue, useMemo, useState } from 'react'
import type { BoardRow } from '@shared/schemas/board'
import type { Squad } from '@shared/schemas/squad'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useArchiveAthlete } from '../athletes/api'
import { AthleteFormModal, type EditableAthlete } from '../athletes/AthleteFormModal'
import { GpsImportModal } from '../gps-import/GpsImportModal'
import { QuickEntryModals, type QuickEntry } from '../training/QuickEntryModals'
import { useBoard } from './board/api'
import { PrintMenu } from './PrintMenu'
import { BoardTable } from './board/BoardTable'
import { BoardToolbar } from './board/BoardToolbar'
import {
  emptyFilter,
  positionsOf,
  visibleRows,
  type BoardFilter,
  type SortKey,
} from './board/model'
import { RosterImportModal } from './RosterImportModal'

interface Props {
  squad: Squad
  squads: readonly Squad[]
  onSelectSquad: (squad: Squad) => void
  onNewSquad: () => void
  onRenameSquad: () => void
}

function editable(row: BoardRow): EditableAthlete {
  return {
    id: row.athleteId,
    name: row.name,
    position: row.position,
    dateOfBirth: row.dateOfBirth,
    dominantLeg: row.dominantLeg,
  }
}

/** The selected squad: its actions, filters and the roster board. */
export function SquadRoster({ squad, squads, onSelectSquad, onNewSquad, onRenameSquad }: Props) {
  const [showArchived, setShowArchived] = useState(false)
  const [importing, setImporting] = useState(false)
  const [importingGps, setImportingGps] = useState(false)
  const [athleteDialog, setAthleteDialog] = useState<{ athlete?: EditableAthlete } | null>(null)
  const [quickEntry, setQuickEntry] = useState<QuickEntry | null>(null)
  const [filter, setFilter] = useState<BoardFilter>(emptyFilter)
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'name',
    descending: false,
  })
  const board = useBoard(squad.id, showArchived)
  const archive = useArchiveAthlete()
  // Typing stays responsive on a large roster: the list catches up a frame later if it must.
  const deferredFilter = useDeferredValue(filter)
  const rows = useMemo(
    () => visibleRows(board.data ?? [], deferredFilter, sort),
    [board.data, deferredFilter, sort],
  )
  const positions = useMemo(() => positionsOf(board.data ?? []), [board.data])

  const setArchived = (row: BoardRow, archived: boolean) =>
    archive.mutate(
      { id: row.athleteId, archived },
      {
        onSuccess: () => notifySuccess(archived ? `${row.name} archived` : `${row.name} restored`),
        onError: (error) => notifyError('That change was not saved', error),
      },
    )

  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key ? { key, descending: !current.descending } : { key, descending: false },
    )

  const total = board.data?.length ?? 0

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <Select
            label="Squad"
            data={squads.map((item) => ({ value: item.id, label: item.name }))}
            value={squad.id}
            allowDeselect={false}
            onChange={(id) => {
              const next = squads.find((item) => item.id === id)
              if (next) onSelectSquad(next)
            }}
            w={240}
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
            leftSection={<IconGps size={16} />}
            onClick={() => setImportingGps(true)}
          >
            Import GPS file
          </Button>
          <PrintMenu squadId={squad.id} />
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAthleteDialog({})}>
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
        </Group>
        {board.isPending ? (
          <Center h={160}>
            <Loader size="sm" aria-label="Loading athletes" />
          </Center>
        ) : board.isError ? (
          <Text c="red">{board.error.message}</Text>
        ) : total === 0 && !showArchived ? (
          <EmptyState
            size="sm"
            icon={<IconUserPlus size={28} />}
            title={`No athletes in ${squad.name} yet`}
            description="Add the athletes of this squad, or import them from a spreadsheet, to start tracking their return to sport."
          >
            <EmptyState.Actions>
              <Button variant="light" onClick={() => setAthleteDialog({})}>
                Add athlete
              </Button>
              <Button variant="default" onClick={() => setImporting(true)}>
                Import roster
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <>
            <BoardToolbar
              filter={filter}
              onChange={setFilter}
              positions={positions}
              shown={rows.length}
              total={total}
              showArchived={showArchived}
              onShowArchived={setShowArchived}
            />
            <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
              {rows.length === 0 ? (
                <Text c="dimmed" ta="center" py="xl">
                  No athlete matches these filters.
                </Text>
              ) : (
                <BoardTable
                  rows={rows}
                  sort={sort}
                  onSort={sortBy}
                  onEdit={(id) => {
                    const row = rows.find((r) => r.athleteId === id)
                    if (row) setAthleteDialog({ athlete: editable(row) })
                  }}
                  onArchive={setArchived}
                  onLogSession={(row) =>
                    setQuickEntry({
                      kind: 'session',
                      athleteId: row.athleteId,
                      athleteName: row.name,
                    })
                  }
                  onMorningCheck={(row) =>
                    setQuickEntry({
                      kind: 'check',
                      athleteId: row.athleteId,
                      athleteName: row.name,
                    })
                  }
                />
              )}
            </div>
          </>
        )}
      </Paper>

      <AthleteFormModal
        opened={athleteDialog !== null}
        squadId={squad.id}
        athlete={athleteDialog?.athlete}
        onClose={() => setAthleteDialog(null)}
      />
      <RosterImportModal opened={importing} onClose={() => setImporting(false)} squad={squad} />
      <GpsImportModal opened={importingGps} onClose={() => setImportingGps(false)} squad={squad} />
      <QuickEntryModals entry={quickEntry} onClose={() => setQuickEntry(null)} />
    </>
  )
}
