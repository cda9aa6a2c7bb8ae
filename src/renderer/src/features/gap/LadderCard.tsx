import { Badge, Box, Group, Stack, Text } from '@mantine/core'
import type { DimensionGap } from '@shared/domain/gap-analysis'
import type { Settings } from '@shared/domain/settings'
import {
  chaosLevelLabels,
  codLevelLabels,
  contactLevelLabels,
  longLeverLevelLabels,
} from '@shared/schemas/scales'
import { formatRatio } from './format'
import { DimensionCard, FlagWords, StatusBadge } from './marks'
import { bandRule } from './sentences'

/** The level labels of each ladder (scales.ts), lowest first. */
const ladderLabels: Record<string, Record<number, string>> = {
  cutting: codLevelLabels,
  contact: contactLevelLabels,
  chaos: chaosLevelLabels,
  longLever: longLeverLevelLabels,
}

const countNames: Record<string, string> = { cutting: 'cuts', contact: 'contacts' }

/**
 * An ordinal demand as a ladder, highest level on top: the level the sport requires, the highest
 * reached this week and the highest since the injury, each written beside its rung.
 */
export function LadderCard({ gap, settings }: { gap: DimensionGap; settings: Settings }) {
  const labels = ladderLabels[gap.dimension] ?? {}
  const levels = Object.keys(labels)
    .map(Number)
    .sort((a, b) => b - a)
  const required = gap.requiredLevel
  const reached = gap.bestSingle
  const ever = gap.highestSinceInjury ?? 0
  const countName = countNames[gap.dimension]
  return (
    <DimensionCard label={gap.label} feared={gap.feared} untested={gap.untested}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <div>
          <Group gap={6}>
            <Text fw={600}>{gap.label}</Text>
            <FlagWords feared={gap.feared} untested={gap.untested} />
          </Group>
          <Text size="xs" c="dimmed">
            {required === null
              ? gap.message
              : `Required level ${required} · reached ${reached} this week · ${ever} since injury`}
          </Text>
        </div>
        <StatusBadge status={gap.status} rule={bandRule(gap, settings)} />
      </Group>
      <Stack gap={3} role="list" aria-label={`${gap.label} ladder`}>
        {levels.map((level) => {
          const done = level <= reached && reached > 0
          const needed = required !== null && level <= required && level > 0
          const marks = [
            required === level ? 'required' : null,
            reached === level && level > 0 ? 'this week' : null,
            ever === level && level > 0 && ever !== reached ? 'since injury' : null,
          ].filter((m): m is string => m !== null)
          return (
            <Group key={level} gap={8} wrap="nowrap" role="listitem" align="center">
              <Box
                w={26}
                h={22}
                aria-hidden
                style={{
                  flexShrink: 0,
                  borderRadius: 4,
                  display: 'grid',
                  placeItems: 'center',
                  fontSize: 12,
                  fontWeight: 700,
                  color: done ? 'white' : 'var(--mantine-color-dark-6)',
                  background: done ? 'var(--mantine-color-indigo-7)' : 'transparent',
                  border:
                    needed || done
                      ? '2px solid var(--mantine-color-indigo-7)'
                      : '1px dashed var(--mantine-color-gray-5)',
                }}
              >
                {level}
              </Box>
              <Text
                size="sm"
                fw={marks.length > 0 ? 600 : 400}
                c={needed || done ? undefined : 'dimmed'}
                style={{ flex: 1 }}
              >
                {labels[level]}
              </Text>
              {marks.map((m) => (
                <Badge
                  key={m}
                  size="xs"
                  variant={m === 'required' ? 'outline' : 'filled'}
                  color={m === 'required' ? 'dark' : m === 'this week' ? 'indigo' : 'gray'}
                >
                  {m}
                </Badge>
              ))}
            </Group>
          )
        })}
      </Stack>
      {gap.levelGap !== null && gap.levelGap > 0 && (
        <Text size="sm" mt={6}>
          {gap.levelGap} level{gap.levelGap === 1 ? '' : 's'} to go
          {reached === 0 ? ' (nothing logged at this ladder this week)' : ''}.
        </Text>
      )}
      {countName && gap.countCoverage !== null && gap.demandPerMatch !== null && (
        <Text size="sm" mt={4}>
          Count: best session {Math.round(gap.countCoverage * gap.demandPerMatch)} {countName} ={' '}
          {formatRatio(gap.countCoverage)} of a match ({Math.round(gap.demandPerMatch)} {countName})
        </Text>
      )}
      {gap.source && (
        <Text size="xs" c="dimmed" mt={4}>
          Required level: {gap.source}. Filled squares: reached this week; outlined: required.
        </Text>
      )}
    </DimensionCard>
  )
}
