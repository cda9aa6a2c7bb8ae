/** Injury classification vocabularies (domain.md §1 and §2). */

/** British Athletics Muscle Injury Classification (Pollock 2014), MRI-based. */
export const bamicGrades = [
  '0a',
  '0b',
  '1a',
  '1b',
  '2a',
  '2b',
  '2c',
  '3a',
  '3b',
  '3c',
  '4',
  '4c',
] as const
export type BamicGrade = (typeof bamicGrades)[number]
export const bamicSiteLabels = {
  a: 'myofascial',
  b: 'musculotendinous',
  c: 'intratendinous',
} as const

/** Munich consensus classification (Mueller-Wohlfahrt 2013). */
export const munichGrades = [
  '1A',
  '1B',
  '2A',
  '2B',
  '3A',
  '3B',
  '4',
  'contusion',
  'laceration',
] as const
export type MunichGrade = (typeof munichGrades)[number]
export const munichGradeLabels: Record<MunichGrade, string> = {
  '1A': '1A Fatigue-induced (functional)',
  '1B': '1B Delayed-onset soreness (functional)',
  '2A': '2A Spine-related neuromuscular (functional)',
  '2B': '2B Muscle-related neuromuscular (functional)',
  '3A': '3A Minor partial tear (structural)',
  '3B': '3B Moderate partial tear (structural)',
  '4': '4 (Sub)total tear or avulsion (structural)',
  contusion: 'Contusion (direct)',
  laceration: 'Laceration (direct)',
}
/** Munich grades that are functional disorders (no structural damage). */
export const functionalMunichGrades: readonly MunichGrade[] = ['1A', '1B', '2A', '2B']

/** Mechanism (Askling 2006). */
export const mechanisms = ['sprint_type', 'stretch_type', 'contact', 'other', 'unknown'] as const
export type Mechanism = (typeof mechanisms)[number]
export const mechanismLabels: Record<Mechanism, string> = {
  sprint_type: 'Sprint-type (high-speed running)',
  stretch_type: 'Stretch-type (slow, extreme lengthening)',
  contact: 'Contact',
  other: 'Other',
  unknown: 'Unknown',
}

export const injuryActivities = ['sprinting', 'kicking', 'COD', 'slide', 'lunge', 'other'] as const
export type InjuryActivity = (typeof injuryActivities)[number]
export const injuryActivityLabels: Record<InjuryActivity, string> = {
  sprinting: 'Sprinting',
  kicking: 'Kicking',
  COD: 'Change of direction',
  slide: 'Slide',
  lunge: 'Lunge',
  other: 'Other',
}

export const hamstringMuscles = ['BFlh', 'BFsh', 'ST', 'SM', 'multiple'] as const
export type HamstringMuscle = (typeof hamstringMuscles)[number]
export const hamstringMuscleLabels: Record<HamstringMuscle, string> = {
  BFlh: 'Biceps femoris, long head',
  BFsh: 'Biceps femoris, short head',
  ST: 'Semitendinosus',
  SM: 'Semimembranosus',
  multiple: 'More than one muscle',
}

export const injuryLocations = ['proximal', 'mid', 'distal'] as const
export type InjuryLocation = (typeof injuryLocations)[number]

export const managements = ['conservative', 'surgical'] as const
export type Management = (typeof managements)[number]

export const avulsionExtents = ['complete', 'partial'] as const
export const avulsionChronicities = ['acute', 'chronic'] as const

export const athleteLevels = ['elite', 'sub-elite', 'amateur', 'youth'] as const
export type AthleteLevel = (typeof athleteLevels)[number]

export const sexes = ['female', 'male', 'not recorded'] as const
export type Sex = (typeof sexes)[number]
