import { Badge, Group, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { availabilityLabels } from '@shared/schemas/athlete'
import type { BoardRow } from '@shared/schemas/board'
import { hamstringMuscleLabels, type HamstringMuscle } from '@shared/schemas/classification'
import { sideLabels } from '@shared/schemas/scales'
import { availabilityColors } from '../../athlete/availability'
import { lightColors, phaseStatusColors } from '../../athlete/overview/status'

// Cells use plain `title` hints rather than Tooltip components: a row mounts in a fraction of
// the time, which is what keeps filtering a 1,000-athlete board instant.

const NO_DATA = 'no data yet'

export function AvailabilityCell({ row }: { row: BoardRow }) {
  return (
    <Badge variant="light" color={availabilityColors[row.availability]} radius="sm" tt="none">
      {availabilityLabels[row.availability]}
    </Badge>
  )
}

export function InjuryCell({ row }: { row: BoardRow }) {
  if (!row.injury) {
    return (
      <Text size="sm" c="dimmed">
        None open
      </Text>
    )
  }
  return (
    <Text
      size="sm"
      title={hamstringMuscleLabels[row.injury.muscle as HamstringMuscle] ?? row.injury.muscle}
    >
      {sideLabels[row.injury.side]} {row.injury.muscle}
      {row.injury.grade ? ` · ${row.injury.grade}` : ''}
    </Text>
  )
}

export function PhaseCell({ row }: { row: BoardRow }) {
  if (!row.phase)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  const color = phaseStatusColors[row.phase.status as keyof typeof phaseStatusColors] ?? 'gray'
  return (
    <Group gap={6} wrap="nowrap" title={`${row.phase.name}: ${row.phase.statusText}`}>
      <Badge variant="light" color={color} radius="sm" px={6} style={{ flexShrink: 0 }}>
        P{row.phase.id.slice(1)}
      </Badge>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {row.phase.daysInPhase} d
      </Text>
      {row.phase.locked && <IconLock size={14} aria-label="locked by a surgeon's restriction" />}
    </Group>
  )
}

export function SinceInjuryCell({ row }: { row: BoardRow }) {
  if (!row.injury)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  return <Text size="sm">{row.injury.daysSinceInjury} d</Text>
}

export function ResponseCell({ row }: { row: BoardRow }) {
  if (!row.injury)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  if (!row.response) {
    return (
      <Text size="xs" c="dimmed">
        {NO_DATA}
      </Text>
    )
  }
  return (
    <Badge
      variant="dot"
      color={lightColors[row.response.light]}
      radius="sm"
      title={`Morning of ${row.response.date}`}
    >
      {row.response.light}
    </Badge>
  )
}

const gapText = {
  green: 'covered',
  amber: 'part covered',
  red: 'large gap',
  'not required': 'not required',
  'not set': 'demand not set',
} as const
const gapColor = {
  green: 'teal',
  amber: 'yellow',
  red: 'red',
  'not required': 'gray',
  'not set': 'gray',
} as const

export function GapCell({ row }: { row: BoardRow }) {
  if (!row.injury)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  if (!row.gap || !row.gap.hasDemand) {
    return (
      <Text size="xs" c="dimmed">
        no demands yet
      </Text>
    )
  }
  const parts = [
    ['Spr', 'Sprint', row.gap.sprint],
    ['Cut', 'Cutting', row.gap.cutting],
    ['Con', 'Contact', row.gap.contact],
  ] as const
  return (
    <Group gap={4} wrap="nowrap">
      {parts.map(([short, long, status]) => (
        <Badge
          key={short}
          size="sm"
          radius="sm"
          tt="none"
          px={6}
          variant={status === 'not set' ? 'outline' : 'light'}
          color={gapColor[status]}
          title={`${long}: ${gapText[status]}`}
        >
          {short}
        </Badge>
      ))}
    </Group>
  )
}

export function NextGateCell({ row }: { row: BoardRow }) {
  if (!row.nextGate)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  return (
    <Text size="sm" lineClamp={2} title={row.nextGate.text}>
      {row.nextGate.phase ? <b>P{row.nextGate.phase.slice(1)}: </b> : null}
      {row.nextGate.text}
    </Text>
  )
}
