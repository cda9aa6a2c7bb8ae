import { z } from 'zod'
import { demandDimensions } from '../schemas/sport-demand'
import { loadDimensions } from './load-dimensions'
import { evidenceStrengths, type EvidenceStrength } from '../schemas/scales'

/**
 * Every threshold the engine uses, as data: value, unit, source tag, strength of evidence and
 * whether domain.md says it is not validated. Settings are editable in the app; each engine
 * function takes them as an argument so the UI, the PDF and tests compute the same thing.
 */

interface NumberSpec {
  default: number
  min: number
  max: number
  integer?: boolean
  unit: string
  label: string
  source: string
  strength: EvidenceStrength
  notValidated: boolean
}

function spec(
  label: string,
  value: number,
  bounds: [number, number],
  unit: string,
  source: string,
  strength: EvidenceStrength,
  notValidated: boolean,
  integer = false,
): NumberSpec {
  return {
    default: value,
    min: bounds[0],
    max: bounds[1],
    integer,
    unit,
    label,
    source,
    strength,
    notValidated,
  }
}

const EO = '[EO] product default'

/** The catalogue of numeric settings, grouped as the Settings page shows them. */
export const settingSpecs = {
  responseLight: {
    painDuringGreenMax: spec(
      'Pain during activity: green up to',
      2,
      [0, 10],
      '/10',
      'Silbernagel 2007 pain-monitoring model (tendinopathy, extrapolated)',
      'moderate',
      true,
    ),
    painDuringAmberMax: spec(
      'Pain during activity: amber up to (above is red, stop)',
      5,
      [0, 10],
      '/10',
      'Silbernagel 2007 pain-monitoring model (tendinopathy, extrapolated)',
      'moderate',
      true,
    ),
    painWorseningPoints: spec(
      'Next morning: pain counts as worse from a rise of',
      1,
      [1, 10],
      'points',
      `G1 24-hour rule [S2][S4]; ${EO}`,
      'weak',
      true,
    ),
    painWorseningRedPoints: spec(
      'Next morning: pain rise that means back off',
      3,
      [1, 10],
      'points',
      EO,
      'expert opinion',
      true,
    ),
    stiffnessWorseningPoints: spec(
      'Next morning: stiffness counts as worse from a rise of',
      1,
      [1, 10],
      'points',
      `G1 24-hour rule [S2][S4]; ${EO}`,
      'weak',
      true,
    ),
    akeLossPercent: spec(
      'Next morning: knee-extension range loss that counts',
      10,
      [1, 50],
      '%',
      'G1 "AKE loss >~10 %" [S2][S4]',
      'weak',
      true,
    ),
    apprehensionRisePoints: spec(
      'Next morning: apprehension counts as rising from',
      10,
      [1, 100],
      'points of 100',
      EO,
      'expert opinion',
      true,
    ),
    signsForRed: spec(
      'Next morning: number of worse signs that means back off',
      2,
      [1, 5],
      'signs',
      EO,
      'expert opinion',
      true,
      true,
    ),
    morningPainRedAbove: spec(
      'Next morning: pain above this is red',
      5,
      [0, 10],
      '/10',
      `${EO}, mirrors the G2 red band`,
      'expert opinion',
      true,
    ),
    firstCheckPainGreenMax: spec(
      'First check (nothing to compare with): green up to',
      2,
      [0, 10],
      '/10',
      EO,
      'expert opinion',
      true,
    ),
    painRisingWeekToWeekPoints: spec(
      'Pain during activity counts as rising week to week from',
      1,
      [0.5, 10],
      'points',
      'G2 "not rising week to week"; size of rise is an [EO] default',
      'expert opinion',
      true,
    ),
    painFreeMax: spec(
      '"Pain-free" means pain at most',
      0,
      [0, 3],
      '/10',
      EO,
      'expert opinion',
      false,
    ),
  },
  criteria: {
    slhbHoldSeconds: spec(
      'Single-leg bridge hold, pain-free',
      30,
      [5, 120],
      's',
      '[S4]',
      'expert opinion',
      true,
    ),
    isometricSymmetryP1Percent: spec(
      'Phase 1: isometric strength of the injured leg vs the other',
      80,
      [50, 100],
      '%',
      EO,
      'expert opinion',
      true,
    ),
    hopSeconds: spec(
      'Single-leg hops, pain-free, each leg',
      30,
      [5, 120],
      's',
      '[S4]',
      'expert opinion',
      true,
    ),
    jogMinutes: spec(
      'Continuous jog, pain-free',
      30,
      [5, 90],
      'min',
      '[S4]',
      'expert opinion',
      true,
    ),
    flexibilitySymmetryPercent: spec(
      'AKE / straight-leg raise of the injured leg vs the other',
      90,
      [50, 100],
      '%',
      '[EO]; van der Horst 2017 Delphi "similar flexibility"',
      'consensus',
      true,
    ),
    vmaxPercent: spec(
      'Max-velocity exposure: % of pre-injury max velocity',
      95,
      [70, 100],
      '%',
      '[EO]; Malone 2017 (Gaelic football, observational)',
      'observational',
      true,
    ),
    vmaxRepeatSessions: spec(
      'Sessions at that speed, each with a green next morning',
      2,
      [1, 5],
      'sessions',
      EO,
      'expert opinion',
      true,
      true,
    ),
    strengthSymmetryP3Percent: spec(
      'Phase 3: Nordic and isometric strength of the injured leg vs the other',
      90,
      [50, 100],
      '%',
      '[EO]; Bourne 2015',
      'weak',
      true,
    ),
    slhbReps: spec(
      'Single-leg bridge repetitions on the injured leg',
      20,
      [5, 80],
      'reps',
      'Freckleton 2014 (weak cut-off)',
      'weak',
      true,
      true,
    ),
    slhbSymmetryPercent: spec(
      'Single-leg bridge: injured leg vs the other ("symmetric")',
      90,
      [50, 100],
      '%',
      EO,
      'expert opinion',
      true,
    ),
    chaosMin: spec(
      'Highest chaos level reached',
      4,
      [1, 5],
      'CCC level',
      '[EO]; Taberner 2019 control–chaos continuum (no outcome trials)',
      'expert opinion',
      true,
      true,
    ),
    recentWindowDays: spec(
      'Recent window for phase 4–6 criteria',
      14,
      [7, 42],
      'days',
      EO,
      'expert opinion',
      false,
      true,
    ),
    teamSessionsBeforeSelection: spec(
      'Full team sessions before match selection',
      2,
      [1, 6],
      'sessions',
      'Expert Delphi [L] ("≥2 full team sessions")',
      'consensus',
      false,
      true,
    ),
    fieldTestPercentOfBaseline: spec(
      'Field tests (10 m, max velocity) vs pre-injury',
      95,
      [70, 100],
      '%',
      EO,
      'expert opinion',
      true,
    ),
    apprehensionReadyMax: spec(
      'Psychological readiness: apprehension at most',
      20,
      [0, 100],
      'points of 100',
      '[EO]; van der Horst 2017 Delphi "psychological readiness"',
      'expert opinion',
      true,
    ),
    painSettlingChecks: spec(
      'Morning checks needed to call pain stable or improving',
      3,
      [2, 7],
      'checks',
      EO,
      'expert opinion',
      false,
      true,
    ),
  },
  gap: {
    windowDays: spec(
      'Gap window',
      7,
      [3, 14],
      'days',
      'domain.md §4',
      'expert opinion',
      false,
      true,
    ),
    redBelow: spec(
      'Coverage: red below',
      0.5,
      [0, 1],
      'ratio',
      '[EO] status bands, not validated',
      'expert opinion',
      true,
    ),
    greenFrom: spec(
      'Coverage: green from',
      0.9,
      [0, 2],
      'ratio',
      '[EO] status bands, not validated',
      'expert opinion',
      true,
    ),
    maxVelocityGreenFrom: spec(
      'Max velocity: green from (share of the required speed)',
      0.95,
      [0.5, 1],
      'ratio',
      '[EO]; Malone 2017 association (≥95 %)',
      'observational',
      true,
    ),
    ordinalAmberMaxGap: spec(
      'Ladders: amber up to a gap of',
      1,
      [0, 4],
      'levels',
      EO,
      'expert opinion',
      true,
      true,
    ),
    codMaxIntensityPercent: spec(
      'A pre-planned cut counts as full speed from',
      90,
      [50, 100],
      '% effort',
      EO,
      'expert opinion',
      false,
    ),
    contactCountMinLevel: spec(
      'Contacts counted towards the match count from level',
      1,
      [1, 3],
      'level',
      EO,
      'expert opinion',
      false,
      true,
    ),
  },
  load: {
    acuteDays: spec('Acute load window', 7, [3, 14], 'days', 'G5', 'expert opinion', false, true),
    chronicDays: spec(
      'Chronic load window',
      28,
      [14, 56],
      'days',
      'G5',
      'expert opinion',
      false,
      true,
    ),
    spikeRatio: spec(
      'Prompt a review when the 7-day total exceeds the usual week by',
      1.3,
      [1, 3],
      '× chronic weekly mean',
      '[EO]; Duhig 2016 (AFL, OR 6.4 for a week above usual)',
      'observational',
      true,
    ),
    ewmaAcuteDays: spec(
      'EWMA acute N (display only)',
      7,
      [3, 14],
      'days',
      'Williams 2017',
      'disputed',
      true,
      true,
    ),
    ewmaChronicDays: spec(
      'EWMA chronic N (display only)',
      28,
      [14, 56],
      'days',
      'Williams 2017',
      'disputed',
      true,
      true,
    ),
    ewmaHistoryDays: spec(
      'EWMA: days of history used',
      112,
      [28, 365],
      'days',
      `${EO}; older days weigh <0.3 % at N = 28`,
      'expert opinion',
      false,
      true,
    ),
  },
  biologyFloor: {
    bamic2cDays: spec(
      'BAMIC 2c: typical days to full training',
      34,
      [0, 365],
      'days',
      'Pollock 2022 (track and field, 34 ± 7 d)',
      'weak',
      true,
    ),
    bamic3cDays: spec(
      'BAMIC 3c: typical days to full training',
      48,
      [0, 365],
      'days',
      'Pollock 2022 (track and field, 48 ± 17 d)',
      'weak',
      true,
    ),
    allGradesMeanDays: spec(
      'Other grades: mean days to full training',
      18.6,
      [0, 365],
      'days',
      'Pollock 2022 (track and field, all grades)',
      'weak',
      true,
    ),
    munichFunctionalDays: spec(
      'Munich functional disorders: typical days lost',
      5,
      [0, 60],
      'days',
      'Ekstrand 2013 (UEFA, median 5–8 d)',
      'observational',
      true,
    ),
    avulsionRepairDays: spec(
      'Proximal avulsion repair: mean time to return to sport',
      198,
      [0, 730],
      'days',
      'Hillier-Smith & Paton 2022 (mean 6.5 months)',
      'weak',
      true,
    ),
    stretchTypeEarlyDays: spec(
      'Stretch-type injury: return counts as early before',
      112,
      [0, 730],
      'days',
      '[EO] from Askling 2006: sprint-type median 16 wk, stretch-type 50 wk to pre-injury level',
      'expert opinion',
      true,
    ),
  },
  progression: {
    stride1Percent: spec(
      'Strides, first step',
      60,
      [40, 90],
      '% of max velocity',
      '[S4]',
      'expert opinion',
      true,
    ),
    stride2Percent: spec(
      'Strides, second step',
      70,
      [40, 95],
      '% of max velocity',
      '[S4]',
      'expert opinion',
      true,
    ),
    stride3Percent: spec(
      'Strides, third step (80–90 %)',
      80,
      [50, 95],
      '% of max velocity',
      '[S4]',
      'expert opinion',
      true,
    ),
    sprintingFromPercent: spec(
      'Running counts as sprinting from',
      70,
      [50, 95],
      '% of max velocity',
      '[S4] "sprints from 70 %"',
      'expert opinion',
      false,
    ),
  },
} as const satisfies Record<string, Record<string, NumberSpec>>

type SettingSpecs = typeof settingSpecs

/** One editable threshold with its provenance. */
export const thresholdSettingSchema = z.strictObject({
  value: z.number(),
  unit: z.string().max(40),
  source: z.string().min(1, 'Name the source').max(200, 'Source can be at most 200 characters'),
  strength: z.enum(evidenceStrengths),
  notValidated: z.boolean(),
})
export type ThresholdSetting = z.output<typeof thresholdSettingSchema>

function boundedThreshold(numberSpec: NumberSpec) {
  const message = `${numberSpec.label} must be between ${numberSpec.min} and ${numberSpec.max} ${numberSpec.unit}`
  let value = z
    .number({ error: `${numberSpec.label} must be a number` })
    .min(numberSpec.min, message)
    .max(numberSpec.max, message)
  if (numberSpec.integer === true) value = value.int(`${numberSpec.label} must be a whole number`)
  return thresholdSettingSchema.extend({ value })
}

/** Choices that are not numbers. */
export const settingOptionsSchema = z.strictObject({
  /** Standard pathway: move the athlete on when every exit criterion is met and no hold applies. */
  autoAdvance: z.boolean(),
  /** Dimensions whose status also needs the 7-day total to cover a match week (domain.md §4). */
  weekCoverageDimensions: z.array(z.enum(demandDimensions)).max(demandDimensions.length),
  /** Dimensions on which the G5 spike prompt runs. */
  spikeDimensions: z.array(z.enum(loadDimensions)).max(loadDimensions.length),
})

type GroupSettings<G extends Record<string, NumberSpec>> = { [K in keyof G]: ThresholdSetting }

/** All settings: numeric thresholds by group, plus options. */
export type Settings = { [G in keyof SettingSpecs]: GroupSettings<SettingSpecs[G]> } & {
  options: z.output<typeof settingOptionsSchema>
}

function groupSchema(group: Record<string, NumberSpec>) {
  const shape: Record<string, ReturnType<typeof boundedThreshold>> = {}
  for (const [key, numberSpec] of Object.entries(group)) shape[key] = boundedThreshold(numberSpec)
  return z.strictObject(shape)
}

function buildSchema() {
  const shape: Record<string, z.ZodType> = { options: settingOptionsSchema }
  for (const [group, specs] of Object.entries(settingSpecs)) shape[group] = groupSchema(specs)
  return z.strictObject(shape).superRefine((value, ctx) => {
    for (const message of settingsProblems(value as unknown as Settings)) {
      ctx.addIssue({ code: 'custom', message })
    }
  }) as unknown as z.ZodType<Settings>
}

/** Validates settings edited in the app (every value bounded, every source named). */
export const settingsSchema = buildSchema()

function defaultsOf(group: Record<string, NumberSpec>): Record<string, ThresholdSetting> {
  const result: Record<string, ThresholdSetting> = {}
  for (const [key, s] of Object.entries(group)) {
    result[key] = {
      value: s.default,
      unit: s.unit,
      source: s.source,
      strength: s.strength,
      notValidated: s.notValidated,
    }
  }
  return result
}

function buildDefaults(): Settings {
  const result: Record<string, unknown> = {
    options: {
      autoAdvance: true,
      weekCoverageDimensions: ['hsr'],
      spikeDimensions: ['hsr'],
    },
  }
  for (const [group, specs] of Object.entries(settingSpecs)) result[group] = defaultsOf(specs)
  return result as Settings
}

/** The product defaults of domain.md, each with its source. Frozen: copy before editing. */
export const defaultSettings: Settings = deepFreeze(buildDefaults())

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/** One row per numeric setting, for the Settings page and the PDF appendix. */
export interface SettingDescription {
  group: string
  key: string
  label: string
  unit: string
  min: number
  max: number
  integer: boolean
}

export const settingDescriptions: readonly SettingDescription[] = Object.entries(
  settingSpecs,
).flatMap(([group, specs]) =>
  Object.entries(specs as Record<string, NumberSpec>).map(([key, s]) => ({
    group,
    key,
    label: s.label,
    unit: s.unit,
    min: s.min,
    max: s.max,
    integer: s.integer === true,
  })),
)

/**
 * Cross-field checks the per-value bounds cannot express: the band edges must be ordered.
 * Returns messages a coach understands; empty when the settings are coherent.
 */
export function settingsProblems(settings: Settings): string[] {
  const problems: string[] = []
  const rl = settings.responseLight
  if (rl.painDuringGreenMax.value > rl.painDuringAmberMax.value) {
    problems.push('The green pain limit must not be above the amber pain limit')
  }
  if (rl.painWorseningPoints.value > rl.painWorseningRedPoints.value) {
    problems.push('The "worse" pain rise must not be above the "back off" pain rise')
  }
  if (settings.gap.redBelow.value > settings.gap.greenFrom.value) {
    problems.push('The red coverage band must end below the green band')
  }
  const p = settings.progression
  if (
    p.stride1Percent.value >= p.stride2Percent.value ||
    p.stride2Percent.value >= p.stride3Percent.value ||
    p.stride3Percent.value >= settings.criteria.vmaxPercent.value
  ) {
    problems.push('Stride steps must rise step by step and stay below the max-velocity target')
  }
  if (settings.load.ewmaAcuteDays.value >= settings.load.ewmaChronicDays.value) {
    problems.push('The EWMA acute N must be shorter than the chronic N')
  }
  return problems
}
