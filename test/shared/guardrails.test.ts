import { describe, it, expect } from 'vitest'
import { guardrailAlerts, type GuardrailAlert } from '@shared/domain/guardrails'
import { loadSummary } from '@shared/domain/load'
import { addDays } from '@shared/dates'
import {
  athleteCase,
  check,
  injury,
  profile,
  record,
  run,
  session,
  settings,
} from './support/builders'
import { standardCase } from './support/scenario'
import { emptyBaselines } from '@shared/schemas/athlete-profile'

function rules(alerts: GuardrailAlert[]): string[] {
  return alerts.map((a) => `${a.rule} ${a.severity}: ${a.title}`)
}

describe('G1 next-morning response', () => {
  it('asks to repeat after an amber morning, with the reasons', () => {
    const alerts = guardrailAlerts(
      athleteCase({ responseChecks: [check('2025-03-19'), check('2025-03-20', { stiffness: 1 })] }),
      settings,
    )
    const g1 = alerts.find((a) => a.rule === 'G1')
    expect(g1).toMatchObject({
      severity: 'caution',
      title: 'Amber morning: repeat, add nothing new',
      date: '2025-03-20',
    })
    expect(g1?.message).toContain('stiffness up 1 point')
    expect(g1?.strength).toBe('weak')
  })

  it('says stop after a red morning', () => {
    const alerts = guardrailAlerts(
      athleteCase({
        responseChecks: [check('2025-03-19'), check('2025-03-20', { painAtRest: 4 })],
      }),
      settings,
    )
    expect(alerts[0]).toMatchObject({ rule: 'G1', severity: 'stop' })
  })

  it('stays quiet after a green morning', () => {
    const alerts = guardrailAlerts(
      athleteCase({ responseChecks: [check('2025-03-19'), check('2025-03-20')] }),
      settings,
    )
    expect(alerts.filter((a) => a.rule === 'G1')).toEqual([])
  })
})

describe('G2 pain during activity', () => {
  const painCases: [number, string | null][] = [
    [6, 'stop'],
    [3, 'caution'],
    [2, null],
  ]
  for (const [pain, severity] of painCases) {
    it(`${severity === null ? 'raises nothing' : `raises a ${severity}`} for pain ${pain}/10 in the last session`, () => {
      const alerts = guardrailAlerts(
        athleteCase({ sessions: [session('2025-03-19', { painDuring: pain })] }),
        settings,
      )
      const g2 = alerts.filter((a) => a.rule === 'G2')
      expect(g2.map((a) => a.severity)).toEqual(severity === null ? [] : [severity])
    })
  }

  it('looks at the most recent session with pain recorded', () => {
    const alerts = guardrailAlerts(
      athleteCase({
        sessions: [
          session('2025-03-18', { painDuring: 6 }),
          session('2025-03-19', { painDuring: 1 }),
        ],
      }),
      settings,
    )
    expect(alerts.filter((a) => a.rule === 'G2')).toEqual([])
  })
})

describe('G3 speed work', () => {
  it('says stop and drop one step after a grabbing sensation', () => {
    const alerts = guardrailAlerts(
      athleteCase({
        sessions: [
          run(
            '2025-03-19',
            { peakVelocityMps: 8.5 },
            { warningSigns: ['sharp or grabbing sensation'] },
          ),
        ],
      }),
      settings,
    )
    expect(alerts.find((a) => a.rule === 'G3')).toMatchObject({
      severity: 'stop',
      date: '2025-03-19',
    })
    expect(alerts.find((a) => a.rule === 'G3')?.message).toContain('drop one intensity step')
  })
})

describe('G4 order of progression', () => {
  // Straight-line speed was built by 17 March; the first fast session (14 March, which jumped
  // from jogging to sprinting) is older than the 14-day look-back on 29 March.
  const base = standardCase(4, { today: '2025-03-29' })
  const plannedSubmax = {
    type: 'pre-planned' as const,
    angleDeg: 45,
    intensityPercent: 60,
    count: 10,
  }

  it('flags two new stressors in one session', () => {
    const alerts = guardrailAlerts(
      {
        ...base,
        sessions: [
          ...base.sessions,
          session('2025-03-25', { cod: [plannedSubmax], longLeverLevel: 1 }),
        ],
      },
      settings,
    )
    const g4 = alerts.filter((a) => a.rule === 'G4')
    expect(g4.map((a) => a.title)).toEqual(['2 new stressors in one session'])
    expect(g4[0]?.message).toContain('pre-planned cuts below full speed')
    expect(g4[0]?.message).toContain('short kicks')
    expect(g4[0]?.date).toBe('2025-03-25')
  })

  it('flags a jump from pre-planned cuts below full speed straight to reactive cuts', () => {
    const sessions = [
      ...base.sessions,
      session('2025-03-20', { cod: [plannedSubmax] }),
      session('2025-03-22', { chaosLevel: 3 }),
      session('2025-03-24', {
        cod: [{ type: 'reactive', angleDeg: 45, intensityPercent: 70, count: 10 }],
      }),
    ]
    const g4 = guardrailAlerts({ ...base, sessions }, settings).filter((a) => a.rule === 'G4')
    expect(g4.map((a) => a.title)).toEqual(['2 new stressors in one session'])
    expect(g4[0]?.message).toContain('pre-planned cuts at full speed; add reactive cuts')
  })

  it('flags contact before cutting at full speed: non-contact before contact', () => {
    const sessions = [
      ...base.sessions,
      session('2025-03-20', { cod: [plannedSubmax] }),
      session('2025-03-22', { contacts: [{ type: 'pads', count: 6 }] }),
    ]
    const outOfOrder = guardrailAlerts({ ...base, sessions }, settings).filter(
      (a) => a.rule === 'G4',
    )
    expect(outOfOrder.map((a) => a.title)).toEqual(['Out of order'])
    expect(outOfOrder[0]?.message).toContain('Done before add pre-planned cuts at full speed')
  })

  it('stays quiet when one new stressor comes at a time', () => {
    const sessions = [...base.sessions, session('2025-03-25', { cod: [plannedSubmax] })]
    expect(guardrailAlerts({ ...base, sessions }, settings).filter((a) => a.rule === 'G4')).toEqual(
      [],
    )
  })
})

describe('G5 spike prompt and G6 ACWR', () => {
  const today = '2025-03-28'
  const spiky = [
    run(addDays(today, -24), { hsrMetres: 1000 }),
    run(addDays(today, -17), { hsrMetres: 1000 }),
    run(addDays(today, -10), { hsrMetres: 1000 }),
    run(addDays(today, -1), { hsrMetres: 2000 }),
  ]

  it('prompts a review with the absolute numbers when the week is well above the usual week', () => {
    const g5 = guardrailAlerts(athleteCase({ today, sessions: spiky }), settings).find(
      (a) => a.rule === 'G5',
    )
    expect(g5?.message).toBe(
      'Last 7 days 2000 m vs a usual week of 1250 m (1.60×, prompt above 1.3×). Review the plan; this is not a risk score.',
    )
    expect(g5?.source).toContain('Duhig 2016')
    expect(g5?.notValidated).toBe(true)
  })

  it('never raises an alert from the EWMA ratio, however high', () => {
    const sessions = [run(addDays(today, -40), { hsrMetres: 10 }), run(today, { hsrMetres: 5000 })]
    const load = loadSummary(athleteCase({ today, sessions }), settings)
    expect(load.dimensions.find((d) => d.dimension === 'hsr')?.ewmaRatio).toBeGreaterThan(3)
    expect(
      guardrailAlerts(athleteCase({ today, sessions }), settings).filter((a) => a.rule === 'G6'),
    ).toEqual([])
  })
})

describe('G7 biology floor', () => {
  it('warns when return to training is in view before the BAMIC 2c window', () => {
    const c = standardCase(5, { injury: injury({ bamicGrade: '2c' }) })
    const g7 = guardrailAlerts(c, settings).find((a) => a.rule === 'G7')
    // Injured 1 March, today 26 March = day 25; 2c typically 34 days (Pollock 2022).
    expect(g7?.message).toBe(
      'BAMIC 2c: typically about 34 days; today is day 25. A warning, not a block: criteria decide.',
    )
    expect(g7?.severity).toBe('caution')
  })

  it('is quiet once the typical window has passed', () => {
    const c = standardCase(5, { injury: injury({ bamicGrade: '2c' }), today: '2025-04-05' })
    expect(guardrailAlerts(c, settings).filter((a) => a.rule === 'G7')).toEqual([])
  })

  it('warns early after a stretch-type injury', () => {
    const c = standardCase(5, {
      injury: injury({ mechanism: 'stretch_type', activity: 'kicking', bamicGrade: '1b' }),
      today: '2025-04-20',
    })
    const titles = guardrailAlerts(c, settings)
      .filter((a) => a.rule === 'G7')
      .map((a) => a.title)
    expect(titles).toEqual(['Early after a stretch-type injury'])
  })

  it('says nothing while return to training is not yet in view', () => {
    const c = standardCase(3, { injury: injury({ bamicGrade: '3c' }) })
    expect(guardrailAlerts(c, settings).filter((a) => a.rule === 'G7')).toEqual([])
  })
})

describe('G8 max-velocity exposure', () => {
  it('asks for weekly near-maximal sprinting after return to sport', () => {
    const c = athleteCase({
      phaseRecords: [record('P6', '2025-03-10')],
      sessions: [run('2025-03-18', { peakVelocityMps: 9 })],
    })
    expect(guardrailAlerts(c, settings).find((a) => a.rule === 'G8')?.title).toBe(
      'No near-maximal sprint this week',
    )
  })

  it('is satisfied by one session at ≥95 % this week', () => {
    const c = athleteCase({
      phaseRecords: [record('P6', '2025-03-10')],
      sessions: [run('2025-03-18', { peakVelocityMps: 9.5 })],
    })
    expect(guardrailAlerts(c, settings).filter((a) => a.rule === 'G8')).toEqual([])
  })

  it('asks for the pre-injury max velocity when it is missing', () => {
    const c = athleteCase({
      phaseRecords: [record('P5', '2025-03-10')],
      profile: profile({ baselines: emptyBaselines }),
    })
    expect(guardrailAlerts(c, settings).find((a) => a.rule === 'G8')).toMatchObject({
      severity: 'info',
    })
  })
})

describe('G9 surgeon restrictions', () => {
  const restricted = injury({
    surgeonRestrictions: [
      { restriction: 'No contact', until: '2025-04-15', gate: null, stressors: ['contact'] },
    ],
  })

  it('shows a restriction in force and says coaches cannot override it', () => {
    const g9 = guardrailAlerts(athleteCase({ injury: restricted }), settings).find(
      (a) => a.rule === 'G9',
    )
    expect(g9).toMatchObject({
      severity: 'info',
      title: 'Locked until 2025-04-15',
      strength: 'product rule',
    })
    expect(g9?.message).toContain('Coaches cannot override it')
  })

  it('says stop when a session broke the restriction', () => {
    const c = athleteCase({
      injury: restricted,
      sessions: [session('2025-03-19', { contacts: [{ type: 'pads', count: 5 }] })],
    })
    const stop = guardrailAlerts(c, settings).find((a) => a.rule === 'G9' && a.severity === 'stop')
    expect(stop?.message).toBe(
      'The session included contact while "No contact" held until 2025-04-15.',
    )
  })

  it('says stop when a phase record is ahead of a lock', () => {
    const c = athleteCase({
      injury: injury({
        surgeonRestrictions: [
          { restriction: 'No running', until: '2025-04-15', gate: 'P2', stressors: [] },
        ],
      }),
      phaseRecords: [record('P3', '2025-03-15')],
    })
    expect(rules(guardrailAlerts(c, settings))).toContain(
      'G9 stop: Phase record ahead of a restriction',
    )
  })
})

describe('G10 decision authority', () => {
  it('names the sign-off as the last thing before team training', () => {
    const c = standardCase(5)
    const alerts = guardrailAlerts({ ...c, overrides: [] }, settings)
    const g10 = alerts.find((a) => a.rule === 'G10')
    expect(g10?.title).toBe('Waiting for a named clinician')
    expect(g10?.message).toContain('it never clears an athlete')
  })

  it('stays quiet while other criteria are still open', () => {
    expect(guardrailAlerts(standardCase(4), settings).filter((a) => a.rule === 'G10')).toEqual([])
  })
})

describe('guardrailAlerts', () => {
  it('puts stops first, then cautions, then information', () => {
    const c = athleteCase({
      injury: injury({
        surgeonRestrictions: [
          { restriction: 'No contact', until: '2025-04-15', gate: null, stressors: ['contact'] },
        ],
      }),
      sessions: [
        session('2025-03-19', { painDuring: 3 }),
        run('2025-03-20', { peakVelocityMps: 8 }, { warningSigns: ['asymmetry'] }),
      ],
    })
    const severities = guardrailAlerts(c, settings).map((a) => a.severity)
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['stop', 'caution', 'info'].indexOf(a) - ['stop', 'caution', 'info'].indexOf(b),
      ),
    )
    expect(severities[0]).toBe('stop')
  })
})
