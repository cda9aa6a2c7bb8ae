import { describe, it, expect } from 'vitest'
import { evaluatePhases, type CriterionResult, type PhaseEvaluation } from '@shared/domain/phases'
import { criterionIds, type CriterionId } from '@shared/schemas/phase-record'
import { demandProfileFromTemplate } from '@shared/templates'
import {
  check,
  gym,
  injury,
  observation,
  override,
  record,
  run,
  session,
  settings,
  settingsWith,
  test,
} from './support/builders'
import { standardCase } from './support/scenario'

function criterion(evaluation: PhaseEvaluation, id: CriterionId): CriterionResult {
  for (const phase of evaluation.phases) {
    const found = phase.criteria.find((c) => c.id === id)
    if (found !== undefined) return found
  }
  throw new Error(`missing ${id}`)
}

describe('evaluatePhases: moving through the phases', () => {
  it('starts every athlete in phase 0 on the injury day with nothing assessed', () => {
    const e = evaluatePhases(standardCase(0), settings)
    expect(e.currentPhase).toBe('P0')
    expect(e.phaseEntryDate).toBe('2025-03-01')
    expect(e.phases[0]?.criteria.map((c) => c.status)).toEqual([
      'not assessed',
      'not assessed',
      'not assessed',
    ])
    expect(e.blockers.map((b) => b.criterionId)).toEqual([
      'P0.noLimp',
      'P0.painSettling',
      'P0.activationTolerated',
    ])
  })

  it('evaluates every criterion of every phase, not only the current one', () => {
    const e = evaluatePhases(standardCase(0), settings)
    expect(e.phases.map((p) => p.phase)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'])
    const standardIds = e.phases.flatMap((p) => p.criteria.map((c) => c.id))
    expect(standardIds).toHaveLength(33)
    expect(
      criterionIds.filter((id) => !id.startsWith('AV')).every((id) => standardIds.includes(id)),
    ).toBe(true)
  })

  const journey: [number, string, string][] = [
    [1, 'P1', '2025-03-04'],
    [2, 'P2', '2025-03-07'],
    [3, 'P3', '2025-03-10'],
    [4, 'P4', '2025-03-18'],
    [5, 'P5', '2025-03-25'],
  ]
  for (const [upTo, phase, entry] of journey) {
    it(`moves the athlete on to ${phase} once every earlier exit criterion is met, entered on ${entry}`, () => {
      const e = evaluatePhases(standardCase(upTo), settings)
      expect(e.currentPhase).toBe(phase)
      expect(e.phaseEntryDate).toBe(entry)
      expect(e.daysInPhase).toBe(
        Math.round((Date.parse('2025-03-26') - Date.parse(entry)) / 86_400_000),
      )
    })
  }

  it('records the evidence, its date and its source for a met criterion', () => {
    const c = criterion(evaluatePhases(standardCase(4), settings), 'P3.nordicSymmetry90')
    expect(c.status).toBe('met')
    expect(c.evidence).toMatchObject({
      text: 'Injured leg 330 N vs 350 N (94 %)',
      date: '2025-03-18',
      unit: '%',
    })
    expect(c.threshold).toBe('Nordic strength ≥90 % of the other leg')
    expect(c.source).toContain('Bourne 2015')
    expect(c.strength).toBe('weak')
    expect(c.notValidated).toBe(true)
  })

  it('writes thresholds from the settings in use', () => {
    const edited = settingsWith((s) => {
      s.criteria.isometricSymmetryP1Percent.value = 90
    })
    const e = evaluatePhases(standardCase(2), edited)
    // 260 / 300 = 86.7 %: met at 80 %, not met at 90 %
    expect(criterion(e, 'P1.isometricSymmetry80').threshold).toContain('≥90 %')
    expect(criterion(e, 'P1.isometricSymmetry80').status).toBe('not met')
    expect(e.currentPhase).toBe('P1')
  })

  it('keeps the athlete in phase 1 when the isometric strength is 79 % of the other leg', () => {
    const c = standardCase(2)
    const assessments = c.assessments.map((a) =>
      a.type === 'ISO_90_90' ? { ...a, left: 300, right: 237 } : a,
    )
    const e = evaluatePhases({ ...c, assessments }, settings)
    expect(criterion(e, 'P1.isometricSymmetry80').reason).toBe('79 % of the other leg, needs 80 %')
    expect(e.currentPhase).toBe('P1')
  })

  it('moves on only with the automatic advance setting on', () => {
    const manual = settingsWith((s) => {
      s.options.autoAdvance = false
    })
    const e = evaluatePhases(standardCase(3), manual)
    expect(e.currentPhase).toBe('P0')
    expect(e.status).toBe('ready for discussion')
  })
})

describe('evaluatePhases: the 24-hour rule holds progression (G1)', () => {
  // P3 tests done on 19 March, the same morning as the check for the 18 March session.
  function p3CompletedOn19March(morning: ReturnType<typeof check>) {
    const base = standardCase(3, { today: '2025-03-19' })
    return {
      ...base,
      sessions: [
        ...base.sessions,
        run('2025-03-14', { peakVelocityMps: 9.6 }),
        run('2025-03-16', { peakVelocityMps: 9.7 }),
        gym('2025-03-18', { painDuring: 1 }),
      ],
      responseChecks: [...base.responseChecks, check('2025-03-15'), check('2025-03-17'), morning],
      assessments: [
        ...base.assessments,
        test('2025-03-19', 'Askling_H', 'deg/s', {}, { insecurity: false }),
        test('2025-03-19', 'NordBord', 'N', { left: 350, right: 330 }),
        test('2025-03-19', 'ISO_90_90', 'N', { left: 300, right: 280 }),
        test('2025-03-19', 'SLHB', 'reps', { left: 25, right: 24 }),
      ],
    }
  }

  it('moves the athlete to phase 4 after a green response', () => {
    const e = evaluatePhases(p3CompletedOn19March(check('2025-03-19')), settings)
    expect(e.currentPhase).toBe('P4')
  })

  it('holds the athlete in phase 3 after an amber response', () => {
    const e = evaluatePhases(p3CompletedOn19March(check('2025-03-19', { stiffness: 1 })), settings)
    expect(e.phases[3]?.exitMet).toBe(true)
    expect(e.currentPhase).toBe('P3')
    expect(e.status).toBe('hold')
    expect(e.heldSince).toBe('2025-03-19')
    expect(e.blockers.find((b) => b.kind === 'response')?.text).toContain('amber')
  })

  it('holds the athlete in phase 3 and says back off after a red response', () => {
    const e = evaluatePhases(
      p3CompletedOn19March(check('2025-03-19', { painAtRest: 6, painOnTask: 6 })),
      settings,
    )
    expect(e.currentPhase).toBe('P3')
    expect(e.status).toBe('back off')
  })

  it('keeps a phase reached before the amber morning: a hold is not a regression', () => {
    const c = standardCase(4, { today: '2025-03-21' })
    const e = evaluatePhases(
      { ...c, responseChecks: [...c.responseChecks, check('2025-03-21', { stiffness: 2 })] },
      settings,
    )
    expect(e.currentPhase).toBe('P4')
    expect(e.status).toBe('hold')
  })

  it('counts only sessions at ≥95 % followed by a green morning', () => {
    const c = standardCase(4)
    const checks = c.responseChecks.map((r) =>
      r.date === '2025-03-18' ? { ...r, stiffness: 3 } : r,
    )
    const e = evaluatePhases({ ...c, responseChecks: checks }, settings)
    const vmax = criterion(e, 'P3.vmaxRepeated')
    expect(vmax.status).toBe('not met')
    expect(vmax.reason).toBe(
      '1 of 2 sessions at ≥95 % with a green next morning; 1 more without a green next morning',
    )
  })

  it('does not count a session at 94 % of max velocity', () => {
    const c = standardCase(4)
    const sessions = c.sessions.map((s) =>
      s.date === '2025-03-17' ? { ...s, running: { ...s.running!, peakVelocityMps: 9.4 } } : s,
    )
    expect(criterion(evaluatePhases({ ...c, sessions }, settings), 'P3.vmaxRepeated').status).toBe(
      'not met',
    )
  })

  it('counts a max-velocity test as an exposure when its next morning is green', () => {
    const c = standardCase(4)
    const sessions = c.sessions.filter((s) => s.date !== '2025-03-17')
    const assessments = [...c.assessments, test('2025-03-17', 'Vmax', 'm/s', { value: 9.8 })]
    expect(
      criterion(evaluatePhases({ ...c, sessions, assessments }, settings), 'P3.vmaxRepeated')
        .status,
    ).toBe('met')
  })

  it('cannot judge top speed without a pre-injury max velocity', () => {
    const c = standardCase(4)
    const e = evaluatePhases(
      { ...c, profile: { ...c.profile!, baselines: { ...c.profile!.baselines, vmaxMps: null } } },
      settings,
    )
    expect(criterion(e, 'P3.vmaxRepeated').status).toBe('not assessed')
    expect(e.currentPhase).toBe('P3')
  })
})

describe('evaluatePhases: individual criteria', () => {
  it('finds morning pain rising in the last three checks', () => {
    const e = evaluatePhases(
      standardCase(0, {
        responseChecks: [
          check('2025-03-02', { painOnTask: 1 }),
          check('2025-03-03', { painOnTask: 2 }),
          check('2025-03-04', { painOnTask: 2 }),
        ],
      }),
      settings,
    )
    expect(criterion(e, 'P0.painSettling').status).toBe('not met')
  })

  it('needs the hops to be pain-free', () => {
    const c = standardCase(3)
    const assessments = c.assessments.map((a) => (a.type === 'hop' ? { ...a, painDuring: 1 } : a))
    expect(
      criterion(evaluatePhases({ ...c, assessments }, settings), 'P2.hopPainFree').reason,
    ).toBe('Pain 1/10 during the hops')
  })

  it('does not count a 30 min jog with pain as pain-free', () => {
    const c = standardCase(3)
    const sessions = c.sessions.map((s) =>
      s.running?.continuousRunMinutes === 30 ? { ...s, painDuring: 1 } : s,
    )
    const jog = criterion(evaluatePhases({ ...c, sessions }, settings), 'P2.jogPainFree')
    expect(jog.status).toBe('not met')
  })

  it('reports the longest jog when it is too short', () => {
    const c = standardCase(2, { sessions: [run('2025-03-09', { continuousRunMinutes: 18 })] })
    expect(criterion(evaluatePhases(c, settings), 'P2.jogPainFree').reason).toBe(
      'Longest continuous jog 18 min, needs 30 min',
    )
  })

  it('needs both the AKE and the straight-leg raise close to the other leg when both were tested', () => {
    const c = standardCase(3)
    const e = evaluatePhases(
      {
        ...c,
        assessments: [...c.assessments, test('2025-03-10', 'PSLR', 'deg', { left: 90, right: 70 })],
      },
      settings,
    )
    const flex = criterion(e, 'P2.flexibilitySymmetry')
    expect(flex.status).toBe('not met')
    expect(flex.reason).toBe('78 % of the other leg, needs 90 %')
  })

  it('is not met when the athlete felt insecure in the H-test', () => {
    const c = standardCase(4)
    const assessments = c.assessments.map((a) =>
      a.type === 'Askling_H' ? { ...a, insecurity: true } : a,
    )
    expect(
      criterion(evaluatePhases({ ...c, assessments }, settings), 'P3.hTestSecure').status,
    ).toBe('not met')
  })

  it('does not ask for match contact in a sport without contact', () => {
    const c = standardCase(4, { demand: demandProfileFromTemplate('field-hockey', 'all') })
    expect(criterion(evaluatePhases(c, settings), 'P4.matchContact').status).toBe('not required')
  })

  it('judges the stride not normal after warning signs, even if it was seen normal before', () => {
    const c = standardCase(5)
    const e = evaluatePhases(
      {
        ...c,
        sessions: [
          ...c.sessions,
          run('2025-03-25', { peakVelocityMps: 9 }, { warningSigns: ['tightening as pace rises'] }),
        ],
      },
      settings,
    )
    expect(criterion(e, 'P4.strideQuality').status).toBe('not met')
  })

  it('accepts a new observation of a normal stride after the warning signs', () => {
    const c = standardCase(5)
    const e = evaluatePhases(
      {
        ...c,
        sessions: [
          ...c.sessions,
          run('2025-03-20', { peakVelocityMps: 9 }, { warningSigns: ['asymmetry'] }),
        ],
        observations: [observation('P4.strideQuality', '2025-03-24')],
      },
      settings,
    )
    expect(criterion(e, 'P4.strideQuality').status).toBe('met')
  })
})

describe('evaluatePhases: clinician decisions (G10)', () => {
  it('waits for a named clinician before team training', () => {
    const c = standardCase(5)
    const e = evaluatePhases({ ...c, overrides: [] }, settings)
    expect(e.currentPhase).toBe('P4')
    expect(e.blockers).toEqual([
      expect.objectContaining({ kind: 'decision', criterionId: 'P4.teamTrainingSignOff' }),
    ])
  })

  it('shows who signed off and why', () => {
    const sign = criterion(evaluatePhases(standardCase(5), settings), 'P4.teamTrainingSignOff')
    expect(sign.status).toBe('met')
    expect(sign.computedStatus).toBe('not assessed')
    expect(sign.override).toMatchObject({
      by: 'Dr Lee',
      role: 'sports physician',
      reason: 'Reviewed in clinic',
      date: '2025-03-25',
    })
  })

  it('lets a clinician mark a criterion not met, which keeps its gate closed', () => {
    const c = standardCase(5)
    const e = evaluatePhases(
      { ...c, overrides: [...c.overrides, override('P3.hTestSecure', '2025-03-18', 'not met')] },
      settings,
    )
    const h = criterion(e, 'P3.hTestSecure')
    expect(h.computedStatus).toBe('met')
    expect(h.status).toBe('not met')
    expect(e.currentPhase).toBe('P3')
  })

  it('keeps a passed gate passed when a clinician later marks its criterion not met, and lists it', () => {
    const c = standardCase(5)
    const e = evaluatePhases(
      { ...c, overrides: [...c.overrides, override('P3.hTestSecure', '2025-03-25', 'not met')] },
      settings,
    )
    expect(e.currentPhase).toBe('P5')
    expect(e.noLongerMet.map((x) => x.id)).toEqual(['P3.hTestSecure'])
  })

  it('does not drop a phase when a lighter week leaves earlier coverage short', () => {
    const e = evaluatePhases(standardCase(5, { today: '2025-04-05' }), settings)
    expect(e.currentPhase).toBe('P5')
    expect(criterion(e, 'P4.demandCoverage').status).toBe('not met')
    expect(e.noLongerMet.map((x) => x.id)).toContain('P4.demandCoverage')
  })

  it('flags an override older than the evidence that followed it', () => {
    const c = standardCase(4)
    const e = evaluatePhases(
      { ...c, overrides: [override('P3.nordicSymmetry90', '2025-03-12')] },
      settings,
    )
    expect(criterion(e, 'P3.nordicSymmetry90').override?.stale).toBe(true)
  })
})

describe('evaluatePhases: surgeon restrictions lock progression (G9)', () => {
  const lockP2 = (until: string) =>
    injury({
      surgeonRestrictions: [
        { restriction: 'No running', until, gate: 'P2', stressors: ['running'] },
      ],
    })

  it('keeps the athlete in phase 1 until the restriction date even with every criterion met', () => {
    const e = evaluatePhases(standardCase(5, { injury: lockP2('2025-03-27') }), settings)
    expect(e.currentPhase).toBe('P1')
    expect(e.status).toBe('locked')
    expect(e.blockers).toContainEqual(
      expect.objectContaining({ kind: 'lock', until: '2025-03-27' }),
    )
    expect(e.locks[0]).toMatchObject({ active: true, daysLeft: 1 })
  })

  it('lifts the lock on its date', () => {
    const e = evaluatePhases(standardCase(5, { injury: lockP2('2025-03-26') }), settings)
    expect(e.locks[0]?.active).toBe(false)
    expect(e.currentPhase).toBe('P5')
  })

  it('beats a phase record that is ahead of it and says so', () => {
    const e = evaluatePhases(
      standardCase(0, { injury: lockP2('2025-04-30'), phaseRecords: [record('P3', '2025-03-20')] }),
      settings,
    )
    expect(e.recordedPhase).toBe('P3')
    expect(e.currentPhase).toBe('P1')
    expect(e.conflicts).toHaveLength(1)
  })

  it('cannot be overridden by a clinician override of the criteria', () => {
    const c = standardCase(1, { injury: lockP2('2025-04-30') })
    const overrides = [
      'P1.recoveredNextDay',
      'P1.slhbHold',
      'P1.isometricSymmetry80',
      'P1.isometricPainFree',
    ].map((id) => override(id as CriterionId, '2025-03-20'))
    expect(evaluatePhases({ ...c, overrides }, settings).currentPhase).toBe('P1')
  })
})

describe('evaluatePhases: staff phase records', () => {
  it('starts from the phase staff recorded', () => {
    const e = evaluatePhases(
      standardCase(0, { phaseRecords: [record('P2', '2025-03-12')] }),
      settings,
    )
    expect(e.currentPhase).toBe('P2')
    expect(e.phaseEntryDate).toBe('2025-03-12')
    expect(e.daysInPhase).toBe(14)
  })

  it('after a move back, ignores older evidence for the gates from there on', () => {
    // P2 criteria were met on 10 March; staff move the athlete back to P2 on 20 March.
    const c = standardCase(4, {
      phaseRecords: [record('P4', '2025-03-18'), record('P2', '2025-03-20')],
    })
    const e = evaluatePhases(c, settings)
    expect(e.currentPhase).toBe('P2')
    expect(criterion(e, 'P2.jogPainFree').status).toBe('not assessed')
  })

  it('uses the latest record of a day by its creation time', () => {
    const first = { ...record('P1', '2025-03-12'), createdAt: '2025-03-12T09:00:00.000Z' }
    const second = { ...record('P2', '2025-03-12'), createdAt: '2025-03-12T08:00:00.000Z' }
    expect(
      evaluatePhases(standardCase(0, { phaseRecords: [first, second] }), settings).recordedPhase,
    ).toBe('P1')
  })
})

describe('evaluatePhases: proximal avulsion pathway', () => {
  const avulsion = injury({
    location: 'proximal',
    bamicGrade: null,
    munichGrade: '4',
    avulsion: {
      tendonsInvolved: 2,
      extent: 'complete',
      retractionCm: 3,
      bonyAvulsion: false,
      chronicity: 'acute',
      sciaticNerveInvolved: false,
    },
    management: 'surgical',
    surgeryDate: '2025-03-05',
  })

  it('uses its own pathway and never moves on by itself', () => {
    const c = standardCase(5, { injury: avulsion, today: '2025-06-30' })
    const e = evaluatePhases(
      {
        ...c,
        observations: [...c.observations, observation('AV0.walkingPainFree', '2025-03-20')],
        overrides: [...c.overrides, override('AV0.surgeonAgreesLoading', '2025-03-20')],
      },
      settings,
    )
    expect(e.pathway).toBe('proximal avulsion')
    expect(e.autoAdvance).toBe(false)
    expect(e.currentPhase).toBe('P0')
    expect(e.phases[0]?.exitMet).toBe(true)
    expect(e.status).toBe('ready for discussion')
    expect(e.blockers.map((b) => b.kind)).toEqual(['decision'])
  })

  it('needs the surgeon to agree to loading after a repair, not after conservative care', () => {
    const surgical = evaluatePhases(standardCase(0, { injury: avulsion }), settings)
    expect(criterion(surgical, 'AV0.surgeonAgreesLoading').status).toBe('not assessed')
    const conservative = evaluatePhases(
      standardCase(0, { injury: { ...avulsion, management: 'conservative', surgeryDate: null } }),
      settings,
    )
    expect(criterion(conservative, 'AV0.surgeonAgreesLoading').status).toBe('not required')
  })

  it('counts evidence from the day after surgery', () => {
    const c = standardCase(0, {
      injury: avulsion,
      sessions: [gym('2025-03-04'), gym('2025-03-05')],
      responseChecks: [check('2025-03-05'), check('2025-03-06')],
    })
    expect(criterion(evaluatePhases(c, settings), 'P0.painSettling').reason).toBe(
      'Needs 3 morning checks',
    )
  })
})

describe('evaluatePhases: phase 6 protects', () => {
  it('keeps the athlete in phase 6 and asks for weekly top-speed work', () => {
    const c = standardCase(0, {
      phaseRecords: [record('P6', '2025-03-20')],
      sessions: [
        session('2025-03-25', {
          strength: [
            {
              exercise: 'Nordic',
              sets: 2,
              reps: 5,
              loadKg: null,
              lengthened: true,
              eccentric: true,
            },
          ],
        }),
      ],
    })
    const e = evaluatePhases(c, settings)
    expect(e.currentPhase).toBe('P6')
    expect(e.status).toBe('maintain')
    expect(e.nextPhase).toBeNull()
    expect(criterion(e, 'P6.weeklyMaxVelocity').status).toBe('not met')
    expect(criterion(e, 'P6.strengthMaintained').status).toBe('met')
  })
})
