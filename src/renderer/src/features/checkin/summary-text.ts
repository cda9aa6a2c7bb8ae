import type { WeeklySummary } from '@shared/domain/weekly'
import type { SpeedUnit } from '@shared/schemas/app-settings'
import {
  chaosLevelLabels,
  codLevelLabels,
  contactLevelLabels,
  type ChaosLevel,
  type CodLevel,
  type ContactLevel,
} from '@shared/schemas/scales'
import { formatPercent, formatSpeed, plural, withUnit } from '../training/format'

/** Words for the ladder levels a week reached. */
export function cuttingReached(level: number): string {
  return codLevelLabels[level as CodLevel] ?? `Level ${level}`
}

export function contactReached(level: number): string {
  return contactLevelLabels[level as ContactLevel] ?? `Level ${level}`
}

export function chaosReached(level: number): string {
  return level === 0 ? 'Not rated' : (chaosLevelLabels[level as ChaosLevel] ?? `Level ${level}`)
}

/** The week's best speed as % of the athlete's pre-injury max, or a dash when unknown. */
export function bestSpeedText(summary: WeeklySummary): string {
  return summary.bestPercentVmax === null ? '–' : formatPercent(summary.bestPercentVmax)
}

/** What backs the best speed: of what, the peak in the user's unit, and the near-max efforts. */
export function speedDetails(summary: WeeklySummary, unit: SpeedUnit): string[] {
  const lines: string[] = []
  if (summary.bestPercentVmax !== null) {
    lines.push(
      summary.peakVelocityMps === null
        ? 'of pre-injury max'
        : `of pre-injury max (${formatSpeed(summary.peakVelocityMps, unit)})`,
    )
  } else if (summary.effortsAt90 === 0) {
    lines.push('not measured')
  }
  if (summary.effortsAt90 > 0) lines.push(effortsText(summary))
  return lines
}

function effortsText(summary: WeeklySummary): string {
  return `${plural(summary.effortsAt90, 'effort')} ≥90 %, ${summary.effortsAt95} ≥95 %`
}

export function morningsText(summary: WeeklySummary): string {
  const parts = (['green', 'amber', 'red'] as const)
    .filter((light) => summary.lights[light] > 0)
    .map((light) => `${summary.lights[light]} ${light}`)
  return parts.length === 0 ? 'no morning checks' : parts.join(', ')
}

/**
 * The week's loads in one paragraph, stored with the check-in (so the handover shows what
 * the coach saw even if the log is edited later).
 */
export function loadsSummaryText(summary: WeeklySummary): string {
  if (summary.sessions === 0) return `No sessions logged; mornings: ${morningsText(summary)}.`
  return (
    [
      `${plural(summary.sessions, 'session')}, ${withUnit(summary.minutes, 'min')}, ${withUnit(summary.loadAu, 'AU')}`,
      `distance ${withUnit(summary.totalDistanceMetres, 'm')}, HSR ${withUnit(summary.hsrMetres, 'm')}, sprint ${withUnit(summary.sprintMetres, 'm')}`,
      summary.bestPercentVmax === null
        ? 'top speed not measured'
        : `best ${formatPercent(summary.bestPercentVmax)} of pre-injury max speed`,
      ...(summary.effortsAt90 > 0 ? [`near-max efforts: ${effortsText(summary)}`] : []),
      `cutting: ${summary.highestCuttingLevel === 0 ? 'none' : cuttingReached(summary.highestCuttingLevel).toLowerCase()}`,
      `contact: ${summary.highestContactLevel === 0 ? 'none' : contactReached(summary.highestContactLevel).toLowerCase()}`,
      `chaos: ${summary.highestChaosLevel === 0 ? 'not rated' : `level ${summary.highestChaosLevel}`}`,
      `mornings: ${morningsText(summary)}`,
    ]
      .join('; ')
      // Stored as plain text: ordinary spaces.
      .replace(/\u00a0/g, ' ') + '.'
  )
}
