import { Badge, Box, Group, Paper, Text, Tooltip, type PaperProps } from '@mantine/core'
import {
  IconCircleCheck,
  IconCircleDot,
  IconMinus,
  IconQuestionMark,
  IconAlertTriangle,
  IconCircleX,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { GapStatus } from '@shared/domain/gap-analysis'
import { gapStatusColors } from '../athlete/overview/status'

const statusIcons = {
  green: IconCircleCheck,
  amber: IconAlertTriangle,
  red: IconCircleX,
  'not set': IconQuestionMark,
  'not required': IconMinus,
} as const

/** A status band as a word with an icon (never the colour alone); the rule and source on hover. */
export function StatusBadge({ status, rule }: { status: GapStatus; rule: string }) {
  const Icon = statusIcons[status]
  return (
    <Tooltip label={rule} multiline w={320} withArrow>
      <Badge
        variant="light"
        color={gapStatusColors[status]}
        leftSection={<Icon size={12} aria-hidden />}
        style={{ cursor: 'help' }}
      >
        {status}
      </Badge>
    </Tooltip>
  )
}

/** The words beside a circled demand: what the athlete told us about it. */
export function FlagWords({ feared, untested }: { feared: boolean; untested: boolean }) {
  if (!feared && !untested) return null
  return (
    <Group gap={4} wrap="nowrap">
      {feared && (
        <Badge
          size="sm"
          radius="xl"
          variant="outline"
          color="red"
          leftSection={<IconCircleDot size={11} aria-hidden />}
        >
          feared
        </Badge>
      )}
      {untested && (
        <Badge
          size="sm"
          radius="xl"
          variant="outline"
          color="orange"
          leftSection={<IconCircleDot size={11} aria-hidden />}
        >
          untested
        </Badge>
      )}
    </Group>
  )
}

/**
 * A dimension's card. Feared or untested demands are circled: a thick rounded ring around the
 * whole card (double for feared, so it survives a black-and-white print) and the words beside
 * the name.
 */
export function DimensionCard({
  label,
  feared,
  untested,
  children,
  ...props
}: { label: string; feared: boolean; untested: boolean; children: ReactNode } & PaperProps) {
  const circled = feared || untested
  return (
    <Paper
      component="section"
      aria-label={label}
      data-circled={circled ? (feared ? 'feared' : 'untested') : undefined}
      withBorder
      radius={circled ? 24 : 'lg'}
      p="md"
      style={
        circled
          ? {
              border: `3px ${feared ? 'double' : 'solid'} var(--mantine-color-${feared ? 'red-7' : 'orange-6'})`,
              borderWidth: feared ? 5 : 3,
            }
          : undefined
      }
      {...props}
    >
      {children}
    </Paper>
  )
}

function Swatch({ color }: { color: string }) {
  return (
    <Box
      aria-hidden
      w={12}
      h={10}
      style={{ borderRadius: 2, background: `var(--mantine-color-${color})`, flexShrink: 0 }}
    />
  )
}

/** The key of the athlete-against-demand bars, in the text flow so it never covers a figure. */
export function ChartKey() {
  return (
    <Group gap="md" mt={4}>
      <Group gap={4} wrap="nowrap">
        <Swatch color="indigo-7" />
        <Text size="xs">Athlete (dark)</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Swatch color="gray-4" />
        <Text size="xs">Sport demand (pale)</Text>
      </Group>
    </Group>
  )
}
