import { phaseIndex, type Stressor } from '../schemas/scales'
import { prepareCase, type AthleteCase, type PreparedCase } from './case'
import { evaluatePhasesPrepared, type LockStatus, type PhaseEvaluation } from './phases'
import type { Settings } from './settings'
import { stepDefinitions, stepProgress, type StepId, type StepProgress } from './steps'

/**
 * The smallest safe next step (G4, G1, G9): one new stressor at a time in G4's order, never
 * while the last morning was amber or red, never into a load a surgeon has ruled out. Always a
 * suggestion for discussion with medical staff, never a clearance.
 */

export type NextStepKind =
  | 'back off'
  | 'repeat'
  | 'progress'
  | 'consolidate'
  | 'work on criteria'
  | 'enter demands'
  | 'wait'
  | 'discuss next phase'
  | 'maintain'

export interface BlockedStep {
  stepId: StepId
  title: string
  restriction: string
  /** Day the restriction lifts, `YYYY-MM-DD`. */
  until: string
}

export interface NextStep {
  kind: NextStepKind
  title: string
  detail: string
  stepId: StepId | null
  stressor: Stressor | null
  /** The rule behind the suggestion (G1, G4 rule, G9…). */
  rule: string
  source: string
  blockedSteps: BlockedStep[]
  /** Always shown with the suggestion. */
  forDiscussion: string
}

export const FOR_DISCUSSION = 'For discussion with medical staff.'
const G4_SOURCE = 'G4: [S2][S4]; control–chaos continuum [EO]'

function restrictionFor(stressor: Stressor, locks: readonly LockStatus[]): LockStatus | null {
  let found: LockStatus | null = null
  for (const lock of locks) {
    if (!lock.active || !lock.stressors.includes(stressor)) continue
    if (found === null || lock.until > found.until) found = lock
  }
  return found
}

function step(
  kind: NextStepKind,
  title: string,
  detail: string,
  rule: string,
  source: string,
  extra: Partial<NextStep> = {},
): NextStep {
  return {
    kind,
    title,
    detail,
    stepId: null,
    stressor: null,
    rule,
    source,
    blockedSteps: [],
    forDiscussion: FOR_DISCUSSION,
    ...extra,
  }
}

/** The next step over a prepared case and its phase evaluation (shared by `assessAthlete`). */
export function nextStepPrepared(
  p: PreparedCase,
  phases: PhaseEvaluation,
  progress?: StepProgress,
): NextStep {
  const settings = p.settings
  const demand = p.source.demand
  const steps = progress ?? stepProgress(p, p.todayN)
  const response = phases.latestResponse
  const newest = (day: string): StepId | null => {
    const intro = steps.introductions.findLast((entry) => entry.session.date === day)
    return intro === undefined ? null : (intro.steps.at(-1) ?? null)
  }

  if (response !== null && response.light === 'red') {
    const added = newest(response.respondsTo)
    const addedTitle =
      added === null ? null : stepDefinitions.find((s) => s.id === added)?.title(settings, demand)
    return step(
      'back off',
      'Back off to the last load that gave a green morning',
      `${response.reasons
        .filter((r) => r.light === 'red')
        .map((r) => r.text)
        .join('; ')}.${addedTitle ? ` Drop the newest step (${addedTitle.toLowerCase()}).` : ''}`,
      'G1 24-hour rule; G2 pain during activity',
      'Silbernagel 2007; [S2][S4]',
      { stepId: added },
    )
  }
  if (response !== null && response.light === 'amber') {
    return step(
      'repeat',
      'Repeat the last load; add nothing new',
      `${response.reasons
        .filter((r) => r.light === 'amber')
        .map((r) => r.text)
        .join('; ')}. Progress only after a green morning.`,
      'G1 24-hour rule; G2 pain during activity',
      'Silbernagel 2007; [S2][S4]',
    )
  }

  const current = phaseIndex(phases.currentPhase)
  const blockedSteps: BlockedStep[] = []
  for (const definition of stepDefinitions) {
    // Steps of the current phase only: a passed gate means the earlier work is done.
    if (phaseIndex(definition.phase) !== current) continue
    if (!definition.required(demand) || steps.reached.has(definition.id)) continue
    const ready = definition.requires.every((id) => {
      const before = stepDefinitions.find((s) => s.id === id)
      return (
        before === undefined ||
        !before.required(demand) ||
        phaseIndex(before.phase) < current ||
        steps.reached.has(id)
      )
    })
    if (!ready) continue
    const title = definition.title(settings, demand)
    const lock = restrictionFor(definition.stressor, phases.locks)
    if (lock !== null) {
      blockedSteps.push({
        stepId: definition.id,
        title,
        restriction: lock.restriction,
        until: lock.until,
      })
      continue
    }
    const tried = steps.exposed.has(definition.id)
    return step(
      tried ? 'consolidate' : 'progress',
      tried ? `Repeat: ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title,
      tried
        ? 'Done once without a green next morning yet: repeat it and log the morning check before adding anything.'
        : 'Add only this one new stressor in the session, then check the next morning.',
      `G4: ${definition.rule}; one new stressor per session`,
      G4_SOURCE,
      { stepId: definition.id, stressor: definition.stressor, blockedSteps },
    )
  }

  if (blockedSteps.length > 0) {
    const first = blockedSteps.reduce((a, b) => (a.until <= b.until ? a : b))
    return step(
      'wait',
      `Keep the current work until ${first.until}`,
      `${first.title} is ruled out by the surgeon's restriction "${first.restriction}".`,
      'G9 post-operative locks',
      'Product safety rule',
      { blockedSteps },
    )
  }
  if (phases.currentPhase === 'P6') {
    return step(
      'maintain',
      'Keep weekly max-velocity exposure and Nordic / lengthened strength work',
      'Re-injury risk is highest in the first weeks after return to sport.',
      'G8; phase 6',
      'Malone 2017; Zein 2024',
    )
  }
  if (current >= phaseIndex('P4') && demand === null) {
    return step(
      'enter demands',
      'Enter the sport demands',
      'Sport-specific steps follow the demands of the sport and position.',
      'domain.md §4',
      'domain.md §4',
    )
  }
  const lockBlocker = phases.blockers.find((b) => b.kind === 'lock')
  const open = phases.blockers.filter(
    (b) => b.kind === 'criterion' || (b.kind === 'decision' && b.criterionId !== null),
  )
  if (open.length > 0) {
    const first = open[0] as (typeof open)[number]
    const phase = phases.phases[current]
    return step(
      'work on criteria',
      first.kind === 'decision'
        ? 'Ask for the clinician decision this gate needs'
        : `Work towards: ${first.text.split(':')[0]}`,
      `${first.text}.${phase === undefined ? '' : ` Phase work: ${phase.content}`}`,
      'Criteria-based progression',
      'domain.md §3',
    )
  }
  if (lockBlocker !== undefined) {
    return step(
      'wait',
      `Keep the current work until ${lockBlocker.until}`,
      lockBlocker.text,
      'G9 post-operative locks',
      'Product safety rule',
    )
  }
  return step(
    'discuss next phase',
    `Discuss moving to ${phases.nextPhase ?? 'the next phase'}`,
    'The exit criteria of this phase are met.',
    'G10 decision authority',
    'van der Horst 2017; Ardern 2016',
  )
}

/**
 * The smallest safe next step for the athlete on `athleteCase.today`: back off after a red
 * morning, repeat after amber, else the first step of G4's ladder not yet consolidated whose
 * prerequisites are, skipping loads a surgeon has ruled out; otherwise the next criterion.
 */
export function nextSmallestStep(athleteCase: AthleteCase, settings: Settings): NextStep {
  const p = prepareCase(athleteCase, settings)
  return nextStepPrepared(p, evaluatePhasesPrepared(p))
}
