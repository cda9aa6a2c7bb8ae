import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core'
import { useMemo } from 'react'
import type { GpsSettings } from '@shared/schemas/gps-import'
import { playerKindText, playerStatus, plural, type ImportState } from './labels'

interface Props {
  state: ImportState
  settings: GpsSettings
  squadName: string
  onChange: (next: GpsSettings) => void
}

const SKIP = 'skip'

/** Step 3: each player of the file matched to an athlete of the squad, or skipped. */
export function PlayersStep({ state, settings, squadName, onChange }: Props) {
  const athletes = useMemo(
    () => [
      { value: SKIP, label: 'Skip this player' },
      ...state.athletes.map((a) => ({
        value: a.id,
        label: a.position ? `${a.name} · ${a.position}` : a.name,
      })),
    ],
    [state.athletes],
  )
  const undecided = state.players.filter(
    (p) => p.decision === null && settings.players[p.key] === undefined,
  )
  const decide = (key: string, value: string | null) => {
    if (value === null) return
    onChange({ ...settings, players: { ...settings.players, [key]: value as 'skip' | string } })
  }
  const skipRest = () =>
    onChange({
      ...settings,
      players: {
        ...settings.players,
        ...Object.fromEntries(undecided.map((p) => [p.key, SKIP])),
      },
    })

  if (state.players.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No players were found: choose the column that names the player in the previous step.
      </Text>
    )
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        This file names players by{' '}
        <b>{state.playerKind ? playerKindText[state.playerKind] : 'name'}</b>. Match each one to an
        athlete of {squadName}, or skip them. Only the same name (ignoring case, accents and
        spacing) is matched for you; suggestions need a look.
        {settings.remember && settings.sourceName.trim() !== '' && (
          <> Your choices are remembered for {settings.sourceName.trim()}.</>
        )}
      </Text>
      <Group justify="space-between">
        <Group gap="xs">
          {(['matched', 'remembered', 'suggested', 'unmatched'] as const).map((status) => {
            const n = state.players.filter((p) => p.status === status).length
            if (n === 0) return null
            return (
              <Badge key={status} color={playerStatus[status].color} variant="light">
                {n} {playerStatus[status].label.toLowerCase()}
              </Badge>
            )
          })}
        </Group>
        {undecided.length > 0 && (
          <Button variant="default" size="xs" onClick={skipRest}>
            Skip the {plural(undecided.length, 'player')} still to choose
          </Button>
        )}
      </Group>
      <Paper withBorder radius="md" p={0}>
        <Table verticalSpacing={6} aria-label="Players of the file" fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>In the file</Table.Th>
              <Table.Th w={90}>Rows</Table.Th>
              <Table.Th w={320}>Athlete</Table.Th>
              <Table.Th w={210}>Match</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.players.map((player) => {
              // The coach's own choice shows at once, before main has checked the file again.
              const own = settings.players[player.key]
              const decision = own ?? player.decision
              const status =
                decision === 'skip'
                  ? { color: 'gray', label: 'Skipped' }
                  : own !== undefined
                    ? { color: 'indigo', label: 'Chosen' }
                    : playerStatus[player.status]
              return (
                <Table.Tr key={player.key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {player.label}
                    </Text>
                  </Table.Td>
                  <Table.Td>{player.rows}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Athlete for ${player.label}`}
                      data={athletes}
                      value={decision}
                      placeholder="Choose an athlete or skip"
                      onChange={(value) => decide(player.key, value)}
                      searchable
                      allowDeselect={false}
                      error={decision === null ? 'Choose' : undefined}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={status.color} variant="light">
                      {status.label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  )
}
