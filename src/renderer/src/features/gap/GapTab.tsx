import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconCircleDot, IconInfoCircle } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { DimensionGap, GapAnalysis } from '@shared/domain/gap-analysis'
import type { Settings } from '@shared/domain/settings'
import { kmhToMps, speedIn, type SpeedUnit } from '@shared/domain/units'
import type { SportDemandFacts } from '@shared/schemas/sport-demand'
import { AlertsCard, NextStepCard } from '../athlete/overview/GuidanceCards'
import { gapStatusColors } from '../athlete/overview/status'
import { useAssessment } from '../athlete/use-assessment'
import { useAppSettings } from '../settings/api'
import { ContinuousCard } from './ContinuousCard'
import { formatNumber, formatRatio } from './format'
import { LadderCard } from './LadderCard'
import { VelocityCard } from './VelocityCard'
import { WeeklyTrend } from './WeeklyTrend'

/** Speed threshold of the demand behind each continuous dimension, in the coach's unit. */
function thresholdText(
  gap: DimensionGap,
  demand: SportDemandFacts | null,
  unit: SpeedUnit,
): string | null {
  if (demand === null) return null
  const t = demand.thresholds
  const speed =
    gap.dimension === 'hsr'
      ? t.hsrKmh
      : gap.dimension === 'sprintDistance' || gap.dimension === 'sprintCount'
        ? t.sprintKmh
        : null
  if (speed !== null) {
    const value = speedIn(kmhToMps(speed.value), unit)
    return `above ${formatNumber(value, unit === 'm/s' ? 2 : 1)} ${unit}`
  }
  const acc =
    gap.dimension === 'accelerations'
      ? t.accelerationMps2
      : gap.dimension === 'decelerations'
        ? t.decelerationMps2
        : null
  return acc === null ? null : `above ${formatNumber(acc.value, 1)} m/s²`
}

/**
 * The gap analysis (domain.md §4): what the athlete did in the last days against what the sport
 * asks, dimension by dimension, all computed by the engine (`useAssessment`). Charts where a coach
 * would rather look than read, with every figure also written out.
 */
export function GapTab({ athleteId }: { athleteId: string }) {
  const state = useAssessment(athleteId)
  const app = useAppSettings()
  if (state.status === 'loading' || app.isPending)
    return <Loader size="sm" aria-label="Loading gap analysis" />
  if (state.status === 'error') return <Text c="red">{state.message}</Text>
  if (app.isError) return <Text c="red">{app.error.message}</Text>
  if (state.status === 'no injury') {
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text>
          No open injury. The gap analysis compares rehab exposure with the sport&apos;s demands
          during an injury episode.
        </Text>
        <Button component={Link} href={`/athletes/${athleteId}/injury`} mt="md" variant="light">
          Go to the injury record
        </Button>
      </Paper>
    )
  }
  const { assessment, athleteCase, settings } = state
  const gap = assessment.gap
  const speedUnit = app.data.speedUnit
  const byKind = (kind: DimensionGap['kind']) => gap.dimensions.filter((d) => d.kind === kind)
  const velocity = byKind('velocity')[0]
  const continuous = byKind('continuous')
  // Dimensions without a demand to compare with take a small card each, after the charts.
  const compared = continuous.filter((d) => d.demandPerMatch !== null && d.demandPerMatch > 0)
  const notCompared = continuous.filter((d) => !compared.includes(d))
  const ordinal = byKind('ordinal')

  return (
    <Stack gap="lg">
      <GapHeader gap={gap} settings={settings} demand={athleteCase.demand} athleteId={athleteId} />
      {velocity && (
        <VelocityCard
          gap={velocity}
          settings={settings}
          baselines={athleteCase.profile?.baselines ?? null}
          speedUnit={speedUnit}
          athleteId={athleteId}
        />
      )}
      {gap.hasDemand && (
        <>
          <section aria-label="Volumes and counts">
            <Title order={4} mb="xs">
              Volumes and counts
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
              {compared.map((d) => (
                <ContinuousCard
                  key={d.dimension}
                  gap={d}
                  settings={settings}
                  matchesPerWeek={gap.matchesPerWeek}
                  threshold={thresholdText(d, athleteCase.demand, speedUnit)}
                />
              ))}
            </SimpleGrid>
            {notCompared.length > 0 && (
              <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm" mt="sm">
                {notCompared.map((d) => (
                  <ContinuousCard
                    key={d.dimension}
                    gap={d}
                    settings={settings}
                    matchesPerWeek={gap.matchesPerWeek}
                    threshold={thresholdText(d, athleteCase.demand, speedUnit)}
                  />
                ))}
              </SimpleGrid>
            )}
          </section>
          <section aria-label="Ladders">
            <Title order={4} mb="xs">
              Ladders
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {ordinal.map((d) => (
                <LadderCard key={d.dimension} gap={d} settings={settings} />
              ))}
            </SimpleGrid>
          </section>
        </>
      )}
      <WeeklyTrend load={assessment.load} settings={settings} athleteCase={athleteCase} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <NextStepCard assessment={assessment} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <AlertsCard assessment={assessment} />
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

function GapHeader({
  gap,
  settings,
  demand,
  athleteId,
}: {
  gap: GapAnalysis
  settings: Settings
  demand: SportDemandFacts | null
  athleteId: string
}) {
  const s = settings.gap
  const labelOf = (dimension: string) =>
    gap.dimensions.find((d) => d.dimension === dimension)?.label ?? dimension
  const feared = gap.dimensions.filter((d) => d.feared).map((d) => d.label)
  const untested = gap.dimensions.filter((d) => d.untested).map((d) => d.label)
  const warnings = gap.dimensions.filter((d) => d.comparabilityWarning !== null)
  const questionable = gap.dimensions.some((d) => d.questionableData)
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label="Gap summary">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>Gap analysis</Title>
          <Text size="sm" c="dimmed">
            Last {s.windowDays.value} days: {gap.windowFrom} to {gap.windowTo}. Best single session
            against one match; the {s.windowDays.value}-day total (matches included) against a match
            week.
          </Text>
        </div>
        <Group gap={6} aria-label="Status bands">
          {(['green', 'amber', 'red'] as const).map((band) => (
            <Badge key={band} variant="light" color={gapStatusColors[band]}>
              {band}{' '}
              {band === 'green'
                ? `≥ ${formatRatio(s.greenFrom.value)}`
                : band === 'amber'
                  ? `${formatRatio(s.redBelow.value)}–${formatRatio(s.greenFrom.value - 0.01)}`
                  : `< ${formatRatio(s.redBelow.value)}`}
            </Badge>
          ))}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        Status bands compare coverage (athlete ÷ demand) with product defaults [EO] that are{' '}
        <b>not validated</b> (domain.md §4); hover a status for its rule and source. Max velocity is
        green from {formatRatio(s.maxVelocityGreenFrom.value)} of the required speed; ladders are
        green when the required level is reached.
      </Text>
      {demand === null ? (
        <Alert
          mt="md"
          color="blue"
          icon={<IconInfoCircle size={18} />}
          title="No sport demands yet"
        >
          This athlete has no demand profile, so there is nothing to compare the volumes and ladders
          with. Max velocity and the weekly loads below need no demands.{' '}
          <Anchor component={Link} href={`/athletes/${athleteId}/demands`}>
            Enter them in the Sport demands tab
          </Anchor>
          .
        </Alert>
      ) : (
        <Text size="sm" mt="sm">
          Demand: {demand.sport}
          {demand.position ? ` · ${demand.position}` : ''} · {demand.level} ({demand.basis}) —{' '}
          {demand.citation}.{' '}
          {gap.matchesPerWeek === null
            ? 'Matches per week not set.'
            : `${formatNumber(gap.matchesPerWeek, 1)} match${gap.matchesPerWeek === 1 ? '' : 'es'} per week (${demand.matchesPerWeek.source}).`}
        </Text>
      )}
      {gap.shortfalls.length > 0 && (
        <Text size="sm" mt={6}>
          <b>Furthest from the demand:</b> {gap.shortfalls.map(labelOf).join(', ')}.
        </Text>
      )}
      {(feared.length > 0 || untested.length > 0) && (
        <Group gap={6} mt={6}>
          <IconCircleDot size={16} aria-hidden />
          <Text size="sm">
            <b>Circled:</b> {feared.length > 0 ? `feared — ${feared.join(', ')}` : ''}
            {feared.length > 0 && untested.length > 0 ? '; ' : ''}
            {untested.length > 0 ? `untested — ${untested.join(', ')}` : ''}. The athlete said so;
            plan these deliberately.
          </Text>
        </Group>
      )}
      {warnings.length > 0 && (
        <Alert mt="sm" color="orange" icon={<IconAlertTriangle size={18} />} title="Not comparable">
          {warnings.map((d) => (
            <Text key={d.dimension} size="sm">
              {d.label}: {d.comparabilityWarning}.
            </Text>
          ))}
        </Alert>
      )}
      {questionable && (
        <Alert
          mt="sm"
          color="yellow"
          icon={<IconAlertTriangle size={18} />}
          title="Questionable data"
        >
          At least one session in these {s.windowDays.value} days is marked as questionable data
          (device drop-out, estimate). Read the figures with care.
        </Alert>
      )}
    </Paper>
  )
}
