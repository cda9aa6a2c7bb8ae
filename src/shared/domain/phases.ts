import { dayFromOrdinal, dayOrdinal, daysBetween } from '../dates'
import type { SurgeonRestriction } from '../schemas/injury'
import type { CriterionId, CriterionStatus } from '../schemas/phase-record'
import {
  phaseIds,
  phaseIndex,
  type EvidenceStrength,
  type PhaseId,
  type Stressor,
  type TrafficLight,
} from '../schemas/scales'
import {
  prepareCase,
  type AthleteCase,
  type CaseOverride,
  type CasePhaseRecord,
  type PreparedCase,
} from './case'
import {
  criterionDefinitions,
  evalContext,
  type CriterionEvidence,
  type CriterionKind,
  type EvalContext,
} from './criteria'
import { pathwayFor, type ContinuumStage, type Pathway, type PathwayId } from './pathways'
import type { ResponseLightResult } from './response-light'
import type { Settings } from './settings'

/**
 * Phase evaluation (domain.md §3, G1, G9, G10). Every criterion of every phase is evaluated
 * with its evidence and source; the current phase follows from the staff's latest phase record,
 * the gates whose criteria are met, the latest next-morning light and the surgeon's locks.
 */

export interface CriterionOverrideView {
  status: 'met' | 'not met'
  by: string
  role: string
  reason: string
  date: string
  /** Newer evidence exists than the override: worth a second look. */
  stale: boolean
}

export interface CriterionResult {
  id: CriterionId
  phase: PhaseId
  name: string
  kind: CriterionKind
  threshold: string
  source: string
  strength: EvidenceStrength
  notValidated: boolean
  /** Status after any clinician override. */
  status: CriterionStatus
  /** Status from the data alone. */
  computedStatus: CriterionStatus
  reason: string
  evidence: CriterionEvidence | null
  override: CriterionOverrideView | null
}

export interface LockStatus {
  restriction: string
  /** Day the lock lifts, `YYYY-MM-DD`. */
  until: string
  gate: PhaseId | null
  stressors: Stressor[]
  active: boolean
  /** Days until the lock lifts (0 when lifted). */
  daysLeft: number
}

export interface PhaseResult {
  phase: PhaseId
  name: string
  content: string
  chaos: string | null
  continuum: ContinuumStage | null
  maintenance: boolean
  criteria: CriterionResult[]
  /** Every exit criterion met (or not required, or overridden to met). */
  exitMet: boolean
}

export type PhaseStatus =
  'working on criteria' | 'ready for discussion' | 'hold' | 'back off' | 'locked' | 'maintain'

export interface Blocker {
  kind: 'criterion' | 'lock' | 'response' | 'decision'
  text: string
  criterionId: CriterionId | null
  /** For locks: the day the lock lifts. */
  until: string | null
}

export interface PhaseEvaluation {
  pathway: PathwayId
  pathwayName: string
  autoAdvance: boolean
  currentPhase: PhaseId
  currentPhaseName: string
  /** Day the athlete entered the current phase, `YYYY-MM-DD`. */
  phaseEntryDate: string
  daysInPhase: number
  /** Phase of the latest staff decision (phase record), or P0 from the injury or surgery. */
  recordedPhase: PhaseId
  status: PhaseStatus
  statusText: string
  latestResponse: ResponseLightResult | null
  /** First morning of the current run of amber/red responses, if any. */
  heldSince: string | null
  nextPhase: PhaseId | null
  /** What stands between the athlete and the next gate. */
  blockers: Blocker[]
  locks: LockStatus[]
  /** Phase records that conflict with a surgeon's lock (G9): shown, never obeyed. */
  conflicts: string[]
  /**
   * Criteria of phases already passed that are not met on today's data (a retest, a
   * clinician's "not met"). Gates stay passed; staff decide whether to move the athlete back.
   */
  noLongerMet: CriterionResult[]
  phases: PhaseResult[]
}

interface Floor {
  index: number
  entryDate: string
  /** The record moved the athlete back: evidence before it no longer opens later gates. */
  regression: boolean
  record: CasePhaseRecord | null
}

function sortedRecords(records: readonly CasePhaseRecord[]): CasePhaseRecord[] {
  return records
    .map((record, order) => ({ record, order }))
    .sort(
      (a, b) =>
        a.record.entryDate.localeCompare(b.record.entryDate) ||
        (a.record.createdAt ?? '').localeCompare(b.record.createdAt ?? '') ||
        a.order - b.order,
    )
    .map((entry) => entry.record)
}

function floorAt(p: PreparedCase, records: CasePhaseRecord[], cutoffN: number): Floor {
  let highest = -1
  let floor: Floor = {
    index: 0,
    entryDate: dayFromOrdinal(p.evidenceFromN - 1),
    regression: false,
    record: null,
  }
  for (const record of records) {
    if (dayOrdinal(record.entryDate) > cutoffN) break
    const index = phaseIndex(record.phase)
    floor = { index, entryDate: record.entryDate, regression: index < highest, record }
    highest = Math.max(highest, index)
  }
  return floor
}

/** Surgeon restrictions on `today`: a lock is active until (not including) its `until` day. */
export function restrictionLocks(
  restrictions: readonly SurgeonRestriction[],
  today: string,
): LockStatus[] {
  return restrictions.map((r) => {
    const daysLeft = Math.max(0, daysBetween(today, r.until))
    return {
      restriction: r.restriction,
      until: r.until,
      gate: r.gate,
      stressors: [...r.stressors],
      active: daysLeft > 0,
      daysLeft,
    }
  })
}

/** Highest phase index allowed by the active locks (6 when nothing is locked). */
export function lockCapIndex(locks: readonly LockStatus[]): number {
  let cap = phaseIds.length - 1
  for (const lock of locks) {
    if (lock.active && lock.gate !== null) cap = Math.min(cap, phaseIndex(lock.gate) - 1)
  }
  return cap
}

function latestOverrides(
  overrides: readonly CaseOverride[],
  fromN: number,
  toN: number,
): Map<CriterionId, CaseOverride> {
  const result = new Map<CriterionId, CaseOverride>()
  for (const override of overrides) {
    const day = dayOrdinal(override.date)
    if (day < fromN - 1 || day > toN) continue
    const current = result.get(override.criterionId)
    if (current === undefined || override.date >= current.date)
      result.set(override.criterionId, override)
  }
  return result
}

/** Highest phase index the locks allow on day `dayN` (a lock holds while the day is before `until`). */
function lockCapOn(restrictions: readonly SurgeonRestriction[], dayN: number): number {
  let cap = phaseIds.length - 1
  for (const r of restrictions) {
    if (r.gate !== null && dayN < dayOrdinal(r.until)) cap = Math.min(cap, phaseIndex(r.gate) - 1)
  }
  return cap
}

function criterionResult(
  p: PreparedCase,
  phase: PhaseId,
  id: CriterionId,
  ctx: EvalContext,
  overrides: Map<CriterionId, CaseOverride>,
): CriterionResult {
  const def = criterionDefinitions[id]
  const computed = def.evaluate(ctx)
  const setting = def.setting(p.settings)
  const override = overrides.get(id) ?? null
  return {
    id,
    phase,
    name: def.name,
    kind: def.kind,
    threshold: def.threshold(p.settings),
    source:
      setting === null || def.source === setting.source
        ? def.source
        : `${def.source}; setting: ${setting.source}`,
    strength: setting === null ? def.strength : setting.strength,
    notValidated: setting?.notValidated ?? false,
    status: override === null ? computed.status : override.status,
    computedStatus: computed.status,
    reason: computed.reason,
    evidence: computed.evidence,
    override:
      override === null
        ? null
        : {
            status: override.status,
            by: override.clinicianName,
            role: override.clinicianRole,
            reason: override.reason,
            date: override.date,
            stale: (computed.evidence?.date ?? '') > override.date,
          },
  }
}

const passes = (status: CriterionStatus) => status === 'met' || status === 'not required'

/** First day whose evidence counts for gates at or above the floor. */
function floorEvidenceFrom(p: PreparedCase, floor: Floor): number {
  return floor.regression ? Math.max(dayOrdinal(floor.entryDate), p.evidenceFromN) : p.evidenceFromN
}

/** Every criterion of every phase as the data stand on `cutoffN` (what the checklist shows). */
function criteriaOn(
  p: PreparedCase,
  pathway: Pathway,
  floor: Floor,
  cutoffN: number,
): PhaseResult[] {
  const floorFromN = floorEvidenceFrom(p, floor)
  const baseCtx = evalContext(p, p.evidenceFromN, cutoffN)
  const floorCtx = floorFromN === p.evidenceFromN ? baseCtx : evalContext(p, floorFromN, cutoffN)
  const baseOverrides = latestOverrides(p.source.overrides, p.evidenceFromN, cutoffN)
  const floorOverrides =
    floorFromN === p.evidenceFromN
      ? baseOverrides
      : latestOverrides(p.source.overrides, floorFromN, cutoffN)
  return pathway.phases.map((definition) => {
    const above = phaseIndex(definition.phase) >= floor.index
    const criteria = definition.criteria.map((id) =>
      criterionResult(
        p,
        definition.phase,
        id,
        above ? floorCtx : baseCtx,
        above ? floorOverrides : baseOverrides,
      ),
    )
    return {
      phase: definition.phase,
      name: definition.name,
      content: definition.content,
      chaos: definition.chaos,
      continuum: definition.continuum,
      maintenance: definition.maintenance,
      criteria,
      exitMet: criteria.every((c) => passes(c.status)),
    }
  })
}

/** Days on which a gate could open: every day with new evidence, a lock lifting, and the cutoff. */
function candidateDays(p: PreparedCase, fromN: number, cutoffN: number): number[] {
  const days = new Set<number>([cutoffN])
  const add = (day: number) => {
    if (day >= fromN && day <= cutoffN) days.add(day)
  }
  for (const day of p.sessionDayN) add(day)
  for (const day of p.checkDayN) add(day)
  for (const day of p.assessmentDayN) add(day)
  for (const row of p.source.overrides) add(dayOrdinal(row.date))
  for (const row of p.source.observations) add(dayOrdinal(row.date))
  for (const r of p.source.injury.surgeonRestrictions) add(dayOrdinal(r.until))
  return [...days].sort((a, b) => a - b)
}

/**
 * Walks the days from the floor to `cutoffN` and opens each gate on the first day its exit
 * criteria are met, no lock holds and the latest morning is not amber or red. A gate once
 * passed stays passed: a lighter week or an old retest never drops the athlete back a phase;
 * only a staff record moves an athlete back. Cost: one gate evaluation per evidence day.
 */
function walkGates(
  p: PreparedCase,
  pathway: Pathway,
  floor: Floor,
  cutoffN: number,
): { index: number; entryDate: string } {
  let index = floor.index
  let entryDate = floor.entryDate
  const fromN = floorEvidenceFrom(p, floor)
  const restrictions = p.source.injury.surgeonRestrictions
  const last = phaseIds.length - 1
  let check = -1
  for (const day of candidateDays(
    p,
    Math.max(dayOrdinal(floor.entryDate), p.evidenceFromN),
    cutoffN,
  )) {
    if (index >= last) break
    while (check + 1 < p.checkDayN.length && (p.checkDayN[check + 1] as number) <= day) check += 1
    const latest =
      check >= 0 && (p.checkDayN[check] as number) >= p.evidenceFromN
        ? p.checkLights[check]
        : undefined
    if (latest !== undefined && latest.light !== 'green') continue
    const cap = lockCapOn(restrictions, day)
    if (index + 1 > cap) continue
    const ctx = evalContext(p, fromN, day)
    const overrides = latestOverrides(p.source.overrides, fromN, day)
    while (index < last && index + 1 <= cap) {
      const definition = pathway.phases[index] as Pathway['phases'][number]
      const open = definition.criteria.every((id) => {
        const override = overrides.get(id)
        return override !== undefined
          ? override.status === 'met'
          : passes(criterionDefinitions[id].evaluate(ctx).status)
      })
      if (!open) break
      index += 1
      entryDate = dayFromOrdinal(day)
    }
  }
  return { index, entryDate }
}

/** Entry day when a lock holds the athlete below the walked phase: the floor's day at most. */
function lockedEntryDate(
  floor: Floor,
  walked: { index: number; entryDate: string },
  index: number,
): string {
  return index <= floor.index ? floor.entryDate : walked.entryDate
}

const statusTexts: Record<PhaseStatus, string> = {
  'working on criteria': 'Working towards the exit criteria of this phase',
  'ready for discussion': 'Exit criteria met: ready to discuss the next phase with medical staff',
  hold: 'Hold: amber next-morning response, repeat the current load',
  'back off': 'Back off: red next-morning response, reduce the load',
  locked: "The next phase is locked by a surgeon's restriction",
  maintain: 'Keep the protective work going',
}

/** Phase evaluation over a prepared case (shared by `assessAthlete`). */
export function evaluatePhasesPrepared(p: PreparedCase): PhaseEvaluation {
  const athleteCase = p.source
  const pathway = pathwayFor(athleteCase.injury)
  const autoAdvance = pathway.autoAdvance && p.settings.options.autoAdvance
  const records = sortedRecords(athleteCase.phaseRecords)
  const locks = restrictionLocks(athleteCase.injury.surgeonRestrictions, athleteCase.today)
  const lockCap = lockCapIndex(locks)

  const floor = floorAt(p, records, p.todayN)
  const results = criteriaOn(p, pathway, floor, p.todayN)

  // The latest morning decides whether the athlete may move on today (G1); the walk over the
  // days already skips amber and red days, so a hold never advances and never regresses.
  let latestResponse: ResponseLightResult | null = null
  let heldSince: string | null = null
  const lastCheck = p.checks.length - 1
  if (lastCheck >= 0 && (p.checkDayN[lastCheck] as number) >= p.evidenceFromN) {
    latestResponse = p.checkLights[lastCheck] as ResponseLightResult
    if (latestResponse.light !== 'green') {
      let k = lastCheck
      while (
        k > 0 &&
        (p.checkLights[k - 1] as ResponseLightResult).light !== 'green' &&
        (p.checkDayN[k - 1] as number) >= p.evidenceFromN
      )
        k -= 1
      heldSince = (p.checks[k] as (typeof p.checks)[number]).date
    }
  }

  const walked = autoAdvance
    ? walkGates(p, pathway, floor, p.todayN)
    : { index: floor.index, entryDate: floor.entryDate }
  const conflicts: string[] = []
  if (floor.index > lockCap) {
    conflicts.push(
      `The phase record (${phaseIds[floor.index]}, ${floor.entryDate}) is ahead of a surgeon's restriction; the restriction wins until it lifts`,
    )
  }
  const currentIndex = Math.min(walked.index, lockCap)
  const currentPhase = phaseIds[currentIndex] as PhaseId
  const current = results[currentIndex] as PhaseResult
  const phaseEntryDate =
    currentIndex === walked.index ? walked.entryDate : lockedEntryDate(floor, walked, currentIndex)
  const nextIndex = currentIndex + 1 < phaseIds.length ? currentIndex + 1 : null
  const nextLocks = locks.filter(
    (l) => l.active && l.gate !== null && nextIndex !== null && phaseIndex(l.gate) <= nextIndex,
  )

  const blockers: Blocker[] = []
  if (nextIndex !== null) {
    for (const criterion of current.criteria) {
      if (criterion.status === 'met' || criterion.status === 'not required') continue
      blockers.push({
        kind: criterion.kind === 'sign-off' ? 'decision' : 'criterion',
        text: `${criterion.name}: ${criterion.override === null ? criterion.reason : `overridden to not met by ${criterion.override.by}`}`,
        criterionId: criterion.id,
        until: null,
      })
    }
    for (const lock of nextLocks) {
      blockers.push({
        kind: 'lock',
        text: `${lock.restriction} (until ${lock.until})`,
        criterionId: null,
        until: lock.until,
      })
    }
    if (latestResponse !== null && latestResponse.light !== 'green') {
      blockers.push({
        kind: 'response',
        text: `Next-morning response ${latestResponse.light} on ${latestResponse.date}: ${latestResponse.light === 'red' ? 'back off' : 'repeat'} until a green morning`,
        criterionId: null,
        until: null,
      })
    }
    if (!autoAdvance && current.exitMet && nextLocks.length === 0) {
      blockers.push({
        kind: 'decision',
        text: 'This pathway never advances on its own: staff record the move after discussion with medical staff',
        criterionId: null,
        until: null,
      })
    }
  }

  let status: PhaseStatus
  if (latestResponse?.light === 'red') status = 'back off'
  else if (latestResponse?.light === 'amber') status = 'hold'
  else if (nextLocks.length > 0) status = 'locked'
  else if (nextIndex === null) status = 'maintain'
  else if (current.exitMet) status = 'ready for discussion'
  else status = 'working on criteria'

  return {
    pathway: pathway.id,
    pathwayName: pathway.name,
    autoAdvance,
    currentPhase,
    currentPhaseName: current.name,
    phaseEntryDate,
    daysInPhase: Math.max(0, daysBetween(phaseEntryDate, athleteCase.today)),
    recordedPhase: phaseIds[floor.index] as PhaseId,
    status,
    statusText: statusTexts[status],
    latestResponse,
    heldSince,
    nextPhase: nextIndex === null ? null : (phaseIds[nextIndex] as PhaseId),
    blockers,
    locks,
    conflicts,
    noLongerMet: results
      .slice(0, currentIndex)
      .flatMap((phase) => phase.criteria.filter((c) => c.status === 'not met')),
    phases: results,
  }
}

/**
 * Where the athlete stands in the phase model on `athleteCase.today`: every criterion of every
 * phase (met / not met / not assessed / not required, with evidence, date and source), the
 * current phase, what blocks the next gate, and the surgeon's locks. Dates are `YYYY-MM-DD`.
 */
export function evaluatePhases(athleteCase: AthleteCase, settings: Settings): PhaseEvaluation {
  return evaluatePhasesPrepared(prepareCase(athleteCase, settings))
}

/** The light of the latest morning check, for lists that only need the dot. */
export function latestLight(evaluation: PhaseEvaluation): TrafficLight | null {
  return evaluation.latestResponse?.light ?? null
}
