import type { DemandDimension, SportDemandFacts } from '@shared/schemas/sport-demand'
import { demandProfileFromTemplate } from '@shared/templates'
import type { Random } from './random'

/**
 * What a generated athlete of each sport looks like: the ranges of their pre-injury test results,
 * and the club numbers a club would enter where a template says "enter from club data". With
 * every demand set, the gap analysis and the phase 4 coverage criterion have something to
 * measure against, as they would in a club that uses the app.
 */

type PerMatchKey = keyof SportDemandFacts['perMatch']
type Range = readonly [number, number]

export interface SportProfile {
  /** Team sports train in groups with cutting and contact; track athletes run lanes. */
  style: 'team' | 'track'
  /** Pre-injury max velocity, m/s. */
  vmaxMps: Range
  /** Pre-injury 10 m time, s. */
  tenMetreSeconds: Range
  /** Pre-injury Nordic peak force per leg, N (men; women about 20 % lower). */
  nordicN: Range
  /** Pre-injury isometric knee-flexor force at 90/90 per leg, N (men). */
  isometricN: Range
  massKg: Range
  /** Per-match numbers from the club's GPS where the template has none. */
  clubData: Partial<Record<PerMatchKey, number>>
  /** Speed thresholds, km/h, where the template has none. */
  thresholdsKmh: { hsr: number; sprint: number }
  /** Matches (or planned max-velocity sessions) per week where the template has none. */
  matchesPerWeek: number
  /** What kicking / long-lever work is in this sport, for session notes. */
  longLever: string
  device: string
}

const CLUB_SOURCE = 'Club GPS, squad average over the last season'

const sportProfiles: Record<string, SportProfile> = {
  soccer: {
    style: 'team',
    vmaxMps: [8.9, 9.8],
    tenMetreSeconds: [1.68, 1.8],
    nordicN: [330, 430],
    isometricN: [270, 350],
    massKg: [68, 84],
    clubData: { accelerationCount: 55, decelerationCount: 65, codCount: 40, contactCount: 10 },
    thresholdsKmh: { hsr: 19.8, sprint: 25.2 },
    matchesPerWeek: 1,
    longLever: 'crossing and shooting',
    device: 'GPS vest, 10 Hz',
  },
  'gaelic-football': {
    style: 'team',
    vmaxMps: [8.6, 9.4],
    tenMetreSeconds: [1.7, 1.82],
    nordicN: [320, 410],
    isometricN: [260, 340],
    massKg: [72, 90],
    clubData: { accelerationCount: 60, decelerationCount: 70, codCount: 35, contactCount: 15 },
    thresholdsKmh: { hsr: 17, sprint: 22 },
    matchesPerWeek: 1,
    longLever: 'kicking from the hand and off the ground',
    device: 'GPS vest, 10 Hz',
  },
  'australian-football': {
    style: 'team',
    vmaxMps: [8.5, 9.3],
    tenMetreSeconds: [1.72, 1.84],
    nordicN: [300, 400],
    isometricN: [260, 340],
    massKg: [78, 92],
    clubData: {
      minutes: 95,
      sprintMetres: 380,
      sprintCount: 28,
      accelerationCount: 60,
      decelerationCount: 70,
      codCount: 40,
      contactCount: 14,
    },
    thresholdsKmh: { hsr: 14.4, sprint: 24 },
    matchesPerWeek: 1,
    longLever: 'kicking, from short passes to long set shots',
    device: 'GPS vest, 10 Hz',
  },
  'field-hockey': {
    style: 'team',
    vmaxMps: [8.0, 8.9],
    tenMetreSeconds: [1.75, 1.88],
    nordicN: [280, 370],
    isometricN: [240, 310],
    massKg: [60, 80],
    clubData: {
      minutes: 45,
      sprintCount: 30,
      accelerationCount: 45,
      decelerationCount: 50,
      codCount: 45,
      contactCount: 0,
    },
    thresholdsKmh: { hsr: 14.5, sprint: 19 },
    matchesPerWeek: 1,
    longLever: 'lunging tackles, reaching and hitting',
    device: 'GPS vest, 10 Hz',
  },
  'rugby-union': {
    style: 'team',
    vmaxMps: [8.4, 9.4],
    tenMetreSeconds: [1.72, 1.86],
    nordicN: [340, 460],
    isometricN: [290, 380],
    massKg: [86, 112],
    clubData: {
      totalDistanceMetres: 6000,
      hsrMetres: 650,
      sprintMetres: 180,
      sprintCount: 12,
      accelerationCount: 40,
      decelerationCount: 50,
      codCount: 30,
      contactCount: 16,
    },
    thresholdsKmh: { hsr: 18, sprint: 24 },
    matchesPerWeek: 1,
    longLever: 'kicking from the hand',
    device: 'GPS vest, 10 Hz',
  },
  'rugby-league': {
    style: 'team',
    vmaxMps: [8.4, 9.3],
    tenMetreSeconds: [1.72, 1.86],
    nordicN: [340, 450],
    isometricN: [290, 370],
    massKg: [88, 108],
    clubData: {
      totalDistanceMetres: 5800,
      sprintMetres: 160,
      sprintCount: 10,
      accelerationCount: 40,
      decelerationCount: 50,
      codCount: 30,
    },
    thresholdsKmh: { hsr: 18, sprint: 24 },
    matchesPerWeek: 1,
    longLever: 'kicking from the hand',
    device: 'GPS vest, 10 Hz',
  },
  basketball: {
    style: 'team',
    vmaxMps: [7.2, 8.2],
    tenMetreSeconds: [1.74, 1.86],
    nordicN: [300, 400],
    isometricN: [260, 340],
    massKg: [70, 102],
    clubData: {
      totalDistanceMetres: 5500,
      hsrMetres: 450,
      sprintMetres: 120,
      sprintCount: 15,
      accelerationCount: 70,
      decelerationCount: 80,
      codCount: 90,
      contactCount: 25,
    },
    thresholdsKmh: { hsr: 18, sprint: 22 },
    matchesPerWeek: 2,
    longLever: 'none',
    device: 'LPS tag, arena system',
  },
  'american-football': {
    style: 'team',
    vmaxMps: [8.6, 9.8],
    tenMetreSeconds: [1.64, 1.8],
    nordicN: [360, 480],
    isometricN: [300, 390],
    massKg: [84, 120],
    clubData: {
      minutes: 60,
      totalDistanceMetres: 4500,
      hsrMetres: 600,
      sprintMetres: 200,
      sprintCount: 14,
      accelerationCount: 40,
      decelerationCount: 45,
      codCount: 35,
      contactCount: 30,
    },
    thresholdsKmh: { hsr: 18, sprint: 24 },
    matchesPerWeek: 1,
    longLever: 'none',
    device: 'GPS vest, 10 Hz',
  },
  sprinting: {
    style: 'track',
    vmaxMps: [10.4, 11.6],
    tenMetreSeconds: [1.55, 1.66],
    nordicN: [380, 500],
    isometricN: [300, 390],
    massKg: [68, 86],
    clubData: {
      minutes: 80,
      totalDistanceMetres: 2600,
      hsrMetres: 600,
      sprintMetres: 300,
      sprintCount: 6,
      accelerationCount: 12,
      decelerationCount: 12,
    },
    thresholdsKmh: { hsr: 19.8, sprint: 25.2 },
    matchesPerWeek: 2,
    longLever: 'hurdle clearance and bounding',
    device: 'Laser timing and GPS',
  },
}

export function sportProfile(templateId: string): SportProfile {
  const profile = sportProfiles[templateId]
  if (profile === undefined) throw new RangeError(`No story profile for sport ${templateId}`)
  return profile
}

/**
 * The athlete's demand profile: the template position, then the club's numbers where the
 * template has none, and the feared or untested demands the athlete named.
 */
export function demandFor(
  templateId: string,
  positionId: string,
  flags: { feared: DemandDimension[]; untested: DemandDimension[] },
): SportDemandFacts {
  const demand = demandProfileFromTemplate(templateId, positionId)
  const profile = sportProfile(templateId)
  const t = demand.thresholds
  t.hsrKmh ??= { value: profile.thresholdsKmh.hsr, source: 'Club GPS settings' }
  t.sprintKmh ??= { value: profile.thresholdsKmh.sprint, source: 'Club GPS settings' }
  t.accelerationMps2 ??= { value: 3, source: 'Club GPS settings' }
  t.decelerationMps2 ??= { value: 3, source: 'Club GPS settings' }
  for (const [key, value] of Object.entries(profile.clubData) as [PerMatchKey, number][]) {
    const current = demand.perMatch[key]
    if (current.mean !== null) continue
    const speedThreshold =
      key === 'hsrMetres'
        ? t.hsrKmh.value
        : key === 'sprintMetres' || key === 'sprintCount'
          ? t.sprintKmh.value
          : null
    demand.perMatch[key] = {
      ...current,
      mean: value,
      basis: 'per match',
      source: CLUB_SOURCE,
      thresholdKmh: speedThreshold,
      note: null,
    }
  }
  if (demand.matchesPerWeek.value === null) {
    demand.matchesPerWeek = {
      value: profile.matchesPerWeek,
      source:
        profile.style === 'track' ? 'Training plan: max-velocity sessions a week' : CLUB_SOURCE,
    }
  }
  for (const dimension of new Set([...flags.feared, ...flags.untested])) {
    demand.flags[dimension] = {
      feared: flags.feared.includes(dimension),
      untested: flags.untested.includes(dimension),
    }
  }
  return demand
}

/**
 * One or two demands the athlete is wary of: flat-out speed after a sprint-type strain,
 * kicking or reaching for the long-lever sports, contact for the collision sports.
 */
export function pickFlags(
  random: Random,
  demand: SportDemandFacts,
): { feared: DemandDimension[]; untested: DemandDimension[] } {
  const candidates: DemandDimension[] = ['maxVelocity', 'decelerations']
  if (demand.ordinal.cutting.level >= 3) candidates.push('cutting')
  if (demand.ordinal.contact.level >= 2) candidates.push('contact')
  if (demand.ordinal.longLever.level >= 2) candidates.push('longLever')
  const first = random.pick(candidates)
  const rest = candidates.filter((d) => d !== first)
  const second = random.chance(0.6) && rest.length > 0 ? random.pick(rest) : null
  return {
    feared: [first],
    untested: second === null ? [] : [second],
  }
}
