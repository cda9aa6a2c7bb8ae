import { prepareCase, type AthleteCase } from './case'
import { gapAnalysisAt, type GapAnalysis } from './gap-analysis'
import { guardrailAlertsPrepared, type GuardrailAlert } from './guardrails'
import { loadSummaryAt, type LoadSummary } from './load'
import { nextStepPrepared, type NextStep } from './next-step'
import { evaluatePhasesPrepared, type PhaseEvaluation } from './phases'
import type { ResponseLightResult } from './response-light'
import { riskFactors, type RiskFactor } from './risk-factors'
import type { Settings } from './settings'
import { stepProgress } from './steps'
import { expectedWindow, type ExpectedWindow } from './timeline'

/** Everything the athlete page, the roster row and the handover PDF show for one athlete. */
export interface AthleteAssessment {
  today: string
  /** Every morning check with its light, oldest first. */
  responses: ResponseLightResult[]
  phases: PhaseEvaluation
  gap: GapAnalysis
  load: LoadSummary
  alerts: GuardrailAlert[]
  nextStep: NextStep
  expectedWindow: ExpectedWindow | null
  riskFactors: RiskFactor[]
}

/**
 * The whole engine for one athlete in one pass: sorts once, computes every morning light once,
 * and shares them between phases, gap, load, guardrails and the next step. Use it for the
 * roster (one call per athlete) rather than calling each entry point separately.
 */
export function assessAthlete(athleteCase: AthleteCase, settings: Settings): AthleteAssessment {
  const p = prepareCase(athleteCase, settings)
  const phases = evaluatePhasesPrepared(p)
  const load = loadSummaryAt(p, p.todayN)
  const steps = stepProgress(p, p.todayN)
  return {
    today: athleteCase.today,
    responses: p.checkLights,
    phases,
    gap: gapAnalysisAt(p, p.todayN),
    load,
    alerts: guardrailAlertsPrepared(p, phases, load, steps),
    nextStep: nextStepPrepared(p, phases, steps),
    expectedWindow: expectedWindow(athleteCase.injury, settings),
    riskFactors: riskFactors(athleteCase, settings),
  }
}

/**
 * Morning checks with their lights from `fromDay` to today (`YYYY-MM-DD`), oldest first: the
 * 14-day strip of the handover PDF and the athlete page.
 */
export function responseHistory(
  athleteCase: AthleteCase,
  settings: Settings,
  fromDay: string,
): ResponseLightResult[] {
  return prepareCase(athleteCase, settings).checkLights.filter((light) => light.date >= fromDay)
}
