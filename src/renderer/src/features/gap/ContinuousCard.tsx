import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { DimensionGap } from '@shared/domain/gap-analysis'
import type { Settings } from '@shared/domain/settings'
import { formatWithUnit, unitLabel } from './format'
import { ChartKey, DimensionCard, FlagWords, StatusBadge } from './marks'
import { amount, bandRule, demandSentence, singleSentence, weekSentence } from './sentences'

interface Props {
  gap: DimensionGap
  settings: Settings
  matchesPerWeek: number | null
  /** Speed threshold of the demand, e.g. "above 19.8 km/h". */
  threshold: string | null
}

/**
 * A volume or count: the best single session against one match and the window's total against a
 * match week, drawn as paired bars (athlete solid, demand pale) with every figure written out.
 */
export function ContinuousCard({ gap, settings, matchesPerWeek, threshold }: Props) {
  const windowDays = settings.gap.windowDays.value
  const single = singleSentence(gap)
  const week = weekSentence(gap, windowDays)
  const demand = demandSentence(gap, matchesPerWeek)
  const comparable = gap.demandPerMatch !== null && gap.demandPerMatch > 0
  const data = comparable
    ? [
        { row: 'Best session', athlete: gap.bestSingle, demand: gap.demandPerMatch },
        ...(gap.demandPerWeek !== null
          ? [
              {
                row: `${windowDays}-day total`,
                athlete: gap.windowTotal,
                demand: gap.demandPerWeek,
              },
            ]
          : []),
      ]
    : []
  return (
    <DimensionCard
      label={gap.label}
      feared={gap.feared}
      untested={gap.untested}
      p={comparable ? 'md' : 'sm'}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <div>
          <Group gap={6}>
            <Text fw={600}>{gap.label}</Text>
            <FlagWords feared={gap.feared} untested={gap.untested} />
          </Group>
          <Text size="xs" c="dimmed">
            {unitLabel(gap.unit) === 'count' ? 'count' : unitLabel(gap.unit)}
            {threshold ? ` ${threshold}` : ''}
          </Text>
        </div>
        <StatusBadge status={gap.status} rule={bandRule(gap, settings)} />
      </Group>
      {comparable ? (
        <Stack gap={2}>
          {single && (
            <Text size="sm" fw={500}>
              {single}
              {gap.bestSingleDate ? (
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({gap.bestSingleDate})
                </Text>
              ) : null}
            </Text>
          )}
          {week && (
            <Text size="sm" fw={500}>
              {week}
            </Text>
          )}
          <ChartKey />
          <BarChart
            h={data.length * 44 + 30}
            mt={4}
            data={data}
            dataKey="row"
            orientation="vertical"
            series={[
              { name: 'athlete', label: 'Athlete', color: 'indigo.7' },
              { name: 'demand', label: 'Sport demand', color: 'gray.4' },
            ]}
            valueFormatter={(value) => amount(gap, value).replace(/ /g, '\u00a0')}
            xAxisProps={{ tickFormatter: (value: number) => formatWithUnit(value, gap.unit) }}
            withBarValueLabel
            barChartProps={{ margin: { right: 72 } }}
            yAxisProps={{ width: 92 }}
            gridAxis="none"
            barProps={{ isAnimationActive: false }}
            tooltipAnimationDuration={0}
          />
          {demand && (
            <Text size="xs" c="dimmed">
              Demand: {demand} — {gap.source}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            From {gap.sessionsWithData} session{gap.sessionsWithData === 1 ? '' : 's'} with data in
            the last {windowDays} days.
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {gap.message}
          {gap.source && gap.status !== 'not set' ? ` — ${gap.source}` : ''}
        </Text>
      )}
      {gap.comparabilityWarning && (
        <Group gap={6} mt={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle
            size={16}
            color="var(--mantine-color-orange-7)"
            aria-hidden
            style={{ flexShrink: 0 }}
          />
          <Text size="xs" c="orange.9">
            Not comparable: {gap.comparabilityWarning}
          </Text>
        </Group>
      )}
    </DimensionCard>
  )
}
