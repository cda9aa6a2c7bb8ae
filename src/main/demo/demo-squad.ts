import { generateAthleteStory, type AthleteStory, type StorySpec } from './story'

/**
 * The demo squad of the first-run screen: fictional athletes across sports, each at a different
 * point of the return to sport, generated against `today` so the data is always "the last six
 * weeks". The engine must read each one as described here; test/main/demo checks it does.
 */

export const DEMO_SQUAD_NAME = 'Demo squad (fictional athletes)'

/** Fixed seed: the demo looks the same on every machine and every day it is loaded. */
const DEMO_SEED = 20_26

type DemoAthlete = Omit<StorySpec, 'seed' | 'today'>

export const demoAthletes: readonly DemoAthlete[] = [
  {
    name: 'Callum Brightwater',
    sport: 'soccer',
    position: 'wide-midfielder',
    rosterPosition: 'Winger',
    sex: 'male',
    age: 24,
    dominantLeg: 'right',
    injury: {
      kind: 'strain',
      bamicGrade: '2b',
      mechanism: 'sprint_type',
      activity: 'sprinting',
      muscle: 'BFlh',
      location: 'mid',
      side: 'right',
      daysSinceInjury: 26,
      phase: 'P3',
      progress: 0.6,
      story:
        'Felt a sharp pull at the back of the right thigh chasing a ball over the top, 30 min into the match.',
    },
    flags: { feared: ['maxVelocity'], untested: ['longLever'] },
  },
  {
    name: 'Ieuan Marchbank',
    sport: 'rugby-union',
    position: 'backs',
    rosterPosition: 'Outside centre',
    sex: 'male',
    age: 27,
    dominantLeg: 'left',
    injury: {
      kind: 'avulsion repair',
      mechanism: 'stretch_type',
      activity: 'slide',
      side: 'left',
      daysSinceInjury: 106,
      repairAfterDays: 8,
      phase: 'P2',
      progress: 0.55,
      story:
        'Foot slipped into the splits at a ruck; all three tendons off the bone on MRI, repaired eight days later.',
    },
    flags: { feared: ['contact'], untested: ['maxVelocity'] },
  },
  {
    name: 'Cathal Dunmore',
    sport: 'gaelic-football',
    position: 'all',
    rosterPosition: 'Midfielder',
    sex: 'male',
    age: 26,
    dominantLeg: 'right',
    injury: {
      kind: 'strain',
      bamicGrade: '2a',
      mechanism: 'sprint_type',
      activity: 'sprinting',
      muscle: 'BFlh',
      location: 'proximal',
      side: 'left',
      daysSinceInjury: 41,
      phase: 'P4',
      progress: 0.55,
      story: 'Pulled up sprinting onto a breaking ball in the second half.',
    },
    flags: { feared: ['longLever'], untested: ['contact'] },
  },
  {
    name: 'Elin Aldercombe',
    sport: 'field-hockey',
    position: 'forward',
    rosterPosition: 'Forward',
    sex: 'female',
    age: 22,
    dominantLeg: 'right',
    injury: {
      kind: 'strain',
      bamicGrade: '1b',
      mechanism: 'stretch_type',
      activity: 'lunge',
      muscle: 'ST',
      location: 'proximal',
      side: 'right',
      daysSinceInjury: 10,
      phase: 'P1',
      progress: 0.5,
      story:
        'Over-reached on a lunging tackle at the top of the circle; felt it tighten high in the thigh.',
    },
    flags: { feared: ['longLever'], untested: [] },
  },
  {
    name: 'Dion Featherstow',
    sport: 'sprinting',
    position: 'sprints',
    rosterPosition: '100 m / 200 m',
    sex: 'male',
    age: 23,
    dominantLeg: 'right',
    injury: {
      kind: 'strain',
      bamicGrade: '2c',
      mechanism: 'sprint_type',
      activity: 'sprinting',
      muscle: 'BFlh',
      location: 'mid',
      side: 'left',
      daysSinceInjury: 33,
      phase: 'P3',
      progress: 0.6,
      hold: true,
      story:
        'Felt a grab at 60 m in a 150 m rep at full speed; MRI showed the tendon inside the muscle involved.',
    },
    flags: { feared: ['maxVelocity'], untested: [] },
  },
  {
    name: 'Lachlan Veitchmoor',
    sport: 'australian-football',
    position: 'all',
    rosterPosition: 'Midfielder',
    sex: 'male',
    age: 25,
    dominantLeg: 'left',
    injury: {
      kind: 'strain',
      bamicGrade: '2b',
      mechanism: 'sprint_type',
      activity: 'sprinting',
      muscle: 'BFlh',
      location: 'mid',
      side: 'right',
      daysSinceInjury: 54,
      phase: 'P5',
      progress: 0.55,
      story: 'Grabbed at the back of the thigh on a long lead-up run in the last quarter.',
    },
    flags: { feared: ['decelerations'], untested: ['contact'] },
  },
  {
    name: 'Amara Whitcroft',
    sport: 'basketball',
    position: 'all',
    rosterPosition: 'Guard',
    sex: 'female',
    age: 21,
    dominantLeg: 'right',
    injury: {
      kind: 'strain',
      bamicGrade: '1a',
      mechanism: 'sprint_type',
      activity: 'COD',
      muscle: 'BFlh',
      location: 'distal',
      side: 'left',
      daysSinceInjury: 2,
      phase: 'P0',
      progress: 0.5,
      story: 'Felt the back of the thigh tighten on a hard plant-and-drive in a transition drill.',
    },
    flags: { feared: ['cutting'], untested: [] },
  },
  {
    name: 'Tobias Wrenfield',
    sport: 'soccer',
    position: 'centre-back',
    rosterPosition: 'Centre-back',
    sex: 'male',
    age: 29,
    dominantLeg: 'right',
  },
  {
    name: 'Mei Ashcombe',
    sport: 'field-hockey',
    position: 'defender',
    rosterPosition: 'Defender',
    sex: 'female',
    age: 25,
    dominantLeg: 'right',
  },
  {
    name: 'Oisín Bramleigh',
    sport: 'rugby-union',
    position: 'forwards',
    rosterPosition: 'Flanker',
    sex: 'male',
    age: 28,
    dominantLeg: 'right',
  },
]

/** The demo squad's stories for `today` (`YYYY-MM-DD`). */
export function demoSquadStories(today: string): AthleteStory[] {
  return demoAthletes.map((athlete, i) =>
    generateAthleteStory({ ...athlete, seed: DEMO_SEED + i, today }),
  )
}
