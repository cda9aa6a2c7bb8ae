import type { AthleteLevel } from '../schemas/classification'
import type {
  DemandBasis,
  DemandUnit,
  DemandValue,
  SportDemandFacts,
  ThresholdValue,
} from '../schemas/sport-demand'

/**
 * Building blocks of the sport-demand templates (domain.md §6). Every number carries its source
 * and, for speeds, the threshold it was measured above. Where the evidence gives no number the
 * value is `null` with the note "Enter from club data", never an invented figure.
 */

export const CLUB_DATA = 'Enter from club data'
export const EO_SOURCE = '[EO] product default: edit for the athlete'

export interface ValueOptions {
  sd?: number | null
  basis?: DemandBasis
  thresholdKmh?: number | null
  note?: string | null
}

/** A published value: mean (± SD) in `unit`, with its source. */
export function published(
  mean: number,
  unit: DemandUnit,
  source: string,
  options: ValueOptions = {},
): DemandValue {
  return {
    mean,
    sd: options.sd ?? null,
    unit,
    basis: options.basis ?? 'per match',
    source,
    thresholdKmh: options.thresholdKmh ?? null,
    note: options.note ?? null,
  }
}

/** No number in the evidence: the club enters it. `note` says what the literature does report. */
export function clubData(
  unit: DemandUnit,
  note: string | null = null,
  options: Omit<ValueOptions, 'sd' | 'note'> = {},
): DemandValue {
  return {
    mean: null,
    sd: null,
    unit,
    basis: options.basis ?? 'per match',
    source: CLUB_DATA,
    thresholdKmh: options.thresholdKmh ?? null,
    note: note === null ? CLUB_DATA : `${CLUB_DATA}. ${note}`,
  }
}

/** Not part of this sport: a demand of zero, shown as "not required". */
export function notRequired(unit: DemandUnit, why: string): DemandValue {
  return {
    mean: 0,
    sd: null,
    unit,
    basis: 'per match',
    source: EO_SOURCE,
    thresholdKmh: null,
    note: why,
  }
}

/** A published threshold: km/h for speeds, m/s² for accelerations, with its source. */
export function threshold(value: number, source: string): ThresholdValue {
  return { value, source }
}

/** The demand body a template position fills in (the profile without identity and flags). */
export type DemandBody = Omit<
  SportDemandFacts,
  'sport' | 'position' | 'level' | 'basis' | 'templateId' | 'citation' | 'flags' | 'notes'
>

export interface PositionTemplate {
  id: string
  name: string
  notes: string | null
  demand: DemandBody
}

export interface SportTemplate {
  id: string
  sport: string
  level: AthleteLevel
  citation: string
  notes: string[]
  positions: PositionTemplate[]
}

/** Ordinal demand with an [EO] source unless the evidence says more. */
export function ordinal(
  level: number,
  source: string = EO_SOURCE,
): { level: number; source: string } {
  return { level, source }
}

/** A copy of `body` with `changes` applied to its per-match values and other top-level fields. */
export function withChanges(
  body: DemandBody,
  changes: Partial<Omit<DemandBody, 'perMatch' | 'ordinal' | 'thresholds'>> & {
    perMatch?: Partial<DemandBody['perMatch']>
    ordinal?: Partial<DemandBody['ordinal']>
    thresholds?: Partial<DemandBody['thresholds']>
  },
): DemandBody {
  return {
    ...body,
    ...changes,
    perMatch: { ...body.perMatch, ...changes.perMatch },
    ordinal: { ...body.ordinal, ...changes.ordinal },
    thresholds: { ...body.thresholds, ...changes.thresholds },
  }
}

/** Speed demand: 100 % of the athlete's own pre-injury max velocity unless edited. */
export const defaultVmax = {
  value: 100,
  source: 'Default: 100 % of own max velocity (domain.md §2)',
}
