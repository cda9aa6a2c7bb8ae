import { describe, it, expect } from 'vitest'
import { gapAnalysis, type DimensionGap, type GapAnalysis } from '@shared/domain/gap-analysis'
import { demandProfileFromTemplate } from '@shared/templates'
import {
  athleteCase,
  profile,
  run,
  session,
  settings,
  settingsWith,
  soccerDemand,
} from './support/builders'
import { emptyBaselines } from '@shared/schemas/athlete-profile'

// Soccer, all positions (Barnes 2014): HSR 1,151 m, sprint 350 m in 57 sprints, 90 min, 10,700 m,
// one match a week. Pre-injury max velocity 10 m/s. Today 2025-03-20, window 14–20 March.

function dim(gap: GapAnalysis, dimension: DimensionGap['dimension']): DimensionGap {
  const found = gap.dimensions.find((d) => d.dimension === dimension)
  if (found === undefined) throw new Error(`missing ${dimension}`)
  return found
}

describe('gapAnalysis: continuous dimensions', () => {
  it('compares the best single session of the last 7 days with one match', () => {
    const gap = gapAnalysis(
      athleteCase({
        sessions: [run('2025-03-15', { hsrMetres: 400 }), run('2025-03-18', { hsrMetres: 575.5 })],
      }),
      settings,
    )
    const hsr = dim(gap, 'hsr')
    expect(hsr.bestSingle).toBe(575.5)
    expect(hsr.bestSingleDate).toBe('2025-03-18')
    expect(hsr.coverageSingle).toBe(0.5)
    expect(hsr.windowTotal).toBe(975.5)
    expect(hsr.coverageWeek).toBeCloseTo(975.5 / 1151, 12)
    expect(hsr.status).toBe('amber')
  })

  it('counts a session 6 days ago and leaves out one 7 days ago', () => {
    const gap = gapAnalysis(
      athleteCase({
        sessions: [run('2025-03-13', { hsrMetres: 1151 }), run('2025-03-14', { hsrMetres: 100 })],
      }),
      settings,
    )
    expect(dim(gap, 'hsr').bestSingle).toBe(100)
    expect(gap.windowFrom).toBe('2025-03-14')
    expect(gap.windowTo).toBe('2025-03-20')
  })

  it('ignores sessions from before and on the day of the injury', () => {
    const gap = gapAnalysis(
      athleteCase({
        today: '2025-03-05',
        sessions: [run('2025-02-28', { hsrMetres: 1500 }), run('2025-03-01', { hsrMetres: 1200 })],
      }),
      settings,
    )
    expect(dim(gap, 'hsr').bestSingle).toBe(0)
    expect(dim(gap, 'hsr').status).toBe('red')
  })

  it('needs the match week as well as the single session for high-speed running', () => {
    const demand = soccerDemand()
    demand.matchesPerWeek = { value: 2, source: 'Club fixture list' }
    const gap = gapAnalysis(
      athleteCase({
        demand,
        sessions: [run('2025-03-19', { hsrMetres: 1100, sprintMetres: 330 })],
      }),
      settings,
    )
    // single 1100 / 1151 = 0.956 (green); week 1100 / 2302 = 0.478 (red) → red
    expect(dim(gap, 'hsr').coverageWeek).toBeCloseTo(0.4778, 4)
    expect(dim(gap, 'hsr').status).toBe('red')
    // sprint distance uses the single session only: 330 / 350 = 0.943 → green
    expect(dim(gap, 'sprintDistance').status).toBe('green')
  })

  it('bands coverage red below 0.5, amber to 0.9, green from 0.9', () => {
    const statusFor = (metres: number) =>
      dim(
        gapAnalysis(
          athleteCase({ sessions: [run('2025-03-19', { sprintMetres: metres })] }),
          settings,
        ),
        'sprintDistance',
      ).status
    expect(statusFor(174.9)).toBe('red')
    expect(statusFor(175)).toBe('amber')
    expect(statusFor(314.9)).toBe('amber')
    expect(statusFor(315)).toBe('green')
  })

  it('follows edited status bands', () => {
    const strict = settingsWith((s) => {
      s.gap.greenFrom.value = 1
    })
    const gap = gapAnalysis(
      athleteCase({ sessions: [run('2025-03-19', { sprintMetres: 340 })] }),
      strict,
    )
    expect(dim(gap, 'sprintDistance').status).toBe('amber')
  })

  it('calls a dimension with no demand "not required", without dividing by zero', () => {
    const demand = soccerDemand()
    demand.perMatch.sprintCount = { ...demand.perMatch.sprintCount, mean: 0, sd: null }
    const gap = gapAnalysis(
      athleteCase({ demand, sessions: [run('2025-03-19', { sprintCount: 12 })] }),
      settings,
    )
    expect(dim(gap, 'sprintCount').status).toBe('not required')
    expect(dim(gap, 'sprintCount').coverageSingle).toBeNull()
  })

  it('asks for club data where the template has no number', () => {
    const gap = gapAnalysis(athleteCase(), settings)
    const acc = dim(gap, 'accelerations')
    expect(acc.status).toBe('not set')
    expect(acc.message).toContain('Enter from club data')
    expect(gap.notSet).toEqual(expect.arrayContaining(['accelerations', 'decelerations']))
  })

  it('turns per-minute demands into a match with the minutes played', () => {
    const demand = demandProfileFromTemplate('field-hockey', 'defender')
    // 5,223 m in 46 min → 113.54 m/min; the athlete is expected to play 23 min → 2,611.5 m
    demand.perMatch.minutes = { ...demand.perMatch.minutes, mean: 23 }
    const gap = gapAnalysis(
      athleteCase({ demand, sessions: [run('2025-03-19', { totalDistanceMetres: 2611.5 })] }),
      settings,
    )
    const total = dim(gap, 'totalDistance')
    expect(total.demandPerMatch).toBeCloseTo(2611.5, 9)
    expect(total.coverageSingle).toBeCloseTo(1, 9)
  })

  it('leaves the match week out when matches per week is not set', () => {
    const demand = soccerDemand()
    demand.matchesPerWeek = { value: null, source: 'Enter it' }
    const gap = gapAnalysis(
      athleteCase({ demand, sessions: [run('2025-03-19', { hsrMetres: 1100 })] }),
      settings,
    )
    expect(dim(gap, 'hsr').coverageWeek).toBeNull()
    expect(dim(gap, 'hsr').status).toBe('green')
  })

  it('counts only field and match minutes, not gym minutes', () => {
    const gap = gapAnalysis(
      athleteCase({
        sessions: [
          session('2025-03-19', { type: 'gym', minutes: 120 }),
          session('2025-03-18', { minutes: 45 }),
        ],
      }),
      settings,
    )
    expect(dim(gap, 'minutes').bestSingle).toBe(45)
    expect(dim(gap, 'minutes').coverageSingle).toBe(0.5)
  })
})

describe('gapAnalysis: max velocity', () => {
  it('reports the best % of pre-injury max velocity and counts efforts at ≥90 % and ≥95 %', () => {
    const gap = gapAnalysis(
      athleteCase({
        sessions: [
          run('2025-03-15', { peakVelocityMps: 9.2 }),
          run('2025-03-17', {
            peakVelocityMps: 9.6,
            effortsAt90PercentVmax: 4,
            effortsAt95PercentVmax: 2,
          }),
          run('2025-03-19', { peakVelocityMps: 9.5 }),
        ],
      }),
      settings,
    )
    const v = dim(gap, 'maxVelocity')
    expect(v.bestSingle).toBeCloseTo(96, 9)
    expect(v.coverageSingle).toBeCloseTo(0.96, 9)
    expect(v.effortsAt90).toBe(1 + 4 + 1)
    expect(v.effortsAt95).toBe(0 + 2 + 1)
    expect(v.status).toBe('green')
  })

  it('is amber at 94 % of max velocity: green starts at 95 %', () => {
    const gap = gapAnalysis(
      athleteCase({ sessions: [run('2025-03-19', { peakVelocityMps: 9.4 })] }),
      settings,
    )
    expect(dim(gap, 'maxVelocity').status).toBe('amber')
  })

  it('asks for the pre-injury max velocity when it is missing', () => {
    const gap = gapAnalysis(
      athleteCase({
        profile: profile({ baselines: emptyBaselines }),
        sessions: [run('2025-03-19', { peakVelocityMps: 9.4 })],
      }),
      settings,
    )
    expect(dim(gap, 'maxVelocity').status).toBe('not set')
    expect(dim(gap, 'maxVelocity').coverageSingle).toBeNull()
  })
})

describe('gapAnalysis: ladders', () => {
  const cut = (type: 'pre-planned' | 'reactive' | 'opposed', intensityPercent: number) => ({
    type,
    angleDeg: 45,
    intensityPercent,
    count: 10,
  })

  const cases: { name: string; cod: ReturnType<typeof cut>[]; reached: number; status: string }[] =
    [
      {
        name: 'counts pre-planned cuts below 90 % effort as level 1 (red against opposed)',
        cod: [cut('pre-planned', 80)],
        reached: 1,
        status: 'red',
      },
      {
        name: 'counts pre-planned cuts at 90 % effort as level 2 (red: two steps short)',
        cod: [cut('pre-planned', 90)],
        reached: 2,
        status: 'red',
      },
      {
        name: 'counts reactive cuts as level 3 (amber: one step short)',
        cod: [cut('reactive', 70)],
        reached: 3,
        status: 'amber',
      },
      {
        name: 'counts opposed cuts as level 4 (green)',
        cod: [cut('pre-planned', 50), cut('opposed', 60)],
        reached: 4,
        status: 'green',
      },
    ]
  for (const c of cases) {
    it(c.name, () => {
      const gap = gapAnalysis(
        athleteCase({ sessions: [session('2025-03-19', { cod: c.cod })] }),
        settings,
      )
      const cutting = dim(gap, 'cutting')
      expect(cutting.bestSingle).toBe(c.reached)
      expect(cutting.levelGap).toBe(4 - c.reached)
      expect(cutting.status).toBe(c.status)
    })
  }

  it('keeps the highest level since the injury for the ladder even outside the window', () => {
    const gap = gapAnalysis(
      athleteCase({
        sessions: [
          session('2025-03-05', { chaosLevel: 4 }),
          session('2025-03-19', { chaosLevel: 2 }),
        ],
      }),
      settings,
    )
    expect(dim(gap, 'chaos').bestSingle).toBe(2)
    expect(dim(gap, 'chaos').highestSinceInjury).toBe(4)
    expect(dim(gap, 'chaos').levelGap).toBe(3)
  })

  it('calls contact "not required" in a sport without it', () => {
    const demand = demandProfileFromTemplate('field-hockey', 'all')
    const gap = gapAnalysis(athleteCase({ demand }), settings)
    expect(dim(gap, 'contact').status).toBe('not required')
  })

  it('adds the contact count against the match in collision sports', () => {
    // Rugby league forwards: 0.44 collisions a minute × 80 min = 35.2 a match (Naughton 2020)
    const demand = demandProfileFromTemplate('rugby-league', 'forwards')
    const gap = gapAnalysis(
      athleteCase({
        demand,
        sessions: [session('2025-03-19', { contacts: [{ type: 'full', count: 20 }] })],
      }),
      settings,
    )
    const contact = dim(gap, 'contact')
    expect(contact.levelGap).toBe(0)
    expect(contact.demandPerMatch).toBeCloseTo(35.2, 9)
    expect(contact.countCoverage).toBeCloseTo(20 / 35.2, 9)
    expect(contact.countStatus).toBe('amber')
    expect(contact.status).toBe('amber')
  })
})

describe('gapAnalysis: flags and data quality', () => {
  it('carries feared and untested demands through to the result', () => {
    const demand = soccerDemand()
    demand.flags = {
      cutting: { feared: true, untested: false },
      contact: { feared: false, untested: true },
    }
    const gap = gapAnalysis(athleteCase({ demand }), settings)
    expect(dim(gap, 'cutting').feared).toBe(true)
    expect(dim(gap, 'contact').untested).toBe(true)
    expect(dim(gap, 'hsr').feared).toBe(false)
  })

  it('warns when the demand was measured above a different speed threshold', () => {
    const demand = soccerDemand('wide-midfielder')
    expect(
      dim(gapAnalysis(athleteCase({ demand }), settings), 'hsr').comparabilityWarning,
    ).toBeNull()
    demand.thresholds.hsrKmh = { value: 19.8, source: 'Club GPS settings' }
    expect(
      dim(gapAnalysis(athleteCase({ demand }), settings), 'hsr').comparabilityWarning,
    ).toContain('not comparable')
  })

  it('marks the window when a session was logged as questionable data', () => {
    const gap = gapAnalysis(
      athleteCase({
        sessions: [run('2025-03-19', { hsrMetres: 300 }, { dataQuality: 'questionable' })],
      }),
      settings,
    )
    expect(dim(gap, 'hsr').questionableData).toBe(true)
  })

  it("without a demand profile still compares speed with the athlete's own max velocity", () => {
    const gap = gapAnalysis(
      athleteCase({ demand: null, sessions: [run('2025-03-19', { peakVelocityMps: 8 })] }),
      settings,
    )
    expect(gap.hasDemand).toBe(false)
    expect(dim(gap, 'hsr').status).toBe('not set')
    expect(dim(gap, 'cutting').status).toBe('not set')
    expect(dim(gap, 'maxVelocity').coverageSingle).toBeCloseTo(0.8, 9)
    expect(dim(gap, 'maxVelocity').status).toBe('amber')
  })

  it('lists shortfalls, red before amber', () => {
    const gap = gapAnalysis(
      athleteCase({
        sessions: [run('2025-03-19', { hsrMetres: 700, sprintMetres: 20, peakVelocityMps: 9.9 })],
      }),
      settings,
    )
    expect(gap.shortfalls.indexOf('sprintDistance')).toBeLessThan(gap.shortfalls.indexOf('hsr'))
    expect(gap.shortfalls).not.toContain('maxVelocity')
  })
})
