import { describe, it, expect } from 'vitest'
import { assessmentIndices, limbSymmetryIndex, percentOfBaseline } from '@shared/domain/assessments'
import { expectedWindow, typicalSurgicalIndication } from '@shared/domain/timeline'
import { riskFactors } from '@shared/domain/risk-factors'
import { weeklySummary } from '@shared/domain/weekly'
import { assessAthlete, responseHistory } from '@shared/domain/assess'
import { evaluatePhases } from '@shared/domain/phases'
import { gapAnalysis } from '@shared/domain/gap-analysis'
import { nextSmallestStep } from '@shared/domain/next-step'
import { emptyBaselines } from '@shared/schemas/athlete-profile'
import {
  athleteCase,
  check,
  injury,
  profile,
  run,
  session,
  settings,
  test,
} from './support/builders'
import { standardCase } from './support/scenario'

const baselines = {
  ...emptyBaselines,
  vmaxMps: { value: 10, date: '2025-01-10', source: 'GPS' },
  tenMetreSeconds: { value: 1.7, date: '2025-01-10', source: 'Timing gates' },
  nordicPeakForceN: { left: 400, right: 380, date: '2025-01-10', source: 'NordBord' },
  isometricKneeFlexorForceN: {
    left: 300,
    right: 290,
    protocol: '90/90' as const,
    date: '2025-01-10',
    source: 'Dynamometer',
  },
}

describe('limb symmetry and % of pre-injury baseline', () => {
  it('divides the injured leg by the other leg', () => {
    const nordic = test('2025-03-10', 'NordBord', 'N', { left: 340, right: 300 })
    expect(limbSymmetryIndex(nordic, 'right')).toBeCloseTo(88.235, 3)
    expect(limbSymmetryIndex(nordic, 'left')).toBeCloseTo(113.333, 3)
  })

  it('gives no symmetry without both legs or against a zero', () => {
    expect(
      limbSymmetryIndex(test('2025-03-10', 'NordBord', 'N', { left: 340 }), 'right'),
    ).toBeNull()
    expect(
      limbSymmetryIndex(test('2025-03-10', 'NordBord', 'N', { left: 0, right: 300 }), 'right'),
    ).toBeNull()
  })

  it('compares the injured leg with its own pre-injury value', () => {
    const nordic = test('2025-03-10', 'NordBord', 'N', { left: 340, right: 285 })
    expect(percentOfBaseline(nordic, 'right', baselines)).toBe(75)
  })

  it('inverts times: a slower 10 m is below 100 %', () => {
    expect(
      percentOfBaseline(test('2025-03-10', '10m', 's', { value: 2 }), 'right', baselines),
    ).toBe(85)
  })

  it('compares isometric strength only with a baseline in the same position', () => {
    const iso = test('2025-03-10', 'ISO_90_90', 'N', { left: 300, right: 261 })
    const ipct = test('2025-03-10', 'IPCT_90_20', 'N', { left: 300, right: 261 })
    expect(percentOfBaseline(iso, 'right', baselines)).toBe(90)
    expect(percentOfBaseline(ipct, 'right', baselines)).toBeNull()
  })

  it('gives both indices together for the tests page', () => {
    expect(
      assessmentIndices(test('2025-03-10', 'Vmax', 'm/s', { value: 9.5 }), 'left', baselines),
    ).toEqual({
      lsiPercent: null,
      percentOfBaseline: 95,
    })
  })
})

describe('grade-typical window (G7 and the squad PDF)', () => {
  it('uses 34 days for BAMIC 2c and 48 for 3c (Pollock 2022)', () => {
    expect(expectedWindow(injury({ bamicGrade: '2c' }), settings)).toMatchObject({
      days: 34,
      typicalDay: '2025-04-04',
      basis: 'BAMIC 2c',
    })
    expect(expectedWindow(injury({ bamicGrade: '3c' }), settings)?.days).toBe(48)
  })

  it('uses the all-grades mean for other BAMIC grades, rounded up to whole days', () => {
    expect(expectedWindow(injury({ bamicGrade: '1a' }), settings)?.days).toBe(19)
  })

  it('uses 5 days for a Munich functional disorder', () => {
    expect(expectedWindow(injury({ bamicGrade: null, munichGrade: '2B' }), settings)?.days).toBe(5)
  })

  it('counts from the repair for a proximal avulsion: about 6.5 months', () => {
    const repaired = injury({
      location: 'proximal',
      management: 'surgical',
      surgeryDate: '2025-03-10',
      avulsion: {
        tendonsInvolved: 2,
        extent: 'complete',
        retractionCm: 3,
        bonyAvulsion: false,
        chronicity: 'acute',
        sciaticNerveInvolved: false,
      },
    })
    expect(expectedWindow(repaired, settings)).toMatchObject({
      days: 198,
      from: '2025-03-10',
      typicalDay: '2025-09-24',
    })
  })

  it('tells whether an avulsion meets the usual surgical indication, marked as weak evidence', () => {
    expect(typicalSurgicalIndication({ tendonsInvolved: 2, retractionCm: 2.5 })).toMatchObject({
      typical: true,
      strength: 'weak',
    })
    expect(typicalSurgicalIndication({ tendonsInvolved: 2, retractionCm: 2 }).typical).toBe(false)
    expect(typicalSurgicalIndication({ tendonsInvolved: 1, retractionCm: 5 }).typical).toBe(false)
    expect(typicalSurgicalIndication({ tendonsInvolved: 3, retractionCm: null }).typical).toBeNull()
  })

  it('gives no window without a grade', () => {
    expect(expectedWindow(injury({ bamicGrade: null }), settings)).toBeNull()
  })
})

describe('risk panel (domain.md §7)', () => {
  it('raises previous and recent hamstring injury from a dated history entry', () => {
    const c = athleteCase({
      profile: profile({
        history: [{ date: '2024-09-01', side: 'right', type: 'hamstring', grade: '1b' }],
      }),
    })
    const present = riskFactors(c, settings)
      .filter((f) => f.present === true)
      .map((f) => f.factor)
    expect(present).toEqual([
      'Previous hamstring injury',
      'Recent hamstring injury (last 12 months)',
    ])
  })

  it('shows age as a reference, not as a yes or no', () => {
    const age = riskFactors(athleteCase(), settings).find((f) => f.factor === 'Age')
    expect(age).toMatchObject({ present: null })
    expect(age?.detail.startsWith('26 years')).toBe(true)
  })

  it('flags discomfort on the AKE test (Zein 2024)', () => {
    const c = athleteCase({
      assessments: [test('2025-03-15', 'AKE', 'deg', { left: 80, right: 70 }, { painDuring: 2 })],
    })
    expect(
      riskFactors(c, settings).find((f) => f.factor === 'Discomfort on the AKE test')?.present,
    ).toBe(true)
  })

  it('keeps Nordic cut-offs as references, never as a flag', () => {
    const c = athleteCase({
      assessments: [test('2025-03-15', 'NordBord', 'N', { left: 300, right: 240 })],
    })
    const nordic = riskFactors(c, settings).find((f) => f.factor.startsWith('Nordic'))
    expect(nordic?.present).toBeNull()
    expect(nordic?.detail).toContain('imbalance 20 %')
    expect(nordic?.strength).toBe('disputed')
  })
})

describe('weekly summary for the check-in', () => {
  it('sums the week and counts the mornings by light', () => {
    const c = athleteCase({
      sessions: [
        run(
          '2025-03-10',
          { hsrMetres: 300, totalDistanceMetres: 4000, peakVelocityMps: 8.5 },
          { rpe: 5, minutes: 50 },
        ),
        session('2025-03-12', {
          chaosLevel: 3,
          cod: [{ type: 'reactive', angleDeg: 45, intensityPercent: 80, count: 8 }],
          minutes: 40,
        }),
        run('2025-03-17', { hsrMetres: 999 }),
      ],
      responseChecks: [check('2025-03-11'), check('2025-03-13', { stiffness: 2 })],
    })
    const week = weeklySummary(c, '2025-03-10', settings)
    expect(week).toMatchObject({
      weekEnd: '2025-03-16',
      sessions: 2,
      minutes: 90,
      hsrMetres: 300,
      loadAu: 250,
      bestPercentVmax: 85,
      highestCuttingLevel: 3,
      highestChaosLevel: 3,
      lights: { green: 1, amber: 1, red: 0 },
      worstLight: 'amber',
      peakVelocityMps: 8.5,
      effortsAt90: 0,
      effortsAt95: 0,
    })
  })

  it('counts the near-max efforts of the week, logged or shown by the peak itself', () => {
    // Pre-injury max 10 m/s.
    const c = athleteCase({
      sessions: [
        run('2025-03-10', { peakVelocityMps: 9.1 }),
        run('2025-03-12', {
          peakVelocityMps: 9.6,
          effortsAt90PercentVmax: 4,
          effortsAt95PercentVmax: 2,
        }),
        // Efforts logged without a peak speed still count; 95 % efforts are 90 % efforts too.
        run('2025-03-14', { effortsAt95PercentVmax: 1 }),
        run('2025-03-18', { peakVelocityMps: 9.9, effortsAt95PercentVmax: 3 }),
      ],
    })
    expect(weeklySummary(c, '2025-03-10', settings)).toMatchObject({
      sessions: 3,
      bestPercentVmax: 96,
      peakVelocityMps: 9.6,
      effortsAt90: 1 + 4 + 1,
      effortsAt95: 0 + 2 + 1,
    })
  })
})

describe('assessAthlete', () => {
  it('gives the same answers as the separate entry points', () => {
    const c = standardCase(5)
    const all = assessAthlete(c, settings)
    expect(all.phases).toEqual(evaluatePhases(c, settings))
    expect(all.gap).toEqual(gapAnalysis(c, settings))
    expect(all.nextStep).toEqual(nextSmallestStep(c, settings))
  })

  it('lists the mornings of the last 14 days for the response strip', () => {
    const c = standardCase(5)
    expect(responseHistory(c, settings, '2025-03-12').map((r) => r.date)).toEqual([
      '2025-03-15',
      '2025-03-18',
      '2025-03-25',
    ])
  })

  it('never mutates its input', () => {
    const c = standardCase(5, { sessions: [...standardCase(5).sessions].reverse() })
    const before = JSON.stringify(c)
    assessAthlete(c, settings)
    expect(JSON.stringify(c)).toBe(before)
  })

  it('ignores entries dated after today', () => {
    const c = athleteCase({ sessions: [run('2025-03-25', { hsrMetres: 1200 })] })
    expect(gapAnalysis(c, settings).dimensions.find((d) => d.dimension === 'hsr')?.bestSingle).toBe(
      0,
    )
  })

  it('stays fast for a long season of data', () => {
    const sessions = Array.from({ length: 300 }, (_, i) =>
      run(
        `2025-${String(3 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        { hsrMetres: 400, peakVelocityMps: 9 },
      ),
    )
    const checks = sessions.map((s) => check(s.date))
    const c = athleteCase({
      today: '2025-12-31',
      profile: profile({ baselines }),
      sessions,
      responseChecks: checks,
    })
    const started = performance.now()
    for (let i = 0; i < 20; i += 1) assessAthlete(c, settings)
    expect((performance.now() - started) / 20).toBeLessThan(50)
  })
})
