import type { Baselines } from '../schemas/athlete-profile'
import type { AssessmentFacts } from '../schemas/assessment'
import type { Side } from '../schemas/scales'

/**
 * Limb symmetry and % of pre-injury baseline for tests (domain.md §2 Assessment). Units are the
 * test's own (N, degrees, reps, s, m/s); the indices are percentages.
 */

type Reading = Pick<AssessmentFacts, 'type' | 'unit' | 'left' | 'right' | 'value'>

/** Result of the injured leg, in the test's unit; null if not recorded. */
export function injuredLegValue(assessment: Reading, injuredSide: Side): number | null {
  return injuredSide === 'left' ? assessment.left : assessment.right
}

/** Result of the uninjured leg, in the test's unit; null if not recorded. */
export function uninjuredLegValue(assessment: Reading, injuredSide: Side): number | null {
  return injuredSide === 'left' ? assessment.right : assessment.left
}

/**
 * Limb symmetry index, % = injured ÷ uninjured × 100. Null when a leg is missing or the
 * uninjured result is zero (a symmetry against nothing means nothing).
 */
export function limbSymmetryIndex(assessment: Reading, injuredSide: Side): number | null {
  const injured = injuredLegValue(assessment, injuredSide)
  const other = uninjuredLegValue(assessment, injuredSide)
  if (injured === null || other === null || other <= 0) return null
  return (injured / other) * 100
}

/**
 * Current result as % of the pre-injury baseline (100 % = back to baseline, lower = worse).
 * For the 10 m time a lower time is better, so it is baseline ÷ current × 100. Per-leg tests
 * use the injured leg. Isometric tests only compare with a baseline of the same position.
 */
export function percentOfBaseline(
  assessment: Reading,
  injuredSide: Side,
  baselines: Baselines | null,
): number | null {
  if (baselines === null) return null
  const injured = injuredLegValue(assessment, injuredSide)
  const legBaseline = (b: { left: number; right: number } | null): number | null =>
    b === null ? null : injuredSide === 'left' ? b.left : b.right
  const ratio = (current: number | null, base: number | null): number | null =>
    current === null || base === null || base <= 0 ? null : (current / base) * 100
  switch (assessment.type) {
    case 'Vmax':
      return ratio(assessment.value, baselines.vmaxMps?.value ?? null)
    case '10m': {
      const base = baselines.tenMetreSeconds?.value ?? null
      const current = assessment.value
      return current === null || base === null || current <= 0 ? null : (base / current) * 100
    }
    case 'NordBord':
      return ratio(injured, legBaseline(baselines.nordicPeakForceN))
    case 'ISO_90_90':
    case 'IPCT_90_20': {
      const iso = baselines.isometricKneeFlexorForceN
      const protocol = assessment.type === 'ISO_90_90' ? '90/90' : '90:20 IPCT'
      return iso === null || iso.protocol !== protocol ? null : ratio(injured, legBaseline(iso))
    }
    case 'SLHB':
      return assessment.unit === 'reps' ? ratio(injured, legBaseline(baselines.slhbReps)) : null
    case 'AKE':
      return ratio(injured, legBaseline(baselines.akeDeg))
    case 'PSLR':
      return ratio(injured, legBaseline(baselines.pslrDeg))
    default:
      return null
  }
}

/** Both indices of an assessment, as the tests page and the PDF show them (in %). */
export function assessmentIndices(
  assessment: Reading,
  injuredSide: Side,
  baselines: Baselines | null,
): { lsiPercent: number | null; percentOfBaseline: number | null } {
  return {
    lsiPercent: limbSymmetryIndex(assessment, injuredSide),
    percentOfBaseline: percentOfBaseline(assessment, injuredSide, baselines),
  }
}
