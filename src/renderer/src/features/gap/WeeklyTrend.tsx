import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { dayOrdinal } from '@shared/dates'
import type { AthleteCase } from '@shared/domain/case'
import { prepareCase } from '@shared/domain/case'
import { gapAnalysisAt } from '@shared/domain/gap-analysis'
import type { DimensionLoad, LoadSummary } from '@shared/domain/load'
import type { Settings } from '@shared/domain/settings'
import { formatNumber, formatPercent, formatRatio } from './format'

const trendDimensions = ['hsr', 'sprintDistance', 'effortsAt95'] as const

const shortUnit: Record<string, string> = {
  m: 'm',
  'efforts at ≥95 % max velocity': 'efforts',
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})

/** "3 Nov" for `YYYY-MM-DD` (read as a calendar day, never shifted by the time zone). */
const day = (d: string) => dayFormat.format(new Date(`${d}T00:00:00Z`))

/**
 * Best % of max velocity in each 7-day block of the trend, from the engine's gap analysis at
 * the end of each block (the same numbers the gap analysis showed that day).
 */
function weeklyBestVelocity(
  athleteCase: AthleteCase,
  settings: Settings,
  weeks: DimensionLoad['weeklyTotals'],
): (number | null)[] {
  const prepared = prepareCase(athleteCase, settings)
  return weeks.map((week) => {
    const gap = gapAnalysisAt(prepared, dayOrdinal(week.weekTo))
    const velocity = gap.dimensions.find((d) => d.dimension === 'maxVelocity')
    return velocity && velocity.bestSingleDate !== null ? velocity.bestSingle : null
  })
}

/** A short stroke like the chart's line, so the caption reads as the chart's key. */
function LineSample({ dashed }: { dashed: boolean }) {
  return (
    <svg width="22" height="8" aria-hidden style={{ verticalAlign: 'middle' }}>
      <line
        x1="0"
        y1="4"
        x2="22"
        y2="4"
        strokeWidth="2"
        stroke={dashed ? 'var(--mantine-color-orange-8)' : 'var(--mantine-color-dark-6)'}
        strokeDasharray={dashed ? '6 4' : undefined}
      />
    </svg>
  )
}

function TrendChart({ load, settings }: { load: DimensionLoad; settings: Settings }) {
  const unit = shortUnit[load.unit] ?? load.unit
  const usual = load.chronicWeeklyMean
  const review = usual * settings.load.spikeRatio.value
  // A usual week of half an effort is worth saying as 0.5, not rounded up to 1.
  const decimals = unit === 'efforts' ? 1 : 0
  const value = (v: number) => `${formatNumber(v, decimals)} ${unit}`
  // Bar labels must not wrap between the number and its unit.
  const label = (v: number) => `${formatNumber(v, decimals)}\u00a0${unit}`
  const data = load.weeklyTotals.map((w) => ({
    week: `to ${day(w.weekTo)}`,
    total: w.total,
  }))
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      component="figure"
      m={0}
      aria-label={`${load.label} by week`}
    >
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {load.label}
        </Text>
        <Text size="xs" c="dimmed">
          per 7 days, {unit}
        </Text>
      </Group>
      <BarChart
        h={170}
        data={data}
        dataKey="week"
        series={[{ name: 'total', label: `${load.label} (${unit})`, color: 'indigo.7' }]}
        valueFormatter={label}
        withBarValueLabel
        barChartProps={{ margin: { top: 22, right: 8 } }}
        xAxisProps={{ interval: 0 }}
        yAxisProps={{
          width: 48,
          allowDecimals: false,
          tickFormatter: (v: number) => formatNumber(v, 0),
        }}
        referenceLines={
          usual > 0
            ? [
                { y: usual, color: 'dark.6', strokeWidth: 2, ifOverflow: 'extendDomain' },
                {
                  y: review,
                  color: 'orange.8',
                  strokeDasharray: '6 4',
                  strokeWidth: 2,
                  ifOverflow: 'extendDomain',
                },
              ]
            : []
        }
        gridAxis="y"
        barProps={{ isAnimationActive: false }}
        tooltipAnimationDuration={0}
      />
      <Stack gap={0} mt={4} component="figcaption">
        {usual > 0 && (
          <Text size="xs">
            <LineSample dashed={false} /> usual week {value(usual)} · <LineSample dashed /> review
            above {value(review)}
          </Text>
        )}
        <Text size="xs">
          Last 7 days {value(load.acute)} · usual week {value(usual)} (28-day total{' '}
          {value(load.chronicTotal)} ÷ 4)
          {load.acuteToChronic !== null ? ` · ${formatRatio(load.acuteToChronic)} × usual` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          EWMA acute ÷ chronic {load.ewmaRatio === null ? '—' : formatRatio(load.ewmaRatio)} —
          descriptive only, never used for a decision (G6; Williams 2017; disputed).
        </Text>
      </Stack>
    </Paper>
  )
}

/**
 * Weekly high-speed running, sprint and max-velocity exposure against the athlete's own usual
 * week (chronic load), with the G5 review line and the spike prompts. Nothing here is a risk
 * score: the lines are there to prompt a conversation.
 */
export function WeeklyTrend({
  load,
  settings,
  athleteCase,
}: {
  load: LoadSummary
  settings: Settings
  athleteCase: AthleteCase
}) {
  const dims = trendDimensions
    .map((d) => load.dimensions.find((x) => x.dimension === d))
    .filter((d): d is DimensionLoad => d !== undefined)
  const weeks = dims[0]?.weeklyTotals ?? []
  const bestVelocity = weeklyBestVelocity(athleteCase, settings, weeks)
  const spikes = load.dimensions.filter((d) => d.spike)
  const spike = settings.load.spikeRatio
  return (
    <Paper component="section" withBorder radius="lg" p="lg" aria-label="Weekly trend">
      <Title order={4}>Weekly trend against the usual week</Title>
      <Text size="sm" c="dimmed" mb="md" maw={860}>
        Usual week = the athlete&apos;s own chronic load: the last 28 days ÷ 4, including weeks
        before the injury. The dashed line is {spike.value} × the usual week, above which G5 prompts
        a review — {spike.source}. A prompt, not a risk score.
      </Text>
      {spikes.map((d) => (
        <Alert
          key={d.dimension}
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={`G5 spike prompt · ${d.label}`}
          mb="sm"
        >
          Last 7 days {formatNumber(d.acute, 0)} {shortUnit[d.unit] ?? d.unit} is{' '}
          {formatRatio(d.acuteToChronic ?? 0)} × the usual week (
          {formatNumber(d.chronicWeeklyMean, 0)} {shortUnit[d.unit] ?? d.unit}). Worth a review with
          staff before adding more.
        </Alert>
      ))}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {dims.map((d) => (
          <TrendChart key={d.dimension} load={d} settings={settings} />
        ))}
      </SimpleGrid>
      <Text size="xs" mt="sm">
        Best % of max velocity per week:{' '}
        {weeks
          .map(
            (w, i) =>
              `${day(w.weekFrom)}–${day(w.weekTo)} ${typeof bestVelocity[i] === 'number' ? formatPercent(bestVelocity[i]) : '—'}`,
          )
          .join(' · ')}
      </Text>
    </Paper>
  )
}
