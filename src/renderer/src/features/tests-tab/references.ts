import type { Settings, ThresholdSetting } from '@shared/domain/settings'
import type { AssessmentType, AssessmentUnit } from '@shared/schemas/assessment'
import type { Baselines } from '@shared/schemas/athlete-profile'
import type { Side } from '@shared/schemas/scales'

/**
 * The reference lines of a test's chart: the pre-injury value and the target the criteria use,
 * each with its source, so a printed chart says where every line comes from. The targets are the
 * engine's own settings (the values the criteria are judged by), never numbers of this screen.
 */

export interface ReferenceLine {
  /** In the test's unit. */
  value: number
  /** Short label drawn on the chart. */
  label: string
  /** The sentence under the chart: what the line is and where it comes from. */
  caption: string
}

/** The setting that judges the symmetry of a per-leg test, if a criterion uses one. */
function symmetrySetting(type: AssessmentType, settings: Settings): ThresholdSetting | null {
  switch (type) {
    case 'NordBord':
    case 'ISO_90_90':
    case 'IPCT_90_20':
      return settings.criteria.strengthSymmetryP3Percent
    case 'AKE':
    case 'PSLR':
      return settings.criteria.flexibilitySymmetryPercent
    case 'SLHB':
      return settings.criteria.slhbSymmetryPercent
    default:
      return null
  }
}

interface Baseline {
  value: number
  date: string
  source: string
}

/**
 * The pre-injury value of the injured leg (or the single value) that `percentOfBaseline` compares
 * with, for drawing it. Mirrors which baseline belongs to which test; the percentage itself always
 * comes from the engine.
 */
function injuredBaseline(
  type: AssessmentType,
  unit: AssessmentUnit,
  baselines: Baselines | null,
  side: Side,
): Baseline | null {
  if (baselines === null) return null
  const leg = (b: { left: number; right: number; date: string; source: string } | null) =>
    b === null
      ? null
      : { value: side === 'left' ? b.left : b.right, date: b.date, source: b.source }
  switch (type) {
    case 'Vmax':
      return baselines.vmaxMps
    case '10m':
      return baselines.tenMetreSeconds
    case 'NordBord':
      return leg(baselines.nordicPeakForceN)
    case 'ISO_90_90':
    case 'IPCT_90_20': {
      const iso = baselines.isometricKneeFlexorForceN
      const protocol = type === 'ISO_90_90' ? '90/90' : '90:20 IPCT'
      return iso !== null && iso.protocol === protocol ? leg(iso) : null
    }
    case 'SLHB':
      return unit === 'reps' ? leg(baselines.slhbReps) : null
    case 'AKE':
      return leg(baselines.akeDeg)
    case 'PSLR':
      return leg(baselines.pslrDeg)
    default:
      return null
  }
}

/**
 * Reference lines for a test's chart. `latestUninjured` is the other leg's latest result (the
 * symmetry target moves with it); `format` writes a value with its unit.
 */
export function referenceLines(
  type: AssessmentType,
  unit: AssessmentUnit,
  options: {
    settings: Settings
    baselines: Baselines | null
    injuredSide: Side | null
    latestUninjured: number | null
    format: (value: number) => string
  },
): ReferenceLine[] {
  const { settings, baselines, injuredSide, latestUninjured, format } = options
  const lines: ReferenceLine[] = []
  const symmetry = symmetrySetting(type, settings)
  if (symmetry !== null && latestUninjured !== null && latestUninjured > 0) {
    const value = (latestUninjured * symmetry.value) / 100
    lines.push({
      value,
      label: `${symmetry.value} % of other leg`,
      caption: `${symmetry.value} % of the other leg's latest result (${format(value)}): the symmetry target — ${symmetry.source}${symmetry.notValidated ? ', not validated' : ''}.`,
    })
  }
  if (injuredSide === null) return lines
  const baseline = injuredBaseline(type, unit, baselines, injuredSide)
  if (baseline === null) return lines
  const which = type === 'Vmax' || type === '10m' ? '' : ', injured leg'
  lines.push({
    value: baseline.value,
    label: 'Pre-injury',
    caption: `Pre-injury${which}: ${format(baseline.value)} on ${baseline.date} — ${baseline.source}.`,
  })
  const fieldTarget =
    type === 'Vmax'
      ? settings.criteria.vmaxPercent
      : type === '10m'
        ? settings.criteria.fieldTestPercentOfBaseline
        : null
  if (fieldTarget !== null) {
    // A 10 m time is better when lower: 95 % of baseline performance is baseline ÷ 0.95.
    const value =
      type === '10m'
        ? baseline.value / (fieldTarget.value / 100)
        : (baseline.value * fieldTarget.value) / 100
    lines.push({
      value,
      label: `${fieldTarget.value} % of pre-injury`,
      caption: `${fieldTarget.value} % of pre-injury (${format(value)}) — ${fieldTarget.source}${fieldTarget.notValidated ? ', not validated' : ''}.`,
    })
  }
  return lines
}
