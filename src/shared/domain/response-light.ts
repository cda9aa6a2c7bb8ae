import { addDays } from '../dates'
import type { SpeedWarningSign } from '../schemas/exposure-session'
import type { ResponseCheckFacts } from '../schemas/response-check'
import type { EvidenceStrength, TrafficLight } from '../schemas/scales'
import type { Settings } from './settings'

/**
 * The 24-hour response (G1) and pain during activity (G2) → green / amber / red, with every
 * reason spelled out. Green may progress, amber repeats the same load, red backs off.
 */

export type ResponseAction = 'may progress' | 'repeat' | 'back off'

export interface ResponseReason {
  light: TrafficLight
  rule: 'G1' | 'G2' | 'G3'
  text: string
  source: string
  strength: EvidenceStrength
}

export interface ResponseLightResult {
  /** Morning of the check, `YYYY-MM-DD`. */
  date: string
  /** Loading day the check responds to, `YYYY-MM-DD`. */
  respondsTo: string
  light: TrafficLight
  action: ResponseAction
  reasons: ResponseReason[]
}

export interface ResponseLightInput {
  check: Pick<
    ResponseCheckFacts,
    | 'date'
    | 'respondsTo'
    | 'painAtRest'
    | 'painOnTask'
    | 'stiffness'
    | 'akeDeg'
    | 'palpationPain'
    | 'apprehension'
  >
  /** The morning before, used as the baseline of G1; null for the first check. */
  previous: Pick<
    ResponseCheckFacts,
    'painAtRest' | 'painOnTask' | 'stiffness' | 'akeDeg' | 'palpationPain' | 'apprehension'
  > | null
  /** Worst pain during the loading day's sessions, 0–10; null if none was logged. */
  painDuring: number | null
  /** Warning signs logged during speed work on the loading day (G3). */
  warningSigns: readonly SpeedWarningSign[]
  /** Mean pain during sessions in the 7 days up to the loading day, 0–10. */
  painDuringThisWeek: number | null
  /** Mean pain during sessions in the 7 days before that, 0–10. */
  painDuringLastWeek: number | null
}

const G1_SOURCE = 'G1: Silbernagel 2007 (Achilles, extrapolated); [S2][S4] traffic light; [S0]'
const G2_SOURCE = 'G2: Silbernagel pain-monitoring model (tendinopathy); Hickey 2020'
const G3_SOURCE = 'G3: [S2]; H-test insecurity concept'

function points(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`
}

const rank: Record<TrafficLight, number> = { green: 0, amber: 1, red: 2 }
const actionOf: Record<TrafficLight, ResponseAction> = {
  green: 'may progress',
  amber: 'repeat',
  red: 'back off',
}

function worst(a: TrafficLight, b: TrafficLight): TrafficLight {
  return rank[a] >= rank[b] ? a : b
}

/**
 * The traffic light of one morning check. Pain values are 0–10, apprehension 0–100, AKE in
 * degrees reached (loss is measured in % of the previous morning's range).
 */
export function responseLight(input: ResponseLightInput, settings: Settings): ResponseLightResult {
  const s = settings.responseLight
  const { check, previous } = input
  const reasons: ResponseReason[] = []
  const g1 = (light: TrafficLight, text: string, strength: EvidenceStrength = 'weak') =>
    reasons.push({ light, rule: 'G1', text, source: G1_SOURCE, strength })

  // G1: next morning against the morning before.
  const morningPain = Math.max(check.painAtRest, check.painOnTask)
  let worseSigns = 0
  if (previous === null) {
    if (morningPain <= s.firstCheckPainGreenMax.value && !check.palpationPain) {
      g1('green', `First morning check: pain ${morningPain}/10, nothing to compare with yet`)
    } else {
      g1(
        'amber',
        check.palpationPain
          ? 'First morning check: painful to touch, nothing to compare with yet'
          : `First morning check: pain ${morningPain}/10, nothing to compare with yet`,
      )
    }
  } else {
    const painRise = Math.max(
      check.painAtRest - previous.painAtRest,
      check.painOnTask - previous.painOnTask,
    )
    const signs: string[] = []
    if (painRise >= s.painWorseningPoints.value) signs.push(`pain up ${points(painRise)}`)
    const stiffRise = check.stiffness - previous.stiffness
    if (stiffRise >= s.stiffnessWorseningPoints.value)
      signs.push(`stiffness up ${points(stiffRise)}`)
    if (check.akeDeg !== null && previous.akeDeg !== null && previous.akeDeg > 0) {
      const lossPercent = ((previous.akeDeg - check.akeDeg) / previous.akeDeg) * 100
      if (lossPercent > s.akeLossPercent.value) {
        signs.push(`knee-extension range down ${Math.round(lossPercent)} %`)
      }
    }
    if (check.palpationPain && !previous.palpationPain) signs.push('new pain on touch')
    const apprehensionRise = check.apprehension - previous.apprehension
    if (apprehensionRise >= s.apprehensionRisePoints.value) {
      signs.push(`apprehension up ${points(apprehensionRise)}`)
    }
    worseSigns = signs.length
    if (signs.length === 0) {
      g1('green', 'Next morning stable or better than the morning before')
    } else {
      const backOff =
        signs.length >= s.signsForRed.value || painRise >= s.painWorseningRedPoints.value
      g1(backOff ? 'red' : 'amber', `Worse than the morning before: ${signs.join(', ')}`)
    }
  }
  if (morningPain > s.morningPainRedAbove.value) {
    g1(
      'red',
      `Morning pain ${morningPain}/10 is above ${s.morningPainRedAbove.value}`,
      'expert opinion',
    )
  }

  // G2: pain during the loading day. Amber only if settled next morning and not rising.
  if (input.painDuring !== null) {
    const pain = input.painDuring
    const g2 = (light: TrafficLight, text: string) =>
      reasons.push({ light, rule: 'G2', text, source: G2_SOURCE, strength: 'moderate' })
    if (pain > s.painDuringAmberMax.value) {
      g2(
        'red',
        `Pain during the session ${pain}/10: above ${s.painDuringAmberMax.value} means stop`,
      )
    } else if (pain > s.painDuringGreenMax.value) {
      const rising =
        input.painDuringThisWeek !== null &&
        input.painDuringLastWeek !== null &&
        input.painDuringThisWeek - input.painDuringLastWeek >= s.painRisingWeekToWeekPoints.value
      if (worseSigns > 0) {
        g2('red', `Pain during the session ${pain}/10 and not settled by the next morning`)
      } else if (rising) {
        g2('red', `Pain during the session ${pain}/10 and rising week to week`)
      } else {
        g2(
          'amber',
          `Pain during the session ${pain}/10: acceptable only if it settles and is not rising`,
        )
      }
    } else {
      g2('green', `Pain during the session ${pain}/10`)
    }
  }

  // G3: warning signs during speed work mean stop and drop one step.
  if (input.warningSigns.length > 0) {
    reasons.push({
      light: 'amber',
      rule: 'G3',
      text: `During speed work: ${input.warningSigns.join(', ')}; drop one intensity step`,
      source: G3_SOURCE,
      strength: 'expert opinion',
    })
  }

  const light = reasons.reduce<TrafficLight>((acc, reason) => worst(acc, reason.light), 'green')
  return {
    date: check.date,
    respondsTo: check.respondsTo ?? addDays(check.date, -1),
    light,
    action: actionOf[light],
    reasons,
  }
}
