import { Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { SpeedUnit } from '@shared/domain/units'
import type { DemandValue, SportDemandFacts } from '@shared/schemas/sport-demand'
import {
  formatDemandValue,
  formatNumber,
  formatSpeed,
  isClubDataSource,
  ladderRows,
  perMatchRows,
  thresholdRows,
  withoutClubDataPrefix,
} from '../athlete/demands/labels'

function SectionRow({ title }: { title: string }) {
  return (
    <Table.Tr>
      <Table.Th colSpan={4} pt="md" bg="gray.0">
        {title}
      </Table.Th>
    </Table.Tr>
  )
}

function Row(props: {
  label: string
  value: ReactNode
  threshold?: ReactNode
  source: string
  note?: string | null
  missing?: boolean
  /** Thresholds and ladders have no threshold of their own: the cell stays empty. */
  noThreshold?: boolean
}) {
  // "Enter from club data" is an instruction, not a source: say plainly there is no number.
  const clubData = isClubDataSource(props.source)
  const source = clubData ? 'No published number' : props.source
  const note = clubData ? withoutClubDataPrefix(props.note ?? null) : props.note
  return (
    <Table.Tr bg={props.missing ? 'yellow.0' : undefined}>
      <Table.Td fw={600}>{props.label}</Table.Td>
      <Table.Td c={props.missing ? 'yellow.9' : undefined}>{props.value}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {props.noThreshold
          ? null
          : (props.threshold ?? (
              <Text span c="dimmed" aria-label="No threshold applies">
                —
              </Text>
            ))}
      </Table.Td>
      <Table.Td>
        <Text span c={clubData ? 'dimmed' : undefined} inherit>
          {source}
        </Text>
        {note && (
          <Text size="xs" c="dimmed" mt={2}>
            {note}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

function speedThreshold(value: DemandValue, unit: SpeedUnit): ReactNode {
  return value.thresholdKmh === null ? undefined : `> ${formatSpeed(value.thresholdKmh, unit)}`
}

/**
 * A demand profile read-only, as the built-in templates show it: every number with its unit,
 * threshold and source; numbers the evidence does not give read "Enter from club data".
 */
export function DemandSummary({
  profile,
  speedUnit,
}: {
  profile: SportDemandFacts
  speedUnit: SpeedUnit
}) {
  return (
    <Table layout="fixed" verticalSpacing={6} fz="sm" aria-label="Template values">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>Demand</Table.Th>
          <Table.Th w={220}>Value</Table.Th>
          <Table.Th w={120}>Threshold</Table.Th>
          <Table.Th>Source and note</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <SectionRow title="Match demands" />
        <Row
          label="Max velocity"
          value={`${formatNumber(profile.vmaxPercentRequired.value)} % of own max velocity`}
          source={profile.vmaxPercentRequired.source}
        />
        {perMatchRows.map((row) => {
          const value = profile.perMatch[row.key]
          const accel = row.accelerationThreshold && profile.thresholds[row.accelerationThreshold]
          return (
            <Row
              key={row.key}
              label={row.label}
              value={formatDemandValue(value, row.countNoun)}
              threshold={
                row.speedThreshold
                  ? speedThreshold(value, speedUnit)
                  : accel
                    ? `> ${formatNumber(accel.value)} m/s²`
                    : undefined
              }
              source={value.source}
              note={value.note}
              missing={value.mean === null}
            />
          )
        })}
        {profile.contactsByType.map((entry) => (
          <Row
            key={entry.type}
            label={`Contacts: ${entry.type}`}
            value={formatDemandValue(entry.value, entry.type.toLowerCase())}
            source={entry.value.source}
            note={entry.value.note}
            missing={entry.value.mean === null}
          />
        ))}
        <Row
          label="Matches per week"
          value={
            profile.matchesPerWeek.value === null
              ? 'Enter from club data'
              : `${formatNumber(profile.matchesPerWeek.value)} per week`
          }
          source={profile.matchesPerWeek.source}
          missing={profile.matchesPerWeek.value === null}
          noThreshold
        />
        <SectionRow title="Thresholds" />
        {thresholdRows.map((row) => {
          const threshold = profile.thresholds[row.key]
          return (
            <Row
              key={row.key}
              label={row.label}
              value={
                threshold === null
                  ? 'Not set'
                  : row.speed
                    ? formatSpeed(threshold.value, speedUnit)
                    : `${formatNumber(threshold.value)} m/s²`
              }
              source={threshold?.source ?? ''}
              noThreshold
            />
          )
        })}
        <SectionRow title="Ladders" />
        {ladderRows.map((row) => {
          const { level, source } = profile.ordinal[row.key]
          return (
            <Row
              key={row.key}
              label={row.label}
              value={`${level} · ${row.labels[level] ?? ''}`}
              source={source}
              noThreshold
            />
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
