import { Badge, Group, List, Stack, Text, ThemeIcon, type BadgeProps } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconHandStop } from '@tabler/icons-react'
import type { ResponseReason } from '@shared/domain/response-light'
import type { TrafficLight } from '@shared/schemas/scales'
import { lightColors } from '../athlete/overview/status'

/** The word always travels with the colour, and an icon with both, so greyscale prints read. */
export const lightWords: Record<TrafficLight, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
}

const lightIcons = {
  green: IconCircleCheck,
  amber: IconAlertTriangle,
  red: IconHandStop,
} as const

export function LightIcon({ light, size = 14 }: { light: TrafficLight; size?: number }) {
  const Icon = lightIcons[light]
  return <Icon size={size} aria-hidden />
}

export function LightBadge({
  light,
  label,
  ...props
}: { light: TrafficLight; label?: string } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge
      variant="light"
      color={lightColors[light]}
      radius="sm"
      tt="none"
      fw={650}
      leftSection={<LightIcon light={light} size={12} />}
      {...props}
    >
      {label ?? lightWords[light]}
    </Badge>
  )
}

/** The engine's reasons for a light, each with its rule and source. */
export function LightReasons({
  reasons,
  compact = false,
}: {
  reasons: readonly ResponseReason[]
  compact?: boolean
}) {
  return (
    <List spacing={compact ? 2 : 6} size={compact ? 'xs' : 'sm'} listStyleType="none" p={0}>
      {reasons.map((reason, i) => (
        <List.Item key={`${reason.rule}-${i}`}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={compact ? 14 : 18}
              radius="xl"
              variant="light"
              color={lightColors[reason.light]}
              mt={compact ? 1 : 2}
              aria-hidden
            >
              <LightIcon light={reason.light} size={compact ? 10 : 12} />
            </ThemeIcon>
            <Stack gap={0}>
              <Text size={compact ? 'xs' : 'sm'}>
                <Text span fw={600} size={compact ? 'xs' : 'sm'}>
                  {lightWords[reason.light]}
                </Text>{' '}
                · {reason.text}
              </Text>
              {!compact && (
                <Text size="xs" c="dimmed">
                  {reason.source} · {reason.strength}
                </Text>
              )}
            </Stack>
          </Group>
        </List.Item>
      ))}
    </List>
  )
}
