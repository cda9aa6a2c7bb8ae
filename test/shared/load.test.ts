import { describe, it, expect } from 'vitest'
import { loadSummary, type DimensionLoad, type LoadSummary } from '@shared/domain/load'
import { addDays } from '@shared/dates'
import { athleteCase, run, session, settings, settingsWith } from './support/builders'

function dim(summary: LoadSummary, dimension: DimensionLoad['dimension']): DimensionLoad {
  const found = summary.dimensions.find((d) => d.dimension === dimension)
  if (found === undefined) throw new Error(`missing ${dimension}`)
  return found
}

const today = '2025-03-28'

/** One HSR session per week: three earlier weeks of `usual` m and this week `thisWeek` m. */
function weeks(usual: number, thisWeek: number) {
  return [
    run(addDays(today, -24), { hsrMetres: usual }),
    run(addDays(today, -17), { hsrMetres: usual }),
    run(addDays(today, -10), { hsrMetres: usual }),
    run(addDays(today, -3), { hsrMetres: thisWeek }),
  ]
}

describe('loadSummary: acute and chronic totals (G5)', () => {
  it('sums the last 7 days (today included) and averages 28 days per week', () => {
    const summary = loadSummary(athleteCase({ today, sessions: weeks(1000, 2000) }), settings)
    const hsr = dim(summary, 'hsr')
    expect(hsr.acute).toBe(2000)
    expect(hsr.chronicTotal).toBe(5000)
    expect(hsr.chronicWeeklyMean).toBe(1250)
    expect(hsr.acuteToChronic).toBe(1.6)
    expect(summary.acuteFrom).toBe('2025-03-22')
    expect(summary.chronicFrom).toBe('2025-03-01')
  })

  it('prompts a review when this week is well above the usual week', () => {
    const summary = loadSummary(athleteCase({ today, sessions: weeks(1000, 2000) }), settings)
    expect(dim(summary, 'hsr').spike).toBe(true)
    expect(summary.spikes).toEqual(['hsr'])
  })

  it('does not prompt when this week matches the usual week', () => {
    const summary = loadSummary(athleteCase({ today, sessions: weeks(1000, 1000) }), settings)
    expect(dim(summary, 'hsr').acuteToChronic).toBe(1)
    expect(dim(summary, 'hsr').spike).toBe(false)
  })

  it('does not prompt without a usual week to compare with', () => {
    const summary = loadSummary(
      athleteCase({ today, sessions: [run(addDays(today, -2), { hsrMetres: 900 })] }),
      settings,
    )
    expect(dim(summary, 'hsr').acuteToChronic).toBe(4)
    expect(dim(summary, 'hsr').spike).toBe(false)
  })

  it('gives no ratio when the usual week is zero', () => {
    const summary = loadSummary(
      athleteCase({ today, sessions: [session(addDays(today, -20))] }),
      settings,
    )
    expect(dim(summary, 'hsr').acuteToChronic).toBeNull()
    expect(dim(summary, 'hsr').spike).toBe(false)
  })

  it('runs the spike prompt only on the dimensions chosen in settings', () => {
    const sprintToo = settingsWith((s) => {
      s.options.spikeDimensions = ['hsr', 'sprintDistance']
    })
    const sessions = weeks(1000, 1000).map((s, i) => ({
      ...s,
      running: { ...s.running!, sprintMetres: i === 3 ? 400 : 100 },
    }))
    expect(
      dim(loadSummary(athleteCase({ today, sessions }), settings), 'sprintDistance').spike,
    ).toBe(false)
    expect(
      dim(loadSummary(athleteCase({ today, sessions }), sprintToo), 'sprintDistance').spike,
    ).toBe(true)
  })

  it('includes sessions from before the injury: they are the usual week', () => {
    const summary = loadSummary(
      athleteCase({ today: '2025-03-10', sessions: [run('2025-02-20', { hsrMetres: 800 })] }),
      settings,
    )
    expect(dim(summary, 'hsr').chronicTotal).toBe(800)
  })
})

describe('loadSummary: session load and weekly totals', () => {
  it('counts session load as RPE × minutes and skips sessions without RPE', () => {
    const summary = loadSummary(
      athleteCase({
        today,
        sessions: [
          session(today, { rpe: 6, minutes: 50 }),
          session(today, { rpe: null, minutes: 30 }),
        ],
      }),
      settings,
    )
    expect(dim(summary, 'loadAu').acute).toBe(300)
    expect(dim(summary, 'minutes').acute).toBe(80)
  })

  it('gives four 7-day blocks, oldest first, the last ending today', () => {
    const summary = loadSummary(athleteCase({ today, sessions: weeks(1000, 2000) }), settings)
    const blocks = dim(summary, 'hsr').weeklyTotals
    expect(blocks.map((b) => b.total)).toEqual([1000, 1000, 1000, 2000])
    expect(blocks[3]).toEqual({ weekFrom: '2025-03-22', weekTo: '2025-03-28', total: 2000 })
    expect(blocks[0]?.weekFrom).toBe('2025-03-01')
  })

  it('counts efforts at ≥95 % of max velocity, at least one for a fast session', () => {
    const summary = loadSummary(
      athleteCase({
        today,
        sessions: [
          run(today, { peakVelocityMps: 9.7 }),
          run(today, { peakVelocityMps: 9.8, effortsAt95PercentVmax: 3 }),
        ],
      }),
      settings,
    )
    expect(dim(summary, 'effortsAt95').acute).toBe(4)
  })
})

describe('loadSummary: EWMA for display (G6)', () => {
  it('weighs today by λ = 2 / (N + 1) from a start at zero', () => {
    const summary = loadSummary(
      athleteCase({ today, sessions: [run(today, { hsrMetres: 800 })] }),
      settings,
    )
    expect(dim(summary, 'hsr').ewmaAcute).toBeCloseTo((2 / 8) * 800, 9)
    expect(dim(summary, 'hsr').ewmaChronic).toBeCloseTo((2 / 29) * 800, 9)
    expect(dim(summary, 'hsr').ewmaRatio).toBeCloseTo(0.25 / (2 / 29), 9)
  })

  it('decays yesterday by (1 − λ) and adds today', () => {
    const summary = loadSummary(
      athleteCase({
        today,
        sessions: [run(addDays(today, -1), { hsrMetres: 400 }), run(today, { hsrMetres: 800 })],
      }),
      settings,
    )
    const lambda = 0.25
    expect(dim(summary, 'hsr').ewmaAcute).toBeCloseTo(lambda * 800 + (1 - lambda) * lambda * 400, 9)
  })

  it('decays over rest days', () => {
    const summary = loadSummary(
      athleteCase({ today, sessions: [run(addDays(today, -3), { hsrMetres: 800 })] }),
      settings,
    )
    expect(dim(summary, 'hsr').ewmaAcute).toBeCloseTo(0.25 * 800 * 0.75 ** 3, 9)
  })
})
