import { addDays, daysBetween } from '../dates'
import { functionalMunichGrades, type MunichGrade } from '../schemas/classification'
import type { InjuryFacts } from '../schemas/injury'
import type { EvidenceStrength } from '../schemas/scales'
import type { Settings } from './settings'

/**
 * Grade-typical time windows (domain.md §1, G7). They inform expectations and warn when return
 * to training is discussed early; they never block progression, which stays criteria-based.
 */

export interface ExpectedWindow {
  /** Typical days from the injury (or the repair) to full training / return. */
  days: number
  /** Day from which the window counts, `YYYY-MM-DD`. */
  from: string
  /** The first day the athlete is past the typical window, `YYYY-MM-DD`. */
  typicalDay: string
  basis: string
  source: string
  strength: EvidenceStrength
  notValidated: boolean
}

function roundUp(days: number): number {
  return Math.ceil(days)
}

/**
 * The grade-typical window for an episode, in days: avulsion repair → mean return to sport;
 * BAMIC 2c / 3c → Pollock 2022 means; Munich functional → UEFA median; otherwise the
 * all-grades mean. Null when the episode has no grade at all.
 */
export function expectedWindow(
  injury: Pick<
    InjuryFacts,
    'injuryDate' | 'bamicGrade' | 'munichGrade' | 'avulsion' | 'management' | 'surgeryDate'
  >,
  settings: Settings,
): ExpectedWindow | null {
  const f = settings.biologyFloor
  const make = (
    days: number,
    from: string,
    basis: string,
    setting: (typeof f)[keyof typeof f],
  ) => ({
    days: roundUp(days),
    from,
    typicalDay: addDays(from, roundUp(days)),
    basis,
    source: setting.source,
    strength: setting.strength,
    notValidated: setting.notValidated,
  })
  if (injury.avulsion !== null && injury.management === 'surgical' && injury.surgeryDate !== null) {
    return make(
      f.avulsionRepairDays.value,
      injury.surgeryDate,
      'Proximal avulsion repair',
      f.avulsionRepairDays,
    )
  }
  if (injury.bamicGrade === '2c')
    return make(f.bamic2cDays.value, injury.injuryDate, 'BAMIC 2c', f.bamic2cDays)
  if (injury.bamicGrade === '3c')
    return make(f.bamic3cDays.value, injury.injuryDate, 'BAMIC 3c', f.bamic3cDays)
  if (injury.bamicGrade !== null) {
    return make(
      f.allGradesMeanDays.value,
      injury.injuryDate,
      `BAMIC ${injury.bamicGrade} (all-grades mean)`,
      f.allGradesMeanDays,
    )
  }
  if (
    injury.munichGrade !== null &&
    functionalMunichGrades.includes(injury.munichGrade as MunichGrade)
  ) {
    return make(
      f.munichFunctionalDays.value,
      injury.injuryDate,
      `Munich ${injury.munichGrade} (functional)`,
      f.munichFunctionalDays,
    )
  }
  if (injury.munichGrade !== null) {
    return make(
      f.allGradesMeanDays.value,
      injury.injuryDate,
      `Munich ${injury.munichGrade} (all-grades mean)`,
      f.allGradesMeanDays,
    )
  }
  return null
}

/** Days since the injury on `today` (both `YYYY-MM-DD`). */
export function daysSinceInjury(injury: Pick<InjuryFacts, 'injuryDate'>, today: string): number {
  return daysBetween(injury.injuryDate, today)
}

/** Published time-loss anchors to show beside the window (domain.md §1); reading only. */
export const timeLossAnchors: readonly { text: string; source: string }[] = [
  {
    text: 'Track and field: mean 18.6 d to full training; 2c 34 ± 7 d; 3c 48 ± 17 d; re-injury 2.9 %',
    source: 'Pollock 2022',
  },
  {
    text: 'EPL: with intratendinous involvement 36 vs 24 d, re-injury 38.5 % vs 12.5 % (disputed in other cohorts)',
    source: 'Shamji 2021',
  },
  { text: 'UEFA: functional disorders median 5–8 d', source: 'Ekstrand 2013' },
  {
    text: 'Back to pre-injury level: sprint-type median 16 wk (6–50), stretch-type 50 wk (30–76)',
    source: 'Askling 2006',
  },
  {
    text: 'L-protocol vs conventional: 28 vs 51 d (football); 49 vs 86 d (sprinters, jumpers)',
    source: 'Askling 2013; 2014',
  },
  {
    text: 'Algorithm vs protocol: 25.5 vs 23.2 d; re-injuries 1 vs 6 at 6 months',
    source: 'Mendiguchia 2017',
  },
  {
    text: 'Pain-free vs pain-threshold rehab: median 15 vs 17 d to return-to-play clearance',
    source: 'Hickey 2020',
  },
  {
    text: 'Proximal avulsion repair: return to sport 84.5 % at mean 6.5 months; re-rupture 1.2 %',
    source: 'Hillier-Smith & Paton 2022',
  },
  {
    text: "MRI predicts time to return poorly; a straight-leg-raise deficit and the athlete's own estimate do better",
    source: 'Moen 2014',
  },
]

/**
 * Whether a proximal avulsion meets the typical surgical indication (≥2 tendons with >2 cm
 * retraction in an active patient; domain.md §1). Information for the injury page only: the
 * evidence is weak (level 3–4 studies, Bertiche 2021) and the decision belongs to the surgeon.
 * Retraction in centimetres; null when the retraction was not measured.
 */
export function typicalSurgicalIndication(avulsion: {
  tendonsInvolved: number
  retractionCm: number | null
}): { typical: boolean | null; note: string; source: string; strength: EvidenceStrength } {
  const source = 'Bertiche 2021; Hillier-Smith & Paton 2022'
  if (avulsion.retractionCm === null) {
    return { typical: null, note: 'Retraction not measured', source, strength: 'weak' }
  }
  const typical = avulsion.tendonsInvolved >= 2 && avulsion.retractionCm > 2
  return {
    typical,
    note: typical
      ? 'Meets the usual surgical indication (≥2 tendons, >2 cm retraction, active patient); evidence is weak'
      : 'Below the usual surgical indication (≥2 tendons, >2 cm retraction); evidence is weak',
    source,
    strength: 'weak',
  }
}
