import { describe, it, expect } from 'vitest'
import { nextSmallestStep, FOR_DISCUSSION } from '@shared/domain/next-step'
import { demandProfileFromTemplate } from '@shared/templates'
import {
  athleteCase,
  check,
  gym,
  injury,
  observation,
  override,
  record,
  run,
  session,
  settings,
} from './support/builders'
import { standardCase } from './support/scenario'

describe('nextSmallestStep after the morning check (G1)', () => {
  it('backs off after a red morning and names the newest step to drop', () => {
    const c = standardCase(3, {
      today: '2025-03-13',
      sessions: [...standardCase(3).sessions, run('2025-03-12', { peakVelocityMps: 6.2 })],
      responseChecks: [
        ...standardCase(3).responseChecks,
        check('2025-03-13', { painAtRest: 3, painOnTask: 3 }),
      ],
    })
    const step = nextSmallestStep(c, settings)
    expect(step.kind).toBe('back off')
    expect(step.stepId).toBe('strides-1')
    expect(step.detail).toContain(
      'Drop the newest step (strides 4–6 × 50 m at about 60 % of max velocity)',
    )
  })

  it('repeats the last load after an amber morning and adds nothing new', () => {
    const c = standardCase(3, {
      today: '2025-03-13',
      responseChecks: [...standardCase(3).responseChecks, check('2025-03-13', { stiffness: 1 })],
    })
    const step = nextSmallestStep(c, settings)
    expect(step.kind).toBe('repeat')
    expect(step.title).toBe('Repeat the last load; add nothing new')
    expect(step.stepId).toBeNull()
  })
})

describe('nextSmallestStep follows G4 order, one new stressor at a time', () => {
  it('starts phase 2 with lengthened loading, then walk-run', () => {
    const p2 = athleteCase({ phaseRecords: [record('P2', '2025-03-15')] })
    expect(nextSmallestStep(p2, settings)).toMatchObject({ kind: 'progress', stepId: 'lengthened' })
    const withLengthened = athleteCase({
      phaseRecords: [record('P2', '2025-03-15')],
      sessions: [
        gym('2025-03-16', {
          strength: [
            {
              exercise: 'Askling Diver',
              sets: 3,
              reps: 6,
              loadKg: null,
              lengthened: true,
              eccentric: false,
            },
          ],
        }),
      ],
      responseChecks: [check('2025-03-17')],
    })
    expect(nextSmallestStep(withLengthened, settings)).toMatchObject({
      kind: 'progress',
      stepId: 'walk-run',
      stressor: 'running',
    })
  })

  it('starts phase 3 with strides at about 60 % of max velocity', () => {
    const step = nextSmallestStep(standardCase(3, { today: '2025-03-12' }), settings)
    expect(step).toMatchObject({ kind: 'progress', stepId: 'strides-1' })
    expect(step.title).toBe('Strides 4–6 × 50 m at about 60 % of max velocity')
    expect(step.rule).toBe('G4: volume before intensity; one new stressor per session')
  })

  it('asks to repeat a step done once without a green morning before the next one', () => {
    const base = standardCase(3, { today: '2025-03-14' })
    const c = {
      ...base,
      sessions: [...base.sessions, run('2025-03-12', { peakVelocityMps: 6.1 })],
      responseChecks: [
        ...base.responseChecks,
        check('2025-03-13', { stiffness: 1 }),
        check('2025-03-14', { stiffness: 0 }),
      ],
    }
    const step = nextSmallestStep(c, settings)
    expect(step.kind).toBe('consolidate')
    expect(step.stepId).toBe('strides-1')
  })

  it('builds high-speed running volume in phase 4 before any cutting', () => {
    const step = nextSmallestStep(standardCase(4, { today: '2025-03-19' }), settings)
    expect(step.stepId).toBe('hsr-volume')
    // 90 % of a match of 1,151 m (Barnes 2014) = 1,036 m
    expect(step.title).toBe('Build high-speed running to 1036 m in a session (90 % of a match)')
  })

  it('adds pre-planned cutting after the running volume is covered', () => {
    const base = standardCase(4, { today: '2025-03-22' })
    const c = {
      ...base,
      sessions: [
        ...base.sessions,
        run('2025-03-20', { hsrMetres: 1050 }, { accelerationCount: 50, decelerationCount: 60 }),
      ],
      responseChecks: [...base.responseChecks, check('2025-03-21')],
    }
    expect(nextSmallestStep(c, settings)).toMatchObject({
      stepId: 'cutting-1',
      stressor: 'cutting',
    })
  })

  it('keeps contact for last in a collision sport: pads come after full-speed cutting', () => {
    const demand = demandProfileFromTemplate('rugby-league', 'forwards')
    const base = standardCase(4, { today: '2025-03-28', demand })
    const cuts = (date: string, intensityPercent: number) =>
      session(date, { cod: [{ type: 'pre-planned', angleDeg: 45, intensityPercent, count: 12 }] })
    const c = {
      ...base,
      sessions: [
        ...base.sessions,
        run('2025-03-20', { hsrMetres: 600 }),
        cuts('2025-03-22', 70),
        cuts('2025-03-24', 95),
        session('2025-03-26', { longLeverLevel: 1 }),
      ],
      responseChecks: [
        ...base.responseChecks,
        check('2025-03-21'),
        check('2025-03-23'),
        check('2025-03-25'),
        check('2025-03-27'),
      ],
    }
    expect(nextSmallestStep(c, settings)).toMatchObject({ stepId: 'chaos-3' })
  })

  it('asks for the sport demands before sport-specific steps', () => {
    const step = nextSmallestStep(standardCase(4, { today: '2025-03-19', demand: null }), settings)
    expect(step.kind).toBe('enter demands')
  })
})

describe('nextSmallestStep respects surgeon restrictions (G9)', () => {
  it('waits instead of suggesting a load the surgeon ruled out', () => {
    const c = standardCase(3, {
      today: '2025-03-14',
      injury: injury({
        surgeonRestrictions: [
          {
            restriction: 'No sprinting',
            until: '2025-04-01',
            gate: null,
            stressors: ['sprinting'],
          },
        ],
      }),
      sessions: [...standardCase(3).sessions, run('2025-03-12', { peakVelocityMps: 6.2 })],
      responseChecks: [...standardCase(3).responseChecks, check('2025-03-13')],
    })
    const step = nextSmallestStep(c, settings)
    expect(step.kind).toBe('wait')
    expect(step.title).toBe('Keep the current work until 2025-04-01')
    expect(step.blockedSteps).toEqual([
      expect.objectContaining({
        stepId: 'strides-2',
        restriction: 'No sprinting',
        until: '2025-04-01',
      }),
    ])
  })

  it('waits at a locked gate once the phase work is done', () => {
    const c = standardCase(2, {
      injury: injury({
        surgeonRestrictions: [
          { restriction: 'No running', until: '2025-04-10', gate: 'P2', stressors: [] },
        ],
      }),
    })
    expect(nextSmallestStep(c, settings)).toMatchObject({
      kind: 'wait',
      title: 'Keep the current work until 2025-04-10',
    })
  })
})

describe('nextSmallestStep between gates', () => {
  it('points at the first open criterion in phase 0 with the phase work', () => {
    const step = nextSmallestStep(
      athleteCase({ observations: [observation('P0.noLimp', '2025-03-05')] }),
      settings,
    )
    expect(step.kind).toBe('work on criteria')
    expect(step.title).toBe('Work towards: Pain stable or easing day to day')
    expect(step.detail).toContain('pain-limited walking')
  })

  it('asks for the clinician decision when only a sign-off is missing', () => {
    const c = standardCase(5)
    expect(nextSmallestStep({ ...c, overrides: [] }, settings).title).toBe(
      'Ask for the clinician decision this gate needs',
    )
  })

  it('suggests discussing the next phase when a manual pathway has its criteria met', () => {
    const avulsion = injury({
      location: 'proximal',
      avulsion: {
        tendonsInvolved: 1,
        extent: 'partial',
        retractionCm: 1,
        bonyAvulsion: false,
        chronicity: 'acute',
        sciaticNerveInvolved: false,
      },
    })
    const c = athleteCase({
      injury: avulsion,
      observations: [observation('AV0.walkingPainFree', '2025-03-10')],
      responseChecks: [check('2025-03-10'), check('2025-03-11'), check('2025-03-12')],
    })
    const step = nextSmallestStep(c, settings)
    expect(step.kind).toBe('discuss next phase')
    expect(step.title).toBe('Discuss moving to P1')
  })

  it('keeps protective work going in phase 6', () => {
    const c = athleteCase({
      phaseRecords: [record('P6', '2025-03-10')],
      overrides: [override('P5.returnToSportSignOff', '2025-03-10')],
    })
    expect(nextSmallestStep(c, settings).kind).toBe('maintain')
  })

  it('always frames the step for discussion with medical staff and never as clearance', () => {
    const cases = [0, 1, 2, 3, 4, 5].map((k) => standardCase(k))
    for (const c of cases) {
      const step = nextSmallestStep(c, settings)
      expect(step.forDiscussion).toBe(FOR_DISCUSSION)
      expect(`${step.title} ${step.detail}`).not.toMatch(/clear(ed)? to play|cleared|fit to play/i)
    }
  })
})
