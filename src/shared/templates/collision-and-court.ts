import {
  clubData,
  defaultVmax,
  EO_SOURCE,
  notRequired,
  ordinal,
  published,
  threshold,
  withChanges,
  type DemandBody,
  type SportTemplate,
} from './build'

/** Rugby union, rugby league, basketball, American football and sprinting (domain.md §6). */

const ACC_DEC_NOTE =
  'Counts depend on the device, filtering and minimum effort duration (Delves 2021)'

const unionBase: DemandBody = {
  thresholds: { hsrKmh: null, sprintKmh: null, accelerationMps2: null, decelerationMps2: null },
  perMatch: {
    minutes: published(80, 'min', 'Full match (2 × 40 min)', {
      note: "Set the athlete's expected minutes",
    }),
    totalDistanceMetres: clubData(
      'm',
      '5,400–6,300 m by position group (Quarrie 2013, international)',
    ),
    hsrMetres: clubData('m', 'Backs cover more high-speed distance than forwards'),
    sprintMetres: clubData('m'),
    sprintCount: clubData('count'),
    accelerationCount: clubData('count', ACC_DEC_NOTE),
    decelerationCount: clubData('count', ACC_DEC_NOTE),
    codCount: clubData('count'),
    contactCount: clubData(
      'count',
      'Team totals per match: 156 tackles, 116 rucks, 22 scrums (Paul 2022); enter per-player collisions from own data',
    ),
  },
  contactsByType: [],
  vmaxPercentRequired: defaultVmax,
  ordinal: {
    cutting: ordinal(4),
    contact: ordinal(3, `${EO_SOURCE}: collision sport`),
    chaos: ordinal(5),
    longLever: ordinal(1),
  },
  matchesPerWeek: { value: 1, source: EO_SOURCE },
}

export const rugbyUnionTemplate: SportTemplate = {
  id: 'rugby-union',
  sport: 'Rugby union',
  level: 'elite',
  citation: 'Quarrie 2013; Paul 2022',
  notes: ['Forwards: more contacts; backs: more high-speed running.'],
  positions: [
    {
      id: 'forwards',
      name: 'Forwards',
      notes: 'More contacts',
      demand: withChanges(unionBase, { ordinal: { cutting: ordinal(3) } }),
    },
    {
      id: 'backs',
      name: 'Backs',
      notes: 'More high-speed running; kickers',
      demand: withChanges(unionBase, {
        ordinal: { longLever: ordinal(3, `${EO_SOURCE}: kicking backs`) },
      }),
    },
  ],
}

const NAUGHTON = 'Naughton 2020 (professional rugby league)'
const TWIST = 'Twist 2014 (NRL)'

function leaguePosition(
  id: 'forwards' | 'backs',
  collisionsPerMinute: number,
  tackles: number,
): SportTemplate['positions'][number] {
  const forwards = id === 'forwards'
  return {
    id,
    name: forwards ? 'Forwards' : 'Backs',
    notes: forwards
      ? '139–229 m less high-speed distance and about 12 more collisions than backs (Glassbrook 2019)'
      : 'More high-speed distance, fewer collisions',
    demand: {
      thresholds: {
        hsrKmh: threshold(18, `${TWIST}: >5 m/s`),
        sprintKmh: null,
        accelerationMps2: null,
        decelerationMps2: null,
      },
      perMatch: {
        minutes: published(80, 'min', 'Full match (2 × 40 min)', {
          note: forwards
            ? 'Forwards are often interchanged: set expected minutes'
            : "Set the athlete's expected minutes",
        }),
        totalDistanceMetres: clubData('m'),
        hsrMetres: published(7.8, 'm', TWIST, {
          sd: 2.1,
          basis: 'per minute',
          thresholdKmh: 18,
          note: 'Super League: 6.1 ± 1.7 m per minute',
        }),
        sprintMetres: clubData('m'),
        sprintCount: clubData('count'),
        accelerationCount: clubData('count', ACC_DEC_NOTE),
        decelerationCount: clubData('count', ACC_DEC_NOTE),
        codCount: clubData('count'),
        contactCount: published(
          collisionsPerMinute,
          'count',
          `${NAUGHTON}: microsensor collisions`,
          {
            basis: 'per minute',
            note: 'Team mean 32.7 collisions per match',
          },
        ),
      },
      contactsByType: [
        { type: 'Tackles', value: published(tackles, 'count', NAUGHTON) },
        {
          type: 'Carries',
          value: published(11, 'count', NAUGHTON, { note: 'About 11 for forwards and backs' }),
        },
      ],
      vmaxPercentRequired: defaultVmax,
      ordinal: {
        cutting: ordinal(forwards ? 3 : 4),
        contact: ordinal(3, `${EO_SOURCE}: collision sport`),
        chaos: ordinal(5),
        longLever: ordinal(
          forwards ? 1 : 3,
          forwards ? EO_SOURCE : `${EO_SOURCE}: kicking halves and backs`,
        ),
      },
      matchesPerWeek: { value: 1, source: EO_SOURCE },
    },
  }
}

export const rugbyLeagueTemplate: SportTemplate = {
  id: 'rugby-league',
  sport: 'Rugby league',
  level: 'elite',
  citation: 'Naughton 2020; Twist 2014; Glassbrook 2019',
  notes: ['Collision rate per minute: forwards 0.44, backs 0.16 (Naughton 2020).'],
  positions: [leaguePosition('forwards', 0.44, 24.6), leaguePosition('backs', 0.16, 12.8)],
}

const TUTTLE = 'Tuttle 2024 (usual microsensor thresholds)'

export const basketballTemplate: SportTemplate = {
  id: 'basketball',
  sport: 'Basketball',
  level: 'elite',
  citation: 'Stojanović 2018; Tuttle 2024',
  notes: [
    'Usual thresholds: accelerations, decelerations and cuts >3.5 m/s², jumps >40 cm (Tuttle 2024).',
    'Guards sprint and shuffle more.',
  ],
  positions: [
    {
      id: 'all',
      name: 'All positions',
      notes: 'Guards sprint and shuffle more; enter counts from own local positioning data',
      demand: {
        thresholds: {
          hsrKmh: null,
          sprintKmh: null,
          accelerationMps2: threshold(3.5, TUTTLE),
          decelerationMps2: threshold(3.5, TUTTLE),
        },
        perMatch: {
          minutes: published(40, 'min', 'Live playing time (Stojanović 2018)', {
            note: "Set the athlete's expected minutes",
          }),
          totalDistanceMetres: clubData('m', '5–6 km over 40 min of live time (Stojanović 2018)'),
          hsrMetres: clubData('m'),
          sprintMetres: clubData('m'),
          sprintCount: clubData('count'),
          accelerationCount: clubData('count', 'Above 3.5 m/s² (Tuttle 2024); from own LPS'),
          decelerationCount: clubData('count', 'Above 3.5 m/s² (Tuttle 2024); from own LPS'),
          codCount: clubData('count', 'Above 3.5 m/s² (Tuttle 2024); from own LPS'),
          contactCount: clubData('count'),
        },
        contactsByType: [],
        vmaxPercentRequired: defaultVmax,
        ordinal: {
          cutting: ordinal(4),
          contact: ordinal(2, `${EO_SOURCE}: screens and boxing out`),
          chaos: ordinal(5),
          longLever: ordinal(0),
        },
        matchesPerWeek: { value: 2, source: EO_SOURCE },
      },
    },
  ],
}

const SANCHEZ = 'Sanchez 2023 (NFL ranking only; no numbers)'

const nflBase: DemandBody = {
  thresholds: { hsrKmh: null, sprintKmh: null, accelerationMps2: null, decelerationMps2: null },
  perMatch: {
    minutes: clubData('min'),
    totalDistanceMetres: clubData('m'),
    hsrMetres: clubData('m'),
    sprintMetres: clubData('m'),
    sprintCount: clubData('count'),
    accelerationCount: clubData('count'),
    decelerationCount: clubData('count'),
    codCount: clubData('count'),
    contactCount: clubData('count'),
  },
  contactsByType: [],
  vmaxPercentRequired: defaultVmax,
  ordinal: {
    cutting: ordinal(4),
    contact: ordinal(3, `${EO_SOURCE}: collision sport`),
    chaos: ordinal(5),
    longLever: ordinal(0),
  },
  matchesPerWeek: { value: 1, source: EO_SOURCE },
}

export const americanFootballTemplate: SportTemplate = {
  id: 'american-football',
  sport: 'American football',
  level: 'elite',
  citation: SANCHEZ,
  notes: ['Numbers blank on purpose: seed them from club data. Ranking from Sanchez 2023.'],
  positions: [
    {
      id: 'wide-receiver',
      name: 'Wide receiver',
      notes: 'Highest for distance, max velocity and acc/dec',
      demand: nflBase,
    },
    {
      id: 'defensive-back',
      name: 'Defensive back',
      notes: 'Highest for distance, max velocity and acc/dec',
      demand: nflBase,
    },
    { id: 'linebacker', name: 'Linebacker', notes: 'Most high-velocity efforts', demand: nflBase },
    {
      id: 'lineman',
      name: 'Lineman',
      notes: 'Lowest running demands',
      demand: withChanges(nflBase, { ordinal: { cutting: ordinal(2) } }),
    },
  ],
}

const sprintBase: DemandBody = {
  thresholds: { hsrKmh: null, sprintKmh: null, accelerationMps2: null, decelerationMps2: null },
  perMatch: {
    minutes: clubData('min', 'Enter from the training plan'),
    totalDistanceMetres: clubData('m', 'Enter from the training plan'),
    hsrMetres: clubData('m', 'Enter from the training plan'),
    sprintMetres: clubData('m', 'Enter from the training plan'),
    sprintCount: clubData('count', 'Planned max-velocity runs per session'),
    accelerationCount: clubData('count'),
    decelerationCount: clubData('count'),
    codCount: notRequired('count', 'No cutting in sprint events'),
    contactCount: notRequired('count', 'No contact in sprint events'),
  },
  contactsByType: [],
  vmaxPercentRequired: { value: 100, source: 'Demand = own max velocity (domain.md §6)' },
  ordinal: {
    cutting: ordinal(0),
    contact: ordinal(0),
    chaos: ordinal(2, `${EO_SOURCE}: race environment, no reactive play`),
    longLever: ordinal(0),
  },
  matchesPerWeek: { value: null, source: 'Enter planned max-velocity sessions per week' },
}

export const sprintingTemplate: SportTemplate = {
  id: 'sprinting',
  sport: 'Sprinting',
  level: 'elite',
  citation: 'domain.md §6 (own max velocity)',
  notes: ['Elite men reach max velocity at about 50–80 m of a 100 m (split data; weak source).'],
  positions: [
    { id: 'sprints', name: '100 m / 200 m', notes: null, demand: sprintBase },
    {
      id: 'hurdles',
      name: 'Hurdles',
      notes: 'Hurdles add stretch-type demands',
      demand: withChanges(sprintBase, {
        ordinal: { longLever: ordinal(3, `${EO_SOURCE}: hurdle clearance`) },
      }),
    },
    {
      id: 'jumps',
      name: 'Jumps',
      notes: 'Jumps add stretch-type demands',
      demand: withChanges(sprintBase, {
        ordinal: { longLever: ordinal(2, `${EO_SOURCE}: take-off and landing`) },
      }),
    },
  ],
}
