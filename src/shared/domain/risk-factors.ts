import { ageInYears, daysBetween } from '../dates'
import type { EvidenceStrength } from '../schemas/scales'
import type { AthleteCase } from './case'
import { limbSymmetryIndex } from './assessments'
import type { Settings } from './settings'

/**
 * The risk panel (domain.md §7): factors linked to re-injury, each with its published effect.
 * A panel to read, not a prediction: nothing here changes a phase, a step or an alert.
 */

export interface RiskFactor {
  factor: string
  /**
   * True when present, false when absent, null when unknown: a reference value (age), or an
   * injury history that has not been recorded yet (no profile).
   */
  present: boolean | null
  /** False when the answer depends on an injury history nobody has entered yet. */
  recorded: boolean
  detail: string
  source: string
  strength: EvidenceStrength
}

function latest<T extends { date: string }>(
  rows: readonly T[],
  accept: (row: T) => boolean,
): T | null {
  let found: T | null = null
  for (const row of rows) {
    if (!accept(row)) continue
    if (found === null || row.date >= found.date) found = row
  }
  return found
}

/** Risk factors of one athlete on `athleteCase.today` (ages in years, strength in N). */
export function riskFactors(athleteCase: AthleteCase, settings: Settings): RiskFactor[] {
  const profile = athleteCase.profile
  const injury = athleteCase.injury
  const history = profile?.history ?? []
  const flags = profile?.flags
  const hamstringBefore = history.filter(
    (h) => h.type === 'hamstring' && h.date < injury.injuryDate,
  )
  const recent = hamstringBefore.some((h) => daysBetween(h.date, injury.injuryDate) <= 365)
  // Without a profile nobody has answered the history questions: "absent" would be a guess.
  const historyAnswer = (found: boolean): boolean | null => (found ? true : profile ? false : null)
  const result: RiskFactor[] = [
    {
      factor: 'Previous hamstring injury',
      recorded: profile !== null,
      present: historyAnswer(
        (flags?.priorHamstringInjury ?? false) ||
          hamstringBefore.length > 0 ||
          injury.recurrenceOf !== null,
      ),
      detail: 'Any previous hamstring injury: about 2.7× the risk',
      source: 'Green 2020 meta-analysis',
      strength: 'moderate',
    },
    {
      factor: 'Recent hamstring injury (last 12 months)',
      recorded: profile !== null,
      present: historyAnswer(
        (flags?.hamstringInjuryLast12Months ?? false) || recent || injury.recurrenceOf !== null,
      ),
      detail: 'A recent hamstring injury: about 4.8× the risk',
      source: 'Green 2020 meta-analysis',
      strength: 'moderate',
    },
    {
      factor: 'Previous ACL injury',
      recorded: profile !== null,
      present: historyAnswer(
        (flags?.priorAclInjury ?? false) || history.some((h) => h.type === 'ACL'),
      ),
      detail: 'About 1.7× the risk',
      source: 'Green 2020 meta-analysis',
      strength: 'moderate',
    },
    {
      factor: 'Previous calf strain',
      recorded: profile !== null,
      present: historyAnswer(
        (flags?.priorCalfStrain ?? false) || history.some((h) => h.type === 'calf'),
      ),
      detail: 'About 1.5× the risk',
      source: 'Green 2020 meta-analysis',
      strength: 'moderate',
    },
  ]
  if (athleteCase.dateOfBirth !== null) {
    result.push({
      factor: 'Age',
      present: null,
      detail: `${ageInYears(athleteCase.dateOfBirth, athleteCase.today)} years: older age is linked to hamstring injury (no cut-off)`,
      source: 'Green 2020 meta-analysis',
      strength: 'moderate',
      recorded: true,
    })
  }
  const ake = latest(
    athleteCase.assessments,
    (a) => a.type === 'AKE' && a.painDuring !== null && a.date <= athleteCase.today,
  )
  if (ake !== null) {
    result.push({
      factor: 'Discomfort on the AKE test',
      present: (ake.painDuring ?? 0) > settings.responseLight.painFreeMax.value,
      detail: `Latest AKE ${ake.date}, pain ${ake.painDuring}/10. Discomfort: 3.38× re-injury risk within 2 months`,
      source: 'Zein 2024',
      strength: 'observational',
      recorded: true,
    })
  }
  const bridge = latest(
    athleteCase.assessments,
    (a) => a.type === 'SLHB' && a.unit === 'reps' && a.date <= athleteCase.today,
  )
  const bridgeLsi = bridge === null ? null : limbSymmetryIndex(bridge, injury.side)
  if (bridge !== null && bridgeLsi !== null) {
    result.push({
      factor: 'Single-leg bridge lower on the injured side',
      present: bridgeLsi < 100,
      detail: `Latest ${bridge.date}: ${Math.round(bridgeLsi)} % of the other leg`,
      source: 'Freckleton 2014',
      strength: 'weak',
      recorded: true,
    })
  }
  const nordic = latest(
    athleteCase.assessments,
    (a) => a.type === 'NordBord' && a.date <= athleteCase.today,
  )
  if (nordic !== null && nordic.left !== null && nordic.right !== null) {
    const weaker = Math.min(nordic.left, nordic.right)
    const imbalance = (1 - weaker / Math.max(nordic.left, nordic.right)) * 100
    result.push({
      factor: 'Nordic strength (reference values, not rules)',
      present: null,
      detail: `Latest ${nordic.date}: ${nordic.left} N left, ${nordic.right} N right, imbalance ${Math.round(imbalance)} %. AFL: <256 N early / <279 N late pre-season (Opar 2015); rugby union: imbalance ≥15 % RR 2.4, ≥20 % RR 3.4 (Bourne 2015); soccer: <337 N (Timmins 2016). Sport-specific and inconsistent`,
      source: 'Opar 2015; Bourne 2015; Timmins 2016',
      strength: 'disputed',
      recorded: true,
    })
  }
  return result
}
