import '@mantine/charts/styles.css'
import { LineChart } from '@mantine/charts'
import { Group, Paper, Stack, Text } from '@mantine/core'
import { assessmentIndices } from '@shared/domain/assessments'
import type { Settings } from '@shared/domain/settings'
import {
  assessmentTypeLabels,
  type Assessment,
  type AssessmentType,
  type AssessmentUnit,
} from '@shared/schemas/assessment'
import type { Baselines } from '@shared/schemas/athlete-profile'
import { sideLabels, type Side } from '@shared/schemas/scales'
import { formatPercent, formatWithUnit, unitLabel } from '../gap/format'
import { referenceLines } from './references'

interface Props {
  type: AssessmentType
  unit: AssessmentUnit
  /** This test's results in this unit, oldest first. */
  results: readonly Assessment[]
  injuredSide: Side | null
  baselines: Baselines | null
  settings: Settings
}

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left')

/**
 * One test over time: the injured and the other leg (or the single result), with the symmetry
 * target and the pre-injury value as labelled lines whose sources are written under the chart.
 * The injured leg is solid, the other leg dashed, so the chart also reads in black and white.
 */
export function TestChart({ type, unit, results, injuredSide, baselines, settings }: Props) {
  const perLeg = results.some((r) => r.left !== null || r.right !== null)
  const format = (value: number) => formatWithUnit(value, unit)
  const first = injuredSide ?? 'left'
  const second = other(first)
  const data = results.map((r) => ({
    date: r.date,
    first: perLeg ? r[first] : r.value,
    second: perLeg ? r[second] : null,
  }))
  const latestOther = [...results].reverse().find((r) => r[second] !== null)?.[second] ?? null
  const lines = referenceLines(type, unit, {
    settings,
    baselines,
    injuredSide,
    latestUninjured: perLeg && injuredSide !== null ? latestOther : null,
    format,
  })
  const latest = results[results.length - 1] as Assessment
  const latestIndices =
    injuredSide === null ? null : assessmentIndices(latest, injuredSide, baselines)
  const firstLabel = injuredSide
    ? `Injured leg (${sideLabels[first].toLowerCase()})`
    : `${sideLabels[first]} leg`
  const secondLabel = injuredSide
    ? `Other leg (${sideLabels[second].toLowerCase()})`
    : `${sideLabels[second]} leg`
  const title = `${assessmentTypeLabels[type]}${unit === 'reps' || unit === 's' || unit === 'cm' ? `, ${unitLabel(unit)}` : ''}`

  return (
    <Paper withBorder radius="lg" p="md" component="figure" m={0} aria-label={`${title} over time`}>
      <Group justify="space-between" align="flex-start" mb={4} wrap="nowrap">
        <div>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {results.length} result{results.length === 1 ? '' : 's'} · latest {latest.date}
          </Text>
        </div>
        {latestIndices &&
          (latestIndices.lsiPercent !== null || latestIndices.percentOfBaseline !== null) && (
            <Text size="xs" ta="right">
              {latestIndices.lsiPercent !== null && (
                <>LSI {formatPercent(latestIndices.lsiPercent)}</>
              )}
              {latestIndices.lsiPercent !== null && latestIndices.percentOfBaseline !== null && (
                <br />
              )}
              {latestIndices.percentOfBaseline !== null && (
                <>{formatPercent(latestIndices.percentOfBaseline)} of pre-injury</>
              )}
            </Text>
          )}
      </Group>
      <LineChart
        h={190}
        data={data}
        dataKey="date"
        valueFormatter={format}
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 28 }}
        curveType="linear"
        connectNulls
        series={
          perLeg
            ? [
                { name: 'first', label: firstLabel, color: 'indigo.7' },
                { name: 'second', label: secondLabel, color: 'gray.6', strokeDasharray: '5 4' },
              ]
            : [{ name: 'first', label: assessmentTypeLabels[type], color: 'indigo.7' }]
        }
        referenceLines={lines.map((line) => ({
          y: line.value,
          label: line.label,
          color: 'teal.8',
          labelPosition: 'insideTopRight',
          strokeDasharray: '2 3',
          ifOverflow: 'extendDomain',
        }))}
        yAxisProps={{ domain: ['auto', 'auto'], width: 64 }}
        tooltipAnimationDuration={0}
      />
      {lines.length > 0 && (
        <Stack gap={2} mt={6} component="figcaption">
          {lines.map((line) => (
            <Text key={line.label} size="xs" c="dimmed">
              {line.caption}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
