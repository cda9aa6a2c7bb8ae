import { describe, it, expect } from 'vitest'
import {
  sportDemandProfileInputSchema,
  type DemandValue,
  type SportDemandFacts,
} from '@shared/schemas/sport-demand'
import {
  CLUB_DATA,
  demandProfileFromTemplate,
  findTemplate,
  sportTemplates,
} from '@shared/templates'

function allValues(profile: SportDemandFacts): [string, DemandValue][] {
  return [
    ...Object.entries(profile.perMatch),
    ...profile.contactsByType.map((c): [string, DemandValue] => [`contact ${c.type}`, c.value]),
  ]
}

const everyPosition = sportTemplates.flatMap((t) => t.positions.map((p) => [t.id, p.id] as const))

describe('sport templates (domain.md §6)', () => {
  it('cover the nine sports of the brief', () => {
    expect(sportTemplates.map((t) => t.sport)).toEqual([
      'Soccer',
      'Gaelic football',
      'Australian football',
      'Field hockey',
      'Rugby union',
      'Rugby league',
      'Basketball',
      'American football',
      'Sprinting',
    ])
  })

  it('give profiles that pass the form schema for every sport and position', () => {
    for (const [sport, position] of everyPosition) {
      const result = sportDemandProfileInputSchema.safeParse(
        demandProfileFromTemplate(sport, position),
      )
      expect(result.success, `${sport}/${position}: ${JSON.stringify(result.error?.issues)}`).toBe(
        true,
      )
    }
  })

  it('never invent a number: each value has a source, and a missing one says "enter from club data"', () => {
    for (const [sport, position] of everyPosition) {
      for (const [name, value] of allValues(demandProfileFromTemplate(sport, position))) {
        const where = `${sport}/${position} ${name}`
        if (value.mean === null) {
          expect(value.note?.startsWith(CLUB_DATA), where).toBe(true)
          expect(value.sd, where).toBeNull()
        } else {
          expect(value.source, where).not.toBe(CLUB_DATA)
          expect(value.source.length, where).toBeGreaterThan(3)
        }
      }
    }
  })

  it('seed no acceleration or deceleration counts: they depend on the device', () => {
    for (const [sport, position] of everyPosition) {
      const profile = demandProfileFromTemplate(sport, position)
      expect(profile.perMatch.accelerationCount.mean, `${sport}/${position}`).toBeNull()
      expect(profile.perMatch.decelerationCount.mean, `${sport}/${position}`).toBeNull()
    }
  })

  it('store speed values with the threshold they were measured above', () => {
    for (const [sport, position] of everyPosition) {
      const profile = demandProfileFromTemplate(sport, position)
      for (const key of ['hsrMetres', 'sprintMetres'] as const) {
        const value = profile.perMatch[key]
        if (value.mean !== null)
          expect(value.thresholdKmh, `${sport}/${position} ${key}`).not.toBeNull()
      }
    }
  })

  it('soccer: Barnes 2014 HSR >19.8 km/h 1,151 ± 337 m and sprint >25.2 km/h 350 ± 139 m in 57 ± 20 sprints', () => {
    const soccer = demandProfileFromTemplate('soccer', 'all')
    expect(soccer.perMatch.hsrMetres).toMatchObject({ mean: 1151, sd: 337, thresholdKmh: 19.8 })
    expect(soccer.perMatch.sprintMetres).toMatchObject({ mean: 350, sd: 139, thresholdKmh: 25.2 })
    expect(soccer.perMatch.sprintCount).toMatchObject({ mean: 57, sd: 20 })
    expect(soccer.perMatch.hsrMetres.source).toContain('Barnes 2014')
  })

  it('soccer positions: Bradley 2009 distances above 14.4 km/h, with the profile threshold to match', () => {
    const expected: [string, number][] = [
      ['wide-midfielder', 3138],
      ['central-midfielder', 2825],
      ['full-back', 2605],
      ['attacker', 2341],
      ['centre-back', 1834],
    ]
    for (const [position, metres] of expected) {
      const profile = demandProfileFromTemplate('soccer', position)
      expect(profile.perMatch.hsrMetres).toMatchObject({ mean: metres, thresholdKmh: 14.4 })
      expect(profile.thresholds.hsrKmh?.value).toBe(14.4)
    }
  })

  it('Gaelic football: Malone 2016 numbers, accelerations left to the club with the published count in the note', () => {
    const gaelic = demandProfileFromTemplate('gaelic-football', 'all')
    expect(gaelic.perMatch.totalDistanceMetres).toMatchObject({ mean: 8160, sd: 1482 })
    expect(gaelic.perMatch.hsrMetres).toMatchObject({ mean: 1731, sd: 659, thresholdKmh: 17 })
    expect(gaelic.perMatch.sprintMetres).toMatchObject({ mean: 445, sd: 169, thresholdKmh: 22 })
    expect(gaelic.perMatch.accelerationCount.note).toContain('184 ± 40')
  })

  it('Australian football: Coutts 2010 distance and high-intensity running above 14.4 km/h', () => {
    const afl = demandProfileFromTemplate('australian-football', 'all')
    expect(afl.perMatch.totalDistanceMetres).toMatchObject({ mean: 12_939, sd: 1145 })
    expect(afl.perMatch.hsrMetres).toMatchObject({ mean: 3880, sd: 663, thresholdKmh: 14.4 })
  })

  it('field hockey positions use per-minute values that rebuild the published match totals', () => {
    const published: [string, number, number, number][] = [
      ['defender', 46, 5223, 315],
      ['midfielder', 38, 4945, 437],
      ['forward', 34, 4453, 445],
    ]
    for (const [position, minutes, total, sprint] of published) {
      const profile = demandProfileFromTemplate('field-hockey', position)
      expect(profile.perMatch.minutes.mean).toBe(minutes)
      expect(profile.perMatch.totalDistanceMetres.basis).toBe('per minute')
      expect((profile.perMatch.totalDistanceMetres.mean ?? 0) * minutes).toBeCloseTo(total, 9)
      expect((profile.perMatch.sprintMetres.mean ?? 0) * minutes).toBeCloseTo(sprint, 9)
    }
  })

  it('rugby union keeps the 5,400–6,300 m range as a note and asks for per-player collisions', () => {
    const backs = demandProfileFromTemplate('rugby-union', 'backs')
    expect(backs.perMatch.totalDistanceMetres.mean).toBeNull()
    expect(backs.perMatch.totalDistanceMetres.note).toContain('5,400–6,300 m')
    expect(backs.perMatch.contactCount.note).toContain('156 tackles, 116 rucks, 22 scrums')
    expect(backs.ordinal.contact.level).toBe(3)
  })

  it('rugby league: collisions 0.44 a minute for forwards and 0.16 for backs, tackles 24.6 and 12.8', () => {
    const forwards = demandProfileFromTemplate('rugby-league', 'forwards')
    const backs = demandProfileFromTemplate('rugby-league', 'backs')
    expect(forwards.perMatch.contactCount).toMatchObject({ mean: 0.44, basis: 'per minute' })
    expect(backs.perMatch.contactCount).toMatchObject({ mean: 0.16, basis: 'per minute' })
    expect(forwards.contactsByType[0]?.value.mean).toBe(24.6)
    expect(backs.contactsByType[0]?.value.mean).toBe(12.8)
    expect(forwards.perMatch.hsrMetres).toMatchObject({
      mean: 7.8,
      sd: 2.1,
      basis: 'per minute',
      thresholdKmh: 18,
    })
  })

  it('basketball: 3.5 m/s² thresholds and the 5–6 km range as a note', () => {
    const basketball = demandProfileFromTemplate('basketball', 'all')
    expect(basketball.thresholds.accelerationMps2?.value).toBe(3.5)
    expect(basketball.perMatch.totalDistanceMetres.mean).toBeNull()
    expect(basketball.perMatch.totalDistanceMetres.note).toContain('5–6 km')
  })

  it('American football leaves every number to club data', () => {
    for (const position of findTemplate('american-football')?.positions ?? []) {
      const profile = demandProfileFromTemplate('american-football', position.id)
      expect(Object.values(profile.perMatch).every((v) => v.mean === null)).toBe(true)
    }
  })

  it('sprinting asks for 100 % of own max velocity and leaves the weekly sessions to the coach', () => {
    const sprint = demandProfileFromTemplate('sprinting', 'sprints')
    expect(sprint.vmaxPercentRequired.value).toBe(100)
    expect(sprint.matchesPerWeek.value).toBeNull()
    expect(sprint.ordinal.cutting.level).toBe(0)
    expect(
      demandProfileFromTemplate('sprinting', 'hurdles').ordinal.longLever.level,
    ).toBeGreaterThan(0)
  })

  it('hands out copies: editing an athlete profile never changes the template', () => {
    const first = demandProfileFromTemplate('soccer', 'all')
    first.perMatch.hsrMetres.mean = 1
    first.flags.hsr = { feared: true, untested: false }
    const second = demandProfileFromTemplate('soccer', 'all')
    expect(second.perMatch.hsrMetres.mean).toBe(1151)
    expect(second.flags).toEqual({})
    expect(second.basis).toBe('template')
    expect(second.templateId).toBe('soccer/all')
  })

  it('refuses an unknown template or position', () => {
    expect(() => demandProfileFromTemplate('curling', 'all')).toThrow('Unknown sport template')
    expect(() => demandProfileFromTemplate('soccer', 'goalkeeper')).toThrow('Unknown position')
  })
})
