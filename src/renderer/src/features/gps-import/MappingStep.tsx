import {
  Alert,
  Badge,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useMemo } from 'react'
import { dateOrderLabels, type DateOrder } from '@shared/import/dates'
import {
  gpsFieldLabels,
  gpsFieldUnitKind,
  gpsThresholdUnits,
  gpsUnitLabels,
  gpsUnitsByKind,
  type GpsField,
  type GpsSettings,
  type GpsUnit,
} from '@shared/schemas/gps-import'
import {
  fieldGroups,
  fieldHints,
  plural,
  requiredFields,
  unitSourceText,
  type ImportState,
  type OpenedFile,
} from './labels'

interface Props {
  state: ImportState
  columns: OpenedFile['columns']
  settings: GpsSettings
  onChange: (next: GpsSettings, options?: { debounce?: boolean }) => void
  onUseSaved: (id: string | null) => void
}

const NOT_IMPORTED = 'none'

/** Step 2: which column is what, in which unit, and the speeds HSR and sprints were measured above. */
export function MappingStep({ state, columns, settings, onChange, onUseSaved }: Props) {
  const byField = useMemo(() => new Map(state.fields.map((f) => [f.field, f])), [state.fields])
  const options = useMemo(() => {
    const seen = new Map<string, number>()
    for (const c of columns) seen.set(c.header, (seen.get(c.header) ?? 0) + 1)
    return columns.map((c) => ({
      value: String(c.index),
      label:
        c.header === ''
          ? `(no name) · column ${c.index + 1}`
          : (seen.get(c.header) ?? 0) > 1
            ? `${c.header} · column ${c.index + 1}`
            : c.header,
    }))
  }, [columns])

  const setColumn = (field: GpsField, value: string | null) => {
    const next = { ...settings.columns }
    if (value === null || value === NOT_IMPORTED) delete next[field]
    else next[field] = { index: Number(value), unit: null }
    onChange({ ...settings, columns: next })
  }
  const setUnit = (field: GpsField, unit: string | null) => {
    const choice = settings.columns[field]
    if (!choice) return
    onChange({
      ...settings,
      columns: { ...settings.columns, [field]: { ...choice, unit: unit as GpsUnit | null } },
    })
  }
  const threshold = (key: 'hsr' | 'sprint', value: string | number) =>
    onChange(
      {
        ...settings,
        thresholds: { ...settings.thresholds, [key]: value === '' ? null : Number(value) },
      },
      { debounce: true },
    )

  const preamble = state.file.preamble.filter((p) => p.value !== '')
  const dateOrder = state.dateOrder
  const hasRunning = Boolean(settings.columns.hsr || settings.columns.sprintDistance)

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {plural(state.file.rows, 'row')} · {plural(state.file.columns, 'column')} · header on line{' '}
        {state.file.headerLine}
        {preamble.length > 0 &&
          ` · ${preamble
            .slice(0, 4)
            .map((p) => `${p.key}: ${p.value}`)
            .join(' · ')}`}
      </Text>

      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label="Source"
          description="The system the file comes from. Noted on each session; this mapping is remembered under this name."
          placeholder="For example Catapult Vector"
          value={settings.sourceName}
          maxLength={60}
          onChange={(event) =>
            onChange({ ...settings, sourceName: event.currentTarget.value }, { debounce: true })
          }
          error={settings.sourceName.trim() === '' ? 'Name the source' : undefined}
          w={340}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Tracking
          </Text>
          <SegmentedControl
            aria-label="Tracking"
            value={settings.dataSource}
            onChange={(value) => onChange({ ...settings, dataSource: value as 'GPS' | 'LPS' })}
            data={[
              { value: 'GPS', label: 'GPS (outdoor)' },
              { value: 'LPS', label: 'LPS (indoor / local)' },
            ]}
          />
        </Stack>
        {state.savedMappings.length > 0 && (
          <Select
            label="Saved mapping"
            description="Start from a mapping remembered for a source"
            w={300}
            value={settings.savedMappingId ?? NOT_IMPORTED}
            allowDeselect={false}
            onChange={(value) => onUseSaved(value === NOT_IMPORTED ? null : value)}
            data={[
              { value: NOT_IMPORTED, label: 'None: read the column names' },
              ...state.savedMappings.map((m) => ({
                value: m.id,
                label: `${m.sourceName} (${Math.round(m.fit * 100)} % of its columns here)`,
              })),
            ]}
          />
        )}
      </Group>

      <Paper withBorder radius="md" p={0}>
        <Table verticalSpacing={6} aria-label="Columns of the file" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={230}>Reads as</Table.Th>
              <Table.Th>Column in the file</Table.Th>
              <Table.Th w={250}>Unit</Table.Th>
              <Table.Th w={200}>First values</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {fieldGroups.map((group) => (
            <Table.Tbody key={group.title}>
              <Table.Tr>
                <Table.Td colSpan={4} bg="var(--mantine-color-gray-0)">
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    {group.title}
                  </Text>
                </Table.Td>
              </Table.Tr>
              {group.fields.map((field) => {
                const info = byField.get(field)
                const kind = gpsFieldUnitKind[field]
                const alternatives = new Set(info?.alternatives ?? [])
                const data = [
                  { value: NOT_IMPORTED, label: 'Not in this file' },
                  ...options
                    .filter((o) => alternatives.has(Number(o.value)))
                    .map((o) => ({ ...o, label: `${o.label} (also looks right)` })),
                  ...options.filter((o) => !alternatives.has(Number(o.value))),
                ]
                return (
                  <Table.Tr key={field}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {gpsFieldLabels[field]}
                        {requiredFields.has(field) && (
                          <Text span c="red" aria-hidden>
                            {' '}
                            *
                          </Text>
                        )}
                      </Text>
                      {fieldHints[field] && (
                        <Text size="xs" c="dimmed">
                          {fieldHints[field]}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Column for ${gpsFieldLabels[field]}`}
                        data={data}
                        value={info?.index === null || !info ? NOT_IMPORTED : String(info.index)}
                        onChange={(value) => setColumn(field, value)}
                        searchable
                        limit={300}
                        allowDeselect={false}
                        nothingFoundMessage="No column with that name"
                        comboboxProps={{ withinPortal: true }}
                        error={
                          requiredFields.has(field) && (info?.index ?? null) === null
                            ? 'Needed for every session'
                            : undefined
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      {kind && info?.index !== null && info ? (
                        <Stack gap={2}>
                          <Select
                            aria-label={`Unit of ${gpsFieldLabels[field]}`}
                            data={gpsUnitsByKind[kind].map((u) => ({
                              value: u,
                              label: gpsUnitLabels[u],
                            }))}
                            value={info.unit}
                            placeholder="Choose the unit"
                            allowDeselect={false}
                            onChange={(value) => setUnit(field, value)}
                            error={info.needsUnit ? 'Choose the unit' : undefined}
                          />
                          {(info.note || info.unitSource) && (
                            <Text size="xs" c={info.needsUnit ? 'red' : 'dimmed'}>
                              {info.note ??
                                (info.unitSource ? unitSourceText[info.unitSource] : '')}
                            </Text>
                          )}
                        </Stack>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {info?.index !== null && info?.note ? info.note : ''}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {info?.sample.join(' · ') || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          ))}
        </Table>
      </Paper>

      {hasRunning && (
        <Paper withBorder radius="md" p="md">
          <Title order={5}>Speed thresholds of this file</Title>
          <Text size="sm" c="dimmed" mb="sm">
            High-speed running and sprint distance only mean something with the speed they were
            measured above. They are noted on each session and compared with each athlete&apos;s
            sport demand: numbers measured above different speeds are not comparable.
          </Text>
          <Group align="flex-start" gap="md">
            {settings.columns.hsr && (
              <NumberInput
                label="High-speed running above"
                value={settings.thresholds.hsr ?? ''}
                onChange={(value) => threshold('hsr', value)}
                min={0}
                max={50}
                decimalScale={2}
                w={230}
                rightSection={<Text size="xs">{settings.thresholds.unit}</Text>}
                rightSectionWidth={48}
                description={
                  state.thresholds.hsr.source === 'header'
                    ? 'From the column name'
                    : 'For example 19.8 km/h'
                }
              />
            )}
            {settings.columns.sprintDistance && (
              <NumberInput
                label="Sprint distance above"
                value={settings.thresholds.sprint ?? ''}
                onChange={(value) => threshold('sprint', value)}
                min={0}
                max={50}
                decimalScale={2}
                w={230}
                rightSection={<Text size="xs">{settings.thresholds.unit}</Text>}
                rightSectionWidth={48}
                description={
                  state.thresholds.sprint.source === 'header'
                    ? 'From the column name'
                    : 'For example 25.2 km/h'
                }
              />
            )}
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Threshold unit
              </Text>
              <SegmentedControl
                aria-label="Threshold unit"
                value={settings.thresholds.unit}
                onChange={(value) =>
                  onChange({
                    ...settings,
                    thresholds: {
                      ...settings.thresholds,
                      unit: value as GpsSettings['thresholds']['unit'],
                    },
                  })
                }
                data={gpsThresholdUnits.map((u) => ({ value: u, label: u }))}
              />
            </Stack>
          </Group>
        </Paper>
      )}

      {!dateOrder.settled && (dateOrder.needsChoice || dateOrder.used !== null) ? (
        <Paper withBorder radius="md" p="md">
          <Title order={5}>How are dates written in this file?</Title>
          <Text size="sm" c={dateOrder.needsChoice ? 'red' : 'dimmed'} mb="xs">
            Every date could be read either way (03/04 is 3 April or 4 March), so please choose.
          </Text>
          <SegmentedControl
            aria-label="Date order"
            value={dateOrder.used ?? ''}
            onChange={(value) => onChange({ ...settings, dateOrder: value as DateOrder })}
            data={(Object.keys(dateOrderLabels) as DateOrder[]).map((order) => ({
              value: order,
              label: dateOrderLabels[order],
            }))}
          />
        </Paper>
      ) : (
        dateOrder.used !== null && (
          <Text size="sm" c="dimmed">
            Dates are read <b>{dateOrderLabels[dateOrder.used].toLowerCase()}</b>: at least one date
            in the file only makes sense this way.
          </Text>
        )
      )}
      {dateOrder.fromPreamble && (
        <Alert color="gray" variant="light">
          The rows carry no date: every session is dated {dateOrder.fromPreamble}, from the lines
          above the header.
        </Alert>
      )}

      {state.fileErrors.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle />} title="Before anything can be imported">
          <Stack gap={4}>
            {state.fileErrors.map((message) => (
              <Text key={message} size="sm">
                {message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Group gap="xs">
        <Badge variant="light" color="gray">
          * needed for every session
        </Badge>
      </Group>
    </Stack>
  )
}
