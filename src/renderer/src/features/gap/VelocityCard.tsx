import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { Link } from 'wouter'
import type { DimensionGap } from '@shared/domain/gap-analysis'
import type { Settings } from '@shared/domain/settings'
import { speedIn, type SpeedUnit } from '@shared/domain/units'
import type { Baselines } from '@shared/schemas/athlete-profile'
import { formatNumber, formatPercent, formatRatio } from './format'
import { DimensionCard, FlagWords, StatusBadge } from './marks'
import { bandRule } from './sentences'

interface Props {
  gap: DimensionGap
  settings: Settings
  baselines: Baselines | null
  speedUnit: SpeedUnit
  athleteId: string
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl" lh={1.2}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </div>
  )
}

/**
 * Max velocity: the best % of pre-injury max velocity this week against what the sport asks,
 * and how many efforts reached ≥90 % and ≥95 % (G8: at least one at ≥95 % before team training).
 */
export function VelocityCard({ gap, settings, baselines, speedUnit, athleteId }: Props) {
  const windowDays = settings.gap.windowDays.value
  const required = gap.demandPerMatch ?? 100
  const greenAt = required * settings.gap.maxVelocityGreenFrom.value
  const vmax = baselines?.vmaxMps ?? null
  const speed = (mps: number) =>
    `${formatNumber(speedIn(mps, speedUnit), speedUnit === 'm/s' ? 2 : 1)} ${speedUnit}`
  return (
    <DimensionCard label={gap.label} feared={gap.feared} untested={gap.untested}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <Group gap={6}>
            <Text fw={600}>{gap.label}</Text>
            <FlagWords feared={gap.feared} untested={gap.untested} />
          </Group>
          <Text size="xs" c="dimmed">
            % of the athlete&apos;s own pre-injury max velocity, last {windowDays} days
          </Text>
        </div>
        <StatusBadge status={gap.status} rule={bandRule(gap, settings)} />
      </Group>
      {vmax === null ? (
        <Text size="sm">
          {gap.message}.{' '}
          <Anchor component={Link} href={`/athletes/${athleteId}/profile`} size="sm">
            Add it in the profile
          </Anchor>
        </Text>
      ) : (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure
              label="Best this week"
              value={gap.bestSingleDate === null ? 'none' : formatPercent(gap.bestSingle)}
              note={
                gap.bestSingleDate === null
                  ? 'no measured top speed'
                  : `${speed((gap.bestSingle / 100) * vmax.value)} on ${gap.bestSingleDate}`
              }
            />
            <Figure
              label="Required"
              value={formatPercent(required)}
              note={
                gap.coverageSingle === null
                  ? undefined
                  : `coverage ${formatRatio(gap.coverageSingle)}`
              }
            />
            <Figure label="Efforts ≥90 %" value={String(gap.effortsAt90 ?? 0)} note="this week" />
            <Figure
              label="Efforts ≥95 %"
              value={String(gap.effortsAt95 ?? 0)}
              note="this week (G8: ≥1)"
            />
          </SimpleGrid>
          <BarChart
            h={64}
            data={[{ row: 'Best', best: gap.bestSingle }]}
            dataKey="row"
            orientation="vertical"
            series={[{ name: 'best', label: 'Best % of max velocity', color: 'indigo.7' }]}
            valueFormatter={formatPercent}
            xAxisProps={{ domain: [0, Math.max(110, Math.ceil(gap.bestSingle / 10) * 10)] }}
            yAxisProps={{ width: 40 }}
            referenceLines={[
              { x: greenAt, color: 'teal.8', strokeDasharray: '4 3', strokeWidth: 2 },
              { x: required, color: 'dark.6', strokeWidth: 2 },
            ]}
            withBarValueLabel
            withTooltip={false}
            gridAxis="none"
            barProps={{ isAnimationActive: false }}
            tooltipAnimationDuration={0}
          />
          <Text size="xs" c="dimmed">
            Solid line: required {formatNumber(required, 0)} % — {gap.source}. Dashed line: green
            from {formatNumber(greenAt, 0)} % — {settings.gap.maxVelocityGreenFrom.source}.
            Pre-injury max velocity {speed(vmax.value)} on {vmax.date} — {vmax.source}.
          </Text>
        </Stack>
      )}
    </DimensionCard>
  )
}
