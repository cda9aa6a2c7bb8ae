import { dayOrdinal, daysBetween } from '../dates'
import { phaseIndex, type EvidenceStrength } from '../schemas/scales'
import {
  lowerBound,
  prepareCase,
  sessionPercentVmax,
  upperBound,
  type AthleteCase,
  type CaseSession,
  type PreparedCase,
} from './case'
import { sessionStressors } from './exposure'
import { loadSummaryAt, type LoadSummary } from './load'
import { evaluatePhasesPrepared, type PhaseEvaluation } from './phases'
import type { Settings } from './settings'
import { stepById, stepProgress, type StepProgress } from './steps'
import { expectedWindow } from './timeline'

/**
 * Progression guardrails G1–G10 (domain.md §5) as alerts with their source and strength of
 * evidence. Alerts inform; apart from the surgeon's locks (G9) nothing here blocks anything,
 * and G6 (ACWR / EWMA) never raises an alert by design.
 */

export type GuardrailRule = 'G1' | 'G2' | 'G3' | 'G4' | 'G5' | 'G6' | 'G7' | 'G8' | 'G9' | 'G10'
export type AlertSeverity = 'info' | 'caution' | 'stop'

export interface GuardrailAlert {
  rule: GuardrailRule
  severity: AlertSeverity
  title: string
  message: string
  /** Day the alert is about, `YYYY-MM-DD`, when it is about one day. */
  date: string | null
  source: string
  strength: EvidenceStrength
  notValidated: boolean
}

interface Context {
  p: PreparedCase
  phases: PhaseEvaluation
  load: LoadSummary
  steps: StepProgress
}

function alert(
  rule: GuardrailRule,
  severity: AlertSeverity,
  title: string,
  message: string,
  date: string | null,
  source: string,
  strength: EvidenceStrength,
  notValidated = false,
): GuardrailAlert {
  return { rule, severity, title, message, date, source, strength, notValidated }
}

function recentSessions(p: PreparedCase, days: number): CaseSession[] {
  const from = Math.max(p.todayN - days + 1, p.evidenceFromN)
  return p.sessions.slice(lowerBound(p.sessionDayN, from), upperBound(p.sessionDayN, p.todayN))
}

/** G1: the latest next-morning response was amber (repeat) or red (regress). */
export function responseAlerts({ phases }: Pick<Context, 'phases'>): GuardrailAlert[] {
  const r = phases.latestResponse
  if (r === null || r.light === 'green') return []
  const reasons = r.reasons
    .filter((reason) => reason.light !== 'green')
    .map((reason) => reason.text)
  return [
    alert(
      'G1',
      r.light === 'red' ? 'stop' : 'caution',
      r.light === 'red' ? 'Red morning: back off' : 'Amber morning: repeat, add nothing new',
      reasons.join('; '),
      r.date,
      'Silbernagel 2007 (Achilles, extrapolated); [S2][S4] traffic light; [S0]',
      'weak',
      true,
    ),
  ]
}

/** G2: pain during activity in the last days above the green band. */
export function painAlerts({ p }: Pick<Context, 'p'>): GuardrailAlert[] {
  const s = p.settings.responseLight
  const sessions = recentSessions(p, p.settings.load.acuteDays.value)
  for (let i = sessions.length - 1; i >= 0; i -= 1) {
    const session = sessions[i] as CaseSession
    if (session.painDuring === null) continue
    if (session.painDuring > s.painDuringAmberMax.value) {
      return [
        alert(
          'G2',
          'stop',
          `Pain ${session.painDuring}/10 during a session: stop`,
          `Above ${s.painDuringAmberMax.value}/10 the activity should stop.`,
          session.date,
          s.painDuringAmberMax.source,
          s.painDuringAmberMax.strength,
          s.painDuringAmberMax.notValidated,
        ),
      ]
    }
    if (session.painDuring > s.painDuringGreenMax.value) {
      return [
        alert(
          'G2',
          'caution',
          `Pain ${session.painDuring}/10 during a session`,
          'Acceptable only if it has settled by the next morning and is not rising week to week.',
          session.date,
          s.painDuringGreenMax.source,
          s.painDuringGreenMax.strength,
          s.painDuringGreenMax.notValidated,
        ),
      ]
    }
    return []
  }
  return []
}

/** G3: warning signs during speed work. */
export function speedWorkAlerts({ p }: Pick<Context, 'p'>): GuardrailAlert[] {
  return recentSessions(p, p.settings.load.acuteDays.value)
    .filter((session) => session.warningSigns.length > 0)
    .map((session) =>
      alert(
        'G3',
        'stop',
        'Warning signs during speed work',
        `${session.warningSigns.join(', ')}: stop and drop one intensity step.`,
        session.date,
        '[S2]; H-test insecurity concept',
        'expert opinion',
      ),
    )
}

/** G4: several new stressors in one session, or a step before the one that should come first. */
export function orderAlerts({ p, steps }: Pick<Context, 'p' | 'steps'>): GuardrailAlert[] {
  const fromN = p.todayN - p.settings.criteria.recentWindowDays.value + 1
  const demand = p.source.demand
  const result: GuardrailAlert[] = []
  for (const intro of steps.introductions) {
    if (dayOrdinal(intro.session.date) < fromN) continue
    const title = (id: Parameters<typeof stepById.get>[0]) =>
      stepById.get(id)?.title(p.settings, demand).toLowerCase() ?? id
    if (intro.steps.length >= 2) {
      result.push(
        alert(
          'G4',
          'caution',
          `${intro.steps.length} new stressors in one session`,
          `New in this session: ${intro.steps.map(title).join('; ')}. One new stressor per session.`,
          intro.session.date,
          'G4: [S2][S4]; control–chaos continuum [EO]',
          'expert opinion',
        ),
      )
    }
    if (intro.missing.length > 0) {
      result.push(
        alert(
          'G4',
          'caution',
          'Out of order',
          `Done before ${intro.missing.map(title).join('; ')}: volume before intensity, straight-line before cutting, pre-planned before reactive, non-contact before contact.`,
          intro.session.date,
          'G4: [S2][S4]; control–chaos continuum [EO]',
          'expert opinion',
        ),
      )
    }
  }
  return result
}

/** G5: the 7-day total is well above the athlete's usual week (a prompt to review, not a score). */
export function spikeAlerts({ p, load }: Pick<Context, 'p' | 'load'>): GuardrailAlert[] {
  const setting = p.settings.load.spikeRatio
  return load.dimensions
    .filter((d) => d.spike)
    .map((d) =>
      alert(
        'G5',
        'caution',
        `${d.label}: this week well above the usual week`,
        `Last 7 days ${Math.round(d.acute)} ${d.unit} vs a usual week of ${Math.round(d.chronicWeeklyMean)} ${d.unit} (${(d.acuteToChronic ?? 0).toFixed(2)}×, prompt above ${setting.value}×). Review the plan; this is not a risk score.`,
        load.today,
        setting.source,
        setting.strength,
        setting.notValidated,
      ),
    )
}

/**
 * G6: the EWMA acute:chronic ratio is shown for reading only. This function exists so the rule
 * has a home: it never returns an alert, whatever the ratio (Impellizzeri 2021; Lolli 2019).
 */
export function acwrAlerts(): GuardrailAlert[] {
  return []
}

/** True when P5 is reached or proposed (every P4 exit criterion met except the sign-off). */
function returnToTrainingInView(phases: PhaseEvaluation): boolean {
  if (phaseIndex(phases.currentPhase) >= phaseIndex('P5')) return true
  if (phases.currentPhase !== 'P4') return false
  const p4 = phases.phases[phaseIndex('P4')]
  return (
    p4 !== undefined &&
    p4.criteria.every(
      (c) => c.kind === 'sign-off' || c.status === 'met' || c.status === 'not required',
    )
  )
}

/** G7: return to training in view before the grade-typical window or early after a stretch-type injury. */
export function biologyFloorAlerts({ p, phases }: Pick<Context, 'p' | 'phases'>): GuardrailAlert[] {
  if (!returnToTrainingInView(phases)) return []
  const injury = p.source.injury
  const result: GuardrailAlert[] = []
  const window = expectedWindow(injury, p.settings)
  if (window !== null) {
    const elapsed = daysBetween(window.from, p.source.today)
    if (elapsed < window.days) {
      result.push(
        alert(
          'G7',
          'caution',
          'Earlier than the typical window',
          `${window.basis}: typically about ${window.days} days; today is day ${elapsed}. A warning, not a block: criteria decide.`,
          p.source.today,
          window.source,
          window.strength,
          window.notValidated,
        ),
      )
    }
  }
  const stretch = p.settings.biologyFloor.stretchTypeEarlyDays
  const since = daysBetween(injury.injuryDate, p.source.today)
  if (injury.mechanism === 'stretch_type' && since < stretch.value) {
    result.push(
      alert(
        'G7',
        'caution',
        'Early after a stretch-type injury',
        `Day ${since} after a stretch-type injury. Stretch-type injuries took far longer to full level (median 50 weeks) than sprint-type (16 weeks).`,
        p.source.today,
        stretch.source,
        stretch.strength,
        stretch.notValidated,
      ),
    )
  }
  return result
}

/** G8: ≥1 exposure at ≥95 % max velocity before team training, and weekly after return. */
export function maxVelocityAlerts({ p, phases }: Pick<Context, 'p' | 'phases'>): GuardrailAlert[] {
  const setting = p.settings.criteria.vmaxPercent
  const make = (title: string, message: string, severity: AlertSeverity = 'caution') =>
    alert(
      'G8',
      severity,
      title,
      message,
      p.source.today,
      'Malone 2017 (Gaelic football, OR 0.12; observational)',
      'observational',
      setting.notValidated,
    )
  const current = phaseIndex(phases.currentPhase)
  const inView = returnToTrainingInView(phases)
  if (!inView && current < phaseIndex('P5')) return []
  if (p.vmaxBaselineMps === null) {
    return [
      make(
        'Pre-injury max velocity missing',
        'Enter it to track exposure at ≥95 % of max velocity.',
        'info',
      ),
    ]
  }
  const fastSince = (fromN: number) => {
    for (
      let i = upperBound(p.sessionDayN, p.todayN) - 1;
      i >= lowerBound(p.sessionDayN, fromN);
      i -= 1
    ) {
      const percent = sessionPercentVmax(p, p.sessions[i] as CaseSession)
      if (percent !== null && percent >= setting.value) return true
    }
    return false
  }
  if (current >= phaseIndex('P5')) {
    return fastSince(p.todayN - p.settings.gap.windowDays.value + 1)
      ? []
      : [
          make(
            'No near-maximal sprint this week',
            `Keep at least one exposure at ≥${setting.value} % of max velocity every week.`,
          ),
        ]
  }
  return fastSince(p.evidenceFromN)
    ? []
    : [
        make(
          'No near-maximal sprint before team training',
          `Expose the athlete to ≥${setting.value} % of max velocity at least once before full team training.`,
        ),
      ]
}

/** G9: surgeon restrictions in force, records that contradict them, sessions that broke them. */
export function restrictionAlerts({ p, phases }: Pick<Context, 'p' | 'phases'>): GuardrailAlert[] {
  const result: GuardrailAlert[] = []
  for (const lock of phases.locks) {
    if (!lock.active) continue
    result.push(
      alert(
        'G9',
        'info',
        `Locked until ${lock.until}`,
        `${lock.restriction}${lock.gate === null ? '' : ` (no ${lock.gate} or later)`}${lock.stressors.length === 0 ? '' : `; ruled out: ${lock.stressors.join(', ')}`}. Coaches cannot override it.`,
        lock.until,
        'Product safety rule',
        'product rule',
      ),
    )
  }
  for (const conflict of phases.conflicts) {
    result.push(
      alert(
        'G9',
        'stop',
        'Phase record ahead of a restriction',
        conflict,
        null,
        'Product safety rule',
        'product rule',
      ),
    )
  }
  const restrictions = p.source.injury.surgeonRestrictions.filter((r) => r.stressors.length > 0)
  if (restrictions.length > 0) {
    for (
      let i = lowerBound(p.sessionDayN, p.evidenceFromN);
      i < upperBound(p.sessionDayN, p.todayN);
      i += 1
    ) {
      const session = p.sessions[i] as CaseSession
      const found = sessionStressors(session, sessionPercentVmax(p, session), p.settings)
      for (const r of restrictions) {
        if (session.date >= r.until) continue
        const broken = r.stressors.filter((stressor) => found.has(stressor))
        if (broken.length === 0) continue
        result.push(
          alert(
            'G9',
            'stop',
            'Session during a restriction',
            `The session included ${broken.join(', ')} while "${r.restriction}" held until ${r.until}.`,
            session.date,
            'Product safety rule',
            'product rule',
          ),
        )
      }
    }
  }
  return result
}

/** G10: the gate to team training or to sport waits only for a named clinician. */
export function decisionAlerts({ phases }: Pick<Context, 'phases'>): GuardrailAlert[] {
  const current = phases.phases[phaseIndex(phases.currentPhase)]
  if (current === undefined || current.maintenance) return []
  const signOffs = current.criteria.filter((c) => c.kind === 'sign-off' && c.status !== 'met')
  if (signOffs.length === 0) return []
  const others = current.criteria.filter((c) => c.kind !== 'sign-off')
  if (!others.every((c) => c.status === 'met' || c.status === 'not required')) return []
  return signOffs.map((c) =>
    alert(
      'G10',
      'info',
      'Waiting for a named clinician',
      `${c.name}. The app shows criteria; it never clears an athlete.`,
      null,
      'van der Horst 2017; Ardern 2016',
      'consensus',
    ),
  )
}

const severityRank: Record<AlertSeverity, number> = { stop: 0, caution: 1, info: 2 }

/** Every guardrail alert over a prepared case, most severe first. */
export function guardrailAlertsPrepared(
  p: PreparedCase,
  phases: PhaseEvaluation,
  load: LoadSummary,
  steps: StepProgress,
): GuardrailAlert[] {
  const context: Context = { p, phases, load, steps }
  return [
    ...responseAlerts(context),
    ...painAlerts(context),
    ...speedWorkAlerts(context),
    ...orderAlerts(context),
    ...spikeAlerts(context),
    ...acwrAlerts(),
    ...biologyFloorAlerts(context),
    ...maxVelocityAlerts(context),
    ...restrictionAlerts(context),
    ...decisionAlerts(context),
  ]
    .map((a, order) => ({ a, order }))
    .sort((x, y) => severityRank[x.a.severity] - severityRank[y.a.severity] || x.order - y.order)
    .map(({ a }) => a)
}

/**
 * Guardrail alerts G1–G10 for the athlete on `athleteCase.today`, each with its source and
 * strength of evidence. Distances in metres, pain 0–10, velocity as % of pre-injury max.
 */
export function guardrailAlerts(athleteCase: AthleteCase, settings: Settings): GuardrailAlert[] {
  const p = prepareCase(athleteCase, settings)
  return guardrailAlertsPrepared(
    p,
    evaluatePhasesPrepared(p),
    loadSummaryAt(p, p.todayN),
    stepProgress(p, p.todayN),
  )
}
