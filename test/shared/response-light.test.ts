import { describe, it, expect } from 'vitest'
import { responseLight, type ResponseLightInput } from '@shared/domain/response-light'
import { assessAthlete } from '@shared/domain'
import { athleteCase, check, gym, session, settings, settingsWith } from './support/builders'

const settled = {
  painAtRest: 1,
  painOnTask: 2,
  stiffness: 2,
  akeDeg: 70,
  palpationPain: false,
  apprehension: 20,
}

function input(
  changes: Partial<ResponseLightInput> & { today?: Partial<typeof settled> } = {},
): ResponseLightInput {
  const { today, ...rest } = changes
  return {
    check: { ...check('2025-03-10'), ...settled, ...today },
    previous: settled,
    painDuring: null,
    warningSigns: [],
    painDuringThisWeek: null,
    painDuringLastWeek: null,
    ...rest,
  }
}

describe('responseLight: next morning against the morning before (G1)', () => {
  const cases: {
    name: string
    today: Partial<typeof settled>
    light: 'green' | 'amber' | 'red'
  }[] = [
    {
      name: 'stays green when the morning is the same as the day before',
      today: {},
      light: 'green',
    },
    {
      name: 'stays green when pain and stiffness are lower',
      today: { painOnTask: 1, stiffness: 1 },
      light: 'green',
    },
    {
      name: 'turns amber when pain on the task rises one point',
      today: { painOnTask: 3 },
      light: 'amber',
    },
    { name: 'turns amber when stiffness rises one point', today: { stiffness: 3 }, light: 'amber' },
    {
      name: 'turns amber when knee-extension range drops by more than 10 %',
      today: { akeDeg: 62 },
      light: 'amber',
    },
    {
      name: 'stays green when knee-extension range drops by exactly 10 %',
      today: { akeDeg: 63 },
      light: 'green',
    },
    {
      name: 'turns amber when the leg is newly painful to touch',
      today: { palpationPain: true },
      light: 'amber',
    },
    {
      name: 'turns amber when apprehension rises 10 points',
      today: { apprehension: 30 },
      light: 'amber',
    },
    {
      name: 'stays green when apprehension rises 9 points',
      today: { apprehension: 29 },
      light: 'green',
    },
    {
      name: 'turns red when two signs are worse',
      today: { stiffness: 3, palpationPain: true },
      light: 'red',
    },
    { name: 'turns red when pain rises three points', today: { painAtRest: 4 }, light: 'red' },
    {
      name: 'turns red when morning pain is above 5',
      today: { painAtRest: 6, painOnTask: 6 },
      light: 'red',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(responseLight(input({ today: c.today }), settings).light).toBe(c.light)
    })
  }

  it('says what got worse, in words, with the rule and its source', () => {
    const result = responseLight(input({ today: { painOnTask: 3 } }), settings)
    const reason = result.reasons.find((r) => r.rule === 'G1')
    expect(reason?.text).toBe('Worse than the morning before: pain up 1 point')
    expect(reason?.source).toContain('Silbernagel 2007')
    expect(reason?.strength).toBe('weak')
    expect(result.action).toBe('repeat')
  })

  it('on the first check compares with nothing and is green only when pain is low', () => {
    expect(responseLight(input({ previous: null }), settings).light).toBe('green')
    expect(responseLight(input({ previous: null, today: { painOnTask: 3 } }), settings).light).toBe(
      'amber',
    )
    expect(
      responseLight(input({ previous: null, today: { palpationPain: true } }), settings).light,
    ).toBe('amber')
  })

  it('responds to the day before unless the check names its loading day', () => {
    expect(responseLight(input(), settings).respondsTo).toBe('2025-03-09')
    const named = input({
      check: { ...check('2025-03-10', { respondsTo: '2025-03-08' }), ...settled },
    })
    expect(responseLight(named, settings).respondsTo).toBe('2025-03-08')
  })
})

describe('responseLight: pain during activity (G2)', () => {
  const cases: { name: string; pain: number; light: 'green' | 'amber' | 'red' }[] = [
    { name: 'keeps 0/10 during the session green', pain: 0, light: 'green' },
    { name: 'keeps 2/10 during the session green', pain: 2, light: 'green' },
    { name: 'makes 2.5/10 during the session amber', pain: 2.5, light: 'amber' },
    { name: 'makes 5/10 during the session amber when it settled', pain: 5, light: 'amber' },
    { name: 'makes 5.5/10 during the session red: stop', pain: 5.5, light: 'red' },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(responseLight(input({ painDuring: c.pain }), settings).light).toBe(c.light)
    })
  }

  it('turns amber pain during the session red when the next morning is not settled', () => {
    const result = responseLight(input({ painDuring: 4, today: { stiffness: 3 } }), settings)
    expect(result.light).toBe('red')
    expect(result.reasons.map((r) => r.text)).toContain(
      'Pain during the session 4/10 and not settled by the next morning',
    )
  })

  it('turns amber pain during the session red when it is rising week to week', () => {
    const result = responseLight(
      input({ painDuring: 4, painDuringThisWeek: 3.5, painDuringLastWeek: 2 }),
      settings,
    )
    expect(result.light).toBe('red')
    expect(result.action).toBe('back off')
  })

  it('keeps amber pain amber when the week-to-week rise is below the setting', () => {
    expect(
      responseLight(
        input({ painDuring: 4, painDuringThisWeek: 2.5, painDuringLastWeek: 2 }),
        settings,
      ).light,
    ).toBe('amber')
  })

  it('follows the edited pain bands', () => {
    const strict = settingsWith((s) => {
      s.responseLight.painDuringGreenMax.value = 0
    })
    expect(responseLight(input({ painDuring: 1 }), strict).light).toBe('amber')
  })
})

describe('responseLight: warning signs during speed work (G3)', () => {
  it('turns the morning amber after a grabbing sensation, whatever the pain', () => {
    const result = responseLight(
      input({ painDuring: 0, warningSigns: ['sharp or grabbing sensation'] }),
      settings,
    )
    expect(result.light).toBe('amber')
    expect(result.reasons.find((r) => r.rule === 'G3')?.text).toContain('drop one intensity step')
  })
})

describe('morning lights over a case', () => {
  it('uses the worst pain of the loading day and the morning before as reference', () => {
    const result = assessAthlete(
      athleteCase({
        sessions: [gym('2025-03-10', { painDuring: 1 }), session('2025-03-10', { painDuring: 3 })],
        responseChecks: [check('2025-03-10'), check('2025-03-11')],
      }),
      settings,
    )
    expect(result.responses.map((r) => r.light)).toEqual(['green', 'amber'])
    expect(result.responses[1]?.reasons.find((r) => r.rule === 'G2')?.text).toContain('3/10')
  })
})
