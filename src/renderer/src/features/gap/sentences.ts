import type { DimensionGap } from '@shared/domain/gap-analysis'
import type { Settings } from '@shared/domain/settings'
import { formatNumber, formatRatio, formatWithUnit } from './format'

/**
 * The coverage figures of a dimension written out, exactly as the engine computed them:
 * "Best session 820 m = 0.71 of a match", "7-day total 2,100 m = 0.61 of a match week".
 */

/** What a count counts, so "5 sprints" never reads as a bare 5. */
const countNouns: Partial<Record<string, string>> = {
  sprintCount: 'sprints',
  accelerations: 'accelerations',
  decelerations: 'decelerations',
  cutting: 'cuts',
  contact: 'contacts',
}

/** A dimension's value with its unit, or with what it counts. */
export function amount(gap: DimensionGap, value: number): string {
  const noun = gap.unit === 'count' ? countNouns[gap.dimension] : undefined
  return noun ? `${formatWithUnit(value, 'count')} ${noun}` : formatWithUnit(value, gap.unit)
}

/** Best single session against one match; null when there is no match demand to compare with. */
export function singleSentence(gap: DimensionGap): string | null {
  if (gap.coverageSingle === null) return null
  return `Best session ${amount(gap, gap.bestSingle)} = ${formatRatio(gap.coverageSingle)} of a match`
}

/** The window's total against a match week; explains when a match week is not set. */
export function weekSentence(gap: DimensionGap, windowDays: number): string | null {
  if (gap.demandPerMatch === null || gap.demandPerMatch <= 0) return null
  const total = `${windowDays}-day total ${amount(gap, gap.windowTotal)}`
  if (gap.coverageWeek === null) return `${total} (matches per week not set)`
  return `${total} = ${formatRatio(gap.coverageWeek)} of a match week`
}

/** "1,150 m per match · 2,300 m per match week (2 matches)". */
export function demandSentence(gap: DimensionGap, matchesPerWeek: number | null): string | null {
  if (gap.demandPerMatch === null) return null
  const match = `${amount(gap, gap.demandPerMatch)} per match`
  if (gap.demandPerWeek === null) return match
  const matches =
    matchesPerWeek === null
      ? ''
      : ` (${formatNumber(matchesPerWeek, 1)} match${matchesPerWeek === 1 ? '' : 'es'})`
  return `${match} · ${amount(gap, gap.demandPerWeek)} per match week${matches}`
}

/** What the colour of a status band means, with its source: the hover text of the badge. */
export function bandRule(gap: DimensionGap, settings: Settings): string {
  const s = settings.gap
  const notValidated = 'Bands are product defaults [EO], not validated (domain.md §4).'
  if (gap.kind === 'velocity') {
    return `Green from ${formatRatio(s.maxVelocityGreenFrom.value)} of the required speed (${s.maxVelocityGreenFrom.source}); red below ${formatRatio(s.redBelow.value)}. ${notValidated}`
  }
  if (gap.kind === 'ordinal') {
    const count =
      gap.countCoverage !== null
        ? ` The count also needs ${formatRatio(s.greenFrom.value)} of a match for green.`
        : ''
    return `Green when the level required is reached; amber up to ${s.ordinalAmberMaxGap.value} level(s) short; red beyond (${s.ordinalAmberMaxGap.source}).${count} ${notValidated}`
  }
  const week = settings.options.weekCoverageDimensions.includes(gap.dimension)
    ? ' The lower of the single-session and the week coverage decides.'
    : ' The best single session decides.'
  return `Green from ${formatRatio(s.greenFrom.value)} of the demand, amber from ${formatRatio(s.redBelow.value)}, red below (${s.greenFrom.source}).${week} ${notValidated}`
}
