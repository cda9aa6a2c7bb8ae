import {
  Accordion,
  Alert,
  Badge,
  Checkbox,
  Group,
  List,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import type { GpsSessionType, GpsSettings } from '@shared/schemas/gps-import'
import { count, metres, minutes, plural, showDay, speed, type ImportState } from './labels'

interface Props {
  state: ImportState
  settings: GpsSettings
  speedUnit: 'km/h' | 'm/s'
  onChange: (next: GpsSettings) => void
}

const typeLabels: Record<GpsSessionType, string> = { field: 'Training', match: 'Match' }
const NOWRAP = { whiteSpace: 'nowrap' } as const

/** Step 4: what will be imported per athlete, how rows were combined, and every problem. */
export function PreviewStep({ state, settings, speedUnit, onChange }: Props) {
  const s = state.summary
  const errorCells = state.rowErrors.flatMap((row) =>
    Object.entries(row.errors).map(([column, message]) => ({ ...row, column, message })),
  )
  const toggleTotal = (name: string, checked: boolean) => {
    const current = state.periods.names.filter((p) => p.isTotal).map((p) => p.name)
    const next = checked ? [...current, name] : current.filter((n) => n !== name)
    onChange({ ...settings, totalRowNames: next })
  }
  const setType = (key: string, type: GpsSessionType) =>
    onChange({ ...settings, typeBySession: { ...settings.typeBySession, [key]: type } })

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge size="lg" color={s.sessions > 0 ? 'teal' : 'gray'} variant="light">
          {s.sessions > 0
            ? `${plural(s.sessions, 'session')} for ${plural(s.athletes, 'athlete')}`
            : 'No session to import'}
        </Badge>
        {s.duplicates > 0 && (
          <Badge size="lg" color="gray" variant="light">
            {plural(s.duplicates, 'session')} already imported
          </Badge>
        )}
        {state.errorRowCount > 0 ? (
          <Badge size="lg" color="red" variant="filled">
            {plural(state.errorRowCount, 'row')} to fix
          </Badge>
        ) : (
          <Badge size="lg" color="gray" variant="light">
            No row to fix
          </Badge>
        )}
      </Group>

      {state.fileErrors.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle />} title="This file cannot be imported yet">
          <List size="sm">
            {state.fileErrors.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {state.blockers.length > 0 && state.fileErrors.length === 0 && (
        <Alert color="orange" icon={<IconAlertTriangle />} title="Before importing">
          <List size="sm">
            {state.blockers.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {state.warnings.length > 0 && (
        <Alert color="yellow" icon={<IconInfoCircle />} title="Worth knowing">
          <List size="sm">
            {state.warnings.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      {errorCells.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={5}>Rows to fix in the file</Title>
          <Text size="sm" c="dimmed" mb="xs">
            Nothing is imported while one is left. Fix them in the file and choose it again, or skip
            their players.
            {state.errorsByColumn.length > 0 &&
              ` By column: ${state.errorsByColumn.map((c) => `${c.column} ${c.rows}`).join(', ')}.`}
          </Text>
          <ScrollArea.Autosize mah={260}>
            <Table striped stickyHeader aria-label="Rows to fix" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>Line</Table.Th>
                  <Table.Th w={180}>Player</Table.Th>
                  <Table.Th w={220}>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errorCells.map((cell) => (
                  <Table.Tr key={`${cell.line}-${cell.column}`}>
                    <Table.Td>{cell.line}</Table.Td>
                    <Table.Td>{cell.player || '—'}</Table.Td>
                    <Table.Td>{cell.column === '_row' ? 'Whole row' : cell.column}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="red">
                        {cell.message}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {state.errorRowCount > state.rowErrors.length && (
            <Text size="xs" c="dimmed" mt={4}>
              And {plural(state.errorRowCount - state.rowErrors.length, 'more row')}.
            </Text>
          )}
        </Paper>
      )}

      {state.periods.mapped && (
        <Paper withBorder radius="md" p="md">
          <Title order={5}>Whole sessions and their drills</Title>
          <Text size="sm" c="dimmed" mb="xs">
            Adding a whole-session row to its drill rows would count everything twice. Where a day
            has a whole-session row, only that row is used; otherwise its parts are added up.
          </Text>
          <Text size="sm" mb="xs">
            {[
              s.fromTotalRows > 0 &&
                `${plural(s.fromTotalRows, 'whole-session row')} used (${plural(s.drillRowsCovered, 'drill row')} not added)`,
              s.summed > 0 && `${plural(s.summed, 'session')} added up from their parts`,
              s.singleRows > 0 && `${plural(s.singleRows, 'session')} from a single row`,
            ]
              .filter(Boolean)
              .join(' · ') || 'No sessions yet.'}
          </Text>
          <Text size="sm" fw={500} mb={4}>
            These names stand for the whole session:
          </Text>
          <Group gap="md">
            {state.periods.names.map((p) => (
              <Checkbox
                key={p.name}
                label={`${p.name} (${p.rows})`}
                checked={p.isTotal}
                onChange={(event) => toggleTotal(p.name, event.currentTarget.checked)}
              />
            ))}
          </Group>
        </Paper>
      )}

      {state.sessionLabels.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={5}>Training or match</Title>
          <Text size="sm" c="dimmed" mb="xs">
            Guessed from the session names; change any that is wrong.
          </Text>
          <Stack gap={6}>
            {state.sessionLabels.map((label) => (
              <Group key={label.key} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {label.label}{' '}
                  <Text span size="xs" c="dimmed">
                    ({plural(label.rows, 'row')})
                  </Text>
                </Text>
                <SegmentedControl
                  size="xs"
                  aria-label={`Type of ${label.label}`}
                  value={label.type}
                  onChange={(value) => setType(label.key, value as GpsSessionType)}
                  data={[
                    { value: 'field', label: 'Training' },
                    { value: 'match', label: 'Match' },
                  ]}
                />
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
      {state.sessionLabels.length === 0 && (
        <Group gap="sm">
          <Text size="sm">Every session of this file is a</Text>
          <SegmentedControl
            size="xs"
            aria-label="Type of every session"
            value={settings.defaultType}
            onChange={(value) => onChange({ ...settings, defaultType: value as GpsSessionType })}
            data={[
              { value: 'field', label: 'Training' },
              { value: 'match', label: 'Match' },
            ]}
          />
        </Group>
      )}

      {state.byAthlete.length > 0 && (
        <Stack gap="xs">
          <Title order={5}>What will be imported</Title>
          <Accordion
            variant="separated"
            multiple
            // Only open panels are drawn: a season file holds thousands of sessions.
            keepMounted={false}
            defaultValue={[state.byAthlete[0]!.athleteId]}
          >
            {state.byAthlete.map((athlete) => (
              <Accordion.Item key={athlete.athleteId} value={athlete.athleteId}>
                <Accordion.Control aria-label={`Sessions of ${athlete.name}`}>
                  <Group gap="sm">
                    <Text fw={600}>{athlete.name}</Text>
                    <Text size="sm" c="dimmed">
                      {plural(athlete.count, 'session')}, {showDay(athlete.from)}
                      {athlete.to !== athlete.from && ` – ${showDay(athlete.to)}`}
                    </Text>
                    {athlete.duplicates > 0 && (
                      <Badge color="gray" variant="light">
                        {athlete.duplicates} already imported
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  {athlete.thresholdNote && (
                    <Alert color="yellow" variant="light" mb="xs" p="xs">
                      <Text size="sm">{athlete.thresholdNote}</Text>
                    </Alert>
                  )}
                  <ScrollArea>
                    <Table fz="xs" striped aria-label={`Sessions to import for ${athlete.name}`}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Date</Table.Th>
                          <Table.Th>Session</Table.Th>
                          <Table.Th>Type</Table.Th>
                          <Table.Th>Duration</Table.Th>
                          <Table.Th>Total</Table.Th>
                          <Table.Th>HSR</Table.Th>
                          <Table.Th>Sprint</Table.Th>
                          <Table.Th>Sprints</Table.Th>
                          <Table.Th>Max speed</Table.Th>
                          <Table.Th>Acc / Dec</Table.Th>
                          <Table.Th>From</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {athlete.sessions.map((session) => (
                          <Table.Tr
                            key={`${session.line}-${session.date}`}
                            opacity={session.duplicate && settings.skipDuplicates ? 0.5 : 1}
                          >
                            <Table.Td>
                              <Text size="xs" style={NOWRAP}>
                                {showDay(session.date)}
                              </Text>
                              {session.duplicate && (
                                <Text size="xs" c="dimmed" fs="italic">
                                  {settings.skipDuplicates
                                    ? 'Already imported: skipped'
                                    : 'Imported before: added again'}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>{session.label ?? '—'}</Table.Td>
                            <Table.Td>{typeLabels[session.type]}</Table.Td>
                            <Table.Td style={NOWRAP}>{minutes(session.minutes)}</Table.Td>
                            <Table.Td style={NOWRAP}>
                              {metres(session.totalDistanceMetres)}
                            </Table.Td>
                            <Table.Td style={NOWRAP}>{metres(session.hsrMetres)}</Table.Td>
                            <Table.Td style={NOWRAP}>{metres(session.sprintMetres)}</Table.Td>
                            <Table.Td>{count(session.sprintCount)}</Table.Td>
                            <Table.Td style={NOWRAP}>
                              {speed(session.peakVelocityMps, speedUnit)}
                            </Table.Td>
                            <Table.Td>
                              {count(session.accelerationCount)} /{' '}
                              {count(session.decelerationCount)}
                            </Table.Td>
                            <Table.Td>
                              <Text size="xs" c="dimmed">
                                line {session.line}: {session.built}
                              </Text>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollArea>
                  {athlete.more > 0 && (
                    <Text size="xs" c="dimmed" mt={4}>
                      And {plural(athlete.more, 'more session')}.
                    </Text>
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}

      <Stack gap="xs">
        {s.duplicates > 0 && (
          <Switch
            label={`Skip the ${plural(s.duplicates, 'session')} already imported from ${settings.sourceName.trim() || 'this source'} on the same day`}
            checked={settings.skipDuplicates}
            onChange={(event) =>
              onChange({ ...settings, skipDuplicates: event.currentTarget.checked })
            }
          />
        )}
        <Switch
          label={`Remember this mapping and the player matches for ${settings.sourceName.trim() || 'this source'}`}
          checked={settings.remember}
          onChange={(event) => onChange({ ...settings, remember: event.currentTarget.checked })}
        />
      </Stack>
    </Stack>
  )
}
