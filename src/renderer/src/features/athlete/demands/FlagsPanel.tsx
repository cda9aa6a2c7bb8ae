import { Badge, Chip, Group, Paper, SimpleGrid, Text } from '@mantine/core'
import {
  demandDimensionLabels,
  demandDimensions,
  type DemandDimension,
  type DemandFlag,
} from '@shared/schemas/sport-demand'

/** What to ask the athlete about each dimension, in plain words. */
const dimensionPrompts: Record<DemandDimension, string> = {
  maxVelocity: 'Sprinting flat out',
  hsr: 'Running fast for longer',
  sprintDistance: 'Sprinting over distance',
  sprintCount: 'Repeated sprints',
  accelerations: 'Speeding up hard',
  decelerations: 'Braking hard',
  cutting: 'Changing direction',
  contact: 'Tackles, duels, collisions',
  chaos: 'Unplanned play at game speed',
  longLever: 'Kicking, reaching, lunging',
  minutes: 'Playing a full match',
  totalDistance: 'Running volume',
}

export type Flags = Partial<Record<DemandDimension, DemandFlag>>

export const flagColors = { feared: 'red', untested: 'orange' } as const

/** The circled marks the gap analysis and the PDF show, next to a demand's name. */
export function FlagMarks({ flag }: { flag: DemandFlag | undefined }) {
  if (!flag || (!flag.feared && !flag.untested)) return null
  return (
    <Group gap={4} wrap="nowrap">
      {flag.feared && (
        <Badge size="xs" variant="outline" radius="xl" color={flagColors.feared}>
          Feared
        </Badge>
      )}
      {flag.untested && (
        <Badge size="xs" variant="outline" radius="xl" color={flagColors.untested}>
          Untested
        </Badge>
      )}
    </Group>
  )
}

interface Props {
  flags: Flags
  onChange: (dimension: DemandDimension, flag: DemandFlag) => void
}

/**
 * The athlete's own view of each demand: feared, or not tried since the injury. These are
 * circled in the gap analysis and the handover PDF, so they sit at the top of the editor.
 */
export function FlagsPanel({ flags, onChange }: Props) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing="xs">
      {demandDimensions.map((dimension) => {
        const flag = flags[dimension] ?? { feared: false, untested: false }
        const flagged = flag.feared || flag.untested
        const label = demandDimensionLabels[dimension]
        return (
          <Paper
            key={dimension}
            role="group"
            aria-label={label}
            withBorder
            radius="md"
            px="sm"
            py={8}
            bg={flag.feared ? 'red.0' : flagged ? 'orange.0' : undefined}
            style={{
              borderColor: flag.feared
                ? 'var(--mantine-color-red-6)'
                : flagged
                  ? 'var(--mantine-color-orange-5)'
                  : undefined,
              borderWidth: flagged ? 2 : undefined,
            }}
          >
            <Text size="sm" fw={600} lh={1.2}>
              {label}
            </Text>
            <Text size="xs" c="dimmed" mb={6} lh={1.2}>
              {dimensionPrompts[dimension]}
            </Text>
            <Group gap={6}>
              <Chip
                size="xs"
                variant="light"
                color={flagColors.feared}
                checked={flag.feared}
                onChange={(feared) => onChange(dimension, { ...flag, feared })}
              >
                Feared
              </Chip>
              <Chip
                size="xs"
                variant="light"
                color={flagColors.untested}
                checked={flag.untested}
                onChange={(untested) => onChange(dimension, { ...flag, untested })}
              >
                Untested
              </Chip>
            </Group>
          </Paper>
        )
      })}
    </SimpleGrid>
  )
}
