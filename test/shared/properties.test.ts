import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import type {
  AthleteCase,
  CaseAssessment,
  CaseResponseCheck,
  CaseSession,
} from '@shared/domain/case'
import { gapAnalysis, type DimensionGap } from '@shared/domain/gap-analysis'
import { evaluatePhases } from '@shared/domain/phases'
import { nextSmallestStep } from '@shared/domain/next-step'
import { responseLight } from '@shared/domain/response-light'
import { stepById } from '@shared/domain/steps'
import { standardPathway } from '@shared/domain/pathways'
import { addDays } from '@shared/dates'
import { criterionIds } from '@shared/schemas/phase-record'
import { lockablePhases } from '@shared/schemas/injury'
import { phaseIds, phaseIndex, stressors } from '@shared/schemas/scales'
import {
  athleteCase,
  check,
  injury,
  override,
  record,
  running,
  session,
  settings,
  test,
} from './support/builders'
import { completeSoccerDemand } from './support/scenario'

// Cases live in March 2025: injury on 1 March, today 31 March.
const TODAY = '2025-03-31'
const day = fc.integer({ min: 0, max: 30 }).map((n) => addDays('2025-03-01', n))
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null })

const sessionArb: fc.Arbitrary<CaseSession> = fc
  .record({
    date: day,
    type: fc.constantFrom('gym', 'field', 'match'),
    minutes: fc.integer({ min: 0, max: 120 }),
    chaosLevel: maybe(fc.integer({ min: 1, max: 5 })),
    hsr: maybe(fc.integer({ min: 0, max: 2000 })),
    sprint: maybe(fc.integer({ min: 0, max: 600 })),
    sprints: maybe(fc.integer({ min: 0, max: 80 })),
    peak: maybe(fc.double({ min: 3, max: 11, noNaN: true })),
    total: maybe(fc.integer({ min: 2600, max: 12_000 })),
    jog: maybe(fc.integer({ min: 0, max: 40 })),
    acc: maybe(fc.integer({ min: 0, max: 120 })),
    cod: fc.array(
      fc.record({
        type: fc.constantFrom('pre-planned', 'reactive', 'opposed'),
        angleDeg: fc.constant(null),
        intensityPercent: fc.integer({ min: 0, max: 100 }),
        count: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 2 },
    ),
    contacts: fc.array(
      fc.record({
        type: fc.constantFrom('pads', 'controlled live', 'full'),
        count: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 2 },
    ),
    longLeverLevel: fc.integer({ min: 0, max: 3 }),
    painDuring: maybe(fc.integer({ min: 0, max: 10 })),
    lengthened: fc.boolean(),
  })
  .map((r) =>
    session(r.date, {
      type: r.type,
      minutes: Math.max(r.minutes, r.jog ?? 0),
      chaosLevel: r.chaosLevel,
      running: running({
        hsrMetres: r.hsr,
        sprintMetres: r.sprint,
        sprintCount: r.sprints,
        peakVelocityMps: r.peak,
        totalDistanceMetres: r.total,
        continuousRunMinutes: r.jog,
      }),
      accelerationCount: r.acc,
      decelerationCount: r.acc,
      cod: r.cod,
      contacts: r.contacts,
      longLeverLevel: r.longLeverLevel,
      painDuring: r.painDuring,
      strength: r.lengthened
        ? [
            {
              exercise: 'Glider',
              sets: 3,
              reps: 6,
              loadKg: null,
              lengthened: true,
              eccentric: false,
            },
          ]
        : [],
    }),
  )

const checkArb: fc.Arbitrary<CaseResponseCheck> = fc
  .record({
    date: day,
    painAtRest: fc.integer({ min: 0, max: 3 }),
    painOnTask: fc.integer({ min: 0, max: 3 }),
    stiffness: fc.integer({ min: 0, max: 3 }),
    palpationPain: fc.boolean(),
    apprehension: fc.integer({ min: 0, max: 40 }),
  })
  .map((r) => check(r.date, r))

/** The database orders rows of one day by their creation instant; give each row its own. */
function created<T extends { date: string }>(rows: T[]): T[] {
  return rows.map((row, i) => ({
    ...row,
    createdAt: `${row.date}T07:${String(i).padStart(2, '0')}:00.000Z`,
  }))
}

const assessmentArb: fc.Arbitrary<CaseAssessment> = fc.oneof(
  fc
    .record({
      date: day,
      l: fc.integer({ min: 200, max: 400 }),
      r: fc.integer({ min: 200, max: 400 }),
    })
    .map((x) => test(x.date, 'NordBord', 'N', { left: x.l, right: x.r })),
  fc
    .record({
      date: day,
      l: fc.integer({ min: 200, max: 400 }),
      r: fc.integer({ min: 200, max: 400 }),
    })
    .map((x) => test(x.date, 'ISO_90_90', 'N', { left: x.l, right: x.r })),
  fc
    .record({ date: day, l: fc.integer({ min: 20, max: 60 }), r: fc.integer({ min: 20, max: 60 }) })
    .map((x) => test(x.date, 'SLHB', 's', { left: x.l, right: x.r })),
  fc
    .record({ date: day, l: fc.integer({ min: 10, max: 40 }), r: fc.integer({ min: 10, max: 40 }) })
    .map((x) => test(x.date, 'hop', 's', { left: x.l, right: x.r })),
  fc
    .record({ date: day, l: fc.integer({ min: 60, max: 90 }), r: fc.integer({ min: 60, max: 90 }) })
    .map((x) => test(x.date, 'AKE', 'deg', { left: x.l, right: x.r })),
  fc
    .record({ date: day, insecure: fc.boolean() })
    .map((x) => test(x.date, 'Askling_H', 'deg/s', {}, { insecurity: x.insecure })),
)

/**
 * Clinician overrides that carry the athlete through the first `k` phases on random days, so
 * generated cases spread over every phase instead of piling up in phase 0.
 */
const overridesArb = fc.integer({ min: 0, max: 6 }).chain((k) =>
  fc.tuple(
    ...standardPathway.phases
      .slice(0, k)
      .flatMap((p) => p.criteria)
      .map((id) => day.map((date) => override(id, date))),
  ),
)

const caseArb: fc.Arbitrary<AthleteCase> = fc
  .record({
    sessions: fc.array(sessionArb, { maxLength: 25 }),
    checks: fc.array(checkArb, { maxLength: 25 }),
    assessments: fc.array(assessmentArb, { maxLength: 10 }),
    overrides: overridesArb,
  })
  .map((r) =>
    athleteCase({
      today: TODAY,
      demand: completeSoccerDemand(),
      sessions: created(r.sessions),
      responseChecks: created(r.checks),
      assessments: r.assessments,
      overrides: [...r.overrides],
    }),
  )

function coverages(d: DimensionGap): (number | null)[] {
  return [d.coverageSingle, d.coverageWeek, d.countCoverage]
}

describe('invariants', () => {
  it('coverage is never negative and a ladder gap is never below zero', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const d of gapAnalysis(c, settings).dimensions) {
          for (const value of coverages(d))
            if (value !== null) expect(value).toBeGreaterThanOrEqual(0)
          if (d.levelGap !== null) expect(d.levelGap).toBeGreaterThanOrEqual(0)
          expect(Number.isFinite(d.bestSingle)).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('adding an exposure never lowers a coverage', () => {
    fc.assert(
      fc.property(caseArb, sessionArb, (c, extra) => {
        const before = gapAnalysis(c, settings)
        const after = gapAnalysis({ ...c, sessions: [...c.sessions, extra] }, settings)
        before.dimensions.forEach((d, i) => {
          const a = after.dimensions[i] as DimensionGap
          coverages(d).forEach((value, k) => {
            if (value !== null) expect(coverages(a)[k]).toBeGreaterThanOrEqual(value)
          })
          expect(a.bestSingle).toBeGreaterThanOrEqual(d.bestSingle)
          if (d.levelGap !== null) expect(a.levelGap).toBeLessThanOrEqual(d.levelGap)
        })
      }),
      { numRuns: 200 },
    )
  })

  it('an amber or red response never advances a phase', () => {
    const worse = fc.record({
      painAtRest: fc.integer({ min: 0, max: 10 }),
      stiffness: fc.integer({ min: 0, max: 10 }),
      palpationPain: fc.boolean(),
      apprehension: fc.integer({ min: 0, max: 100 }),
    })
    fc.assert(
      fc.property(caseArb, worse, (c, morning) => {
        const base = { ...c, responseChecks: c.responseChecks.filter((r) => r.date < TODAY) }
        const withMorning = {
          ...base,
          responseChecks: [...base.responseChecks, check(TODAY, morning)],
        }
        const evaluation = evaluatePhases(withMorning, settings)
        fc.pre(evaluation.latestResponse !== null && evaluation.latestResponse.light !== 'green')
        const yesterday = evaluatePhases({ ...base, today: addDays(TODAY, -1) }, settings)
        const sameDayWithout = evaluatePhases(base, settings)
        expect(phaseIndex(evaluation.currentPhase)).toBeLessThanOrEqual(
          phaseIndex(yesterday.currentPhase),
        )
        expect(phaseIndex(evaluation.currentPhase)).toBeLessThanOrEqual(
          phaseIndex(sameDayWithout.currentPhase),
        )
        expect(['hold', 'back off']).toContain(evaluation.status)
      }),
      { numRuns: 150 },
    )
  })

  it('a locked restriction always blocks its gate, whatever the data, overrides and records', () => {
    const lock = fc.record({
      gate: fc.constantFrom(...lockablePhases),
      daysLeft: fc.integer({ min: 1, max: 90 }),
      stressor: fc.constantFrom(...stressors),
      recorded: fc.constantFrom(...phaseIds),
    })
    fc.assert(
      fc.property(caseArb, lock, (c, l) => {
        const restricted: AthleteCase = {
          ...c,
          injury: injury({
            surgeonRestrictions: [
              {
                restriction: 'Surgeon restriction',
                until: addDays(TODAY, l.daysLeft),
                gate: l.gate,
                stressors: [l.stressor],
              },
            ],
          }),
          overrides: criterionIds.map((id) => override(id, '2025-03-02')),
          phaseRecords: [record(l.recorded, '2025-03-05')],
        }
        const evaluation = evaluatePhases(restricted, settings)
        expect(phaseIndex(evaluation.currentPhase)).toBeLessThan(phaseIndex(l.gate))
        const step = nextSmallestStep(restricted, settings)
        if (step.stepId !== null && step.kind !== 'back off') {
          expect(stepById.get(step.stepId)?.stressor).not.toBe(l.stressor)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('a worse morning never gives a better light', () => {
    const rank = { green: 0, amber: 1, red: 2 }
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        maybe(fc.integer({ min: 0, max: 10 })),
        (previousPain, stiffness, pain, painDuring) => {
          const previous = check('2025-03-09', { painAtRest: previousPain })
          const light = (p: number) =>
            responseLight(
              {
                check: check('2025-03-10', { painAtRest: p, stiffness }),
                previous,
                painDuring,
                warningSigns: [],
                painDuringThisWeek: null,
                painDuringLastWeek: null,
              },
              settings,
            ).light
          expect(rank[light(Math.min(10, pain + 1))]).toBeGreaterThanOrEqual(rank[light(pain)])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives the same result whatever order the rows arrive in (same-day rows by creation time)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const reversed = {
          ...c,
          sessions: [...c.sessions].reverse(),
          responseChecks: [...c.responseChecks].reverse(),
          assessments: [...c.assessments].reverse(),
        }
        const sorted = (x: AthleteCase) => ({
          ...x,
          sessions: [...x.sessions].sort((a, b) => a.date.localeCompare(b.date)),
        })
        expect(gapAnalysis(reversed, settings)).toEqual(gapAnalysis(sorted(c), settings))
        expect(evaluatePhases(reversed, settings).currentPhase).toBe(
          evaluatePhases(c, settings).currentPhase,
        )
      }),
      { numRuns: 100 },
    )
  })
})
