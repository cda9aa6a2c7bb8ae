import {
  clubData,
  defaultVmax,
  EO_SOURCE,
  ordinal,
  published,
  threshold,
  withChanges,
  type DemandBody,
  type SportTemplate,
} from './build'

/** Soccer, Gaelic football, Australian football and field hockey (domain.md §6). */

const ACC_DEC_NOTE =
  'Counts depend on the device, filtering and minimum effort duration (Delves 2021); most sports show more high-intensity decelerations than accelerations (Harper 2019)'

const BARNES = 'Barnes 2014 (EPL 2012-13, optical tracking)'
const BRADLEY = 'Bradley 2009 (EPL, not re-checked: domain.md §8)'

const soccerAll: DemandBody = {
  thresholds: {
    hsrKmh: threshold(19.8, BARNES),
    sprintKmh: threshold(25.2, BARNES),
    accelerationMps2: null,
    decelerationMps2: null,
  },
  perMatch: {
    minutes: published(90, 'min', 'Full match (Laws of the Game)', {
      note: "Set the athlete's expected minutes",
    }),
    totalDistanceMetres: published(10_700, 'm', BRADLEY),
    hsrMetres: published(1151, 'm', BARNES, {
      sd: 337,
      thresholdKmh: 19.8,
      note: 'Still rising (Allen 2023)',
    }),
    sprintMetres: published(350, 'm', BARNES, {
      sd: 139,
      thresholdKmh: 25.2,
      note: 'Mean sprint 5.9 m',
    }),
    sprintCount: published(57, 'count', BARNES, { sd: 20, thresholdKmh: 25.2 }),
    accelerationCount: clubData('count', ACC_DEC_NOTE),
    decelerationCount: clubData('count', ACC_DEC_NOTE),
    codCount: clubData('count'),
    contactCount: clubData('count'),
  },
  contactsByType: [],
  vmaxPercentRequired: defaultVmax,
  ordinal: {
    cutting: ordinal(4),
    contact: ordinal(2, `${EO_SOURCE}: duels and challenges, not a collision sport`),
    chaos: ordinal(5),
    longLever: ordinal(3, `${EO_SOURCE}: kicking`),
  },
  matchesPerWeek: { value: 1, source: `${EO_SOURCE}: often 2 in congested periods` },
}

/** Bradley 2009 position values are above 14.4 km/h: the profile threshold follows the value. */
function soccerPosition(
  id: string,
  name: string,
  metres: number,
): SportTemplate['positions'][number] {
  return {
    id,
    name,
    notes: 'High-speed running above 14.4 km/h (Bradley 2009); set the GPS threshold to match',
    demand: withChanges(soccerAll, {
      thresholds: { hsrKmh: threshold(14.4, BRADLEY) },
      perMatch: { hsrMetres: published(metres, 'm', BRADLEY, { thresholdKmh: 14.4 }) },
    }),
  }
}

export const soccerTemplate: SportTemplate = {
  id: 'soccer',
  sport: 'Soccer',
  level: 'elite',
  citation: 'Barnes 2014; Bradley 2009; Allen 2023',
  notes: [
    'Men, English Premier League, optical tracking. Data from other devices or thresholds is not comparable.',
  ],
  positions: [
    { id: 'all', name: 'All positions', notes: null, demand: soccerAll },
    soccerPosition('wide-midfielder', 'Wide midfielder', 3138),
    soccerPosition('central-midfielder', 'Central midfielder', 2825),
    soccerPosition('full-back', 'Full-back', 2605),
    soccerPosition('attacker', 'Attacker', 2341),
    soccerPosition('centre-back', 'Centre-back', 1834),
  ],
}

const MALONE = 'Malone 2016 (elite Gaelic football)'

export const gaelicFootballTemplate: SportTemplate = {
  id: 'gaelic-football',
  sport: 'Gaelic football',
  level: 'elite',
  citation: 'Malone 2016; Malone 2017',
  notes: ['Peak speed in matches 30.3 km/h (Malone 2016).', 'Middle three lines run the most.'],
  positions: [
    {
      id: 'all',
      name: 'All positions',
      notes: 'Middle three lines highest',
      demand: {
        thresholds: {
          hsrKmh: threshold(17, MALONE),
          sprintKmh: threshold(22, MALONE),
          accelerationMps2: null,
          decelerationMps2: null,
        },
        perMatch: {
          minutes: published(70, 'min', 'Senior inter-county match (2 × 35 min)', {
            note: "Set the athlete's expected minutes",
          }),
          totalDistanceMetres: published(8160, 'm', MALONE, { sd: 1482 }),
          hsrMetres: published(1731, 'm', MALONE, { sd: 659, thresholdKmh: 17 }),
          sprintMetres: published(445, 'm', MALONE, { sd: 169, thresholdKmh: 22 }),
          sprintCount: published(44, 'count', MALONE, {
            thresholdKmh: 22,
            note: 'About 44 sprints',
          }),
          accelerationCount: clubData(
            'count',
            `Malone 2016 reported 184 ± 40 accelerations. ${ACC_DEC_NOTE}`,
          ),
          decelerationCount: clubData('count', ACC_DEC_NOTE),
          codCount: clubData('count'),
          contactCount: clubData('count'),
        },
        contactsByType: [],
        vmaxPercentRequired: defaultVmax,
        ordinal: {
          cutting: ordinal(4),
          contact: ordinal(2, `${EO_SOURCE}: shoulder contact and tackles`),
          chaos: ordinal(5),
          longLever: ordinal(3, `${EO_SOURCE}: kicking`),
        },
        matchesPerWeek: { value: 1, source: EO_SOURCE },
      },
    },
  ],
}

const COUTTS = 'Coutts 2010 (AFL)'

export const australianFootballTemplate: SportTemplate = {
  id: 'australian-football',
  sport: 'Australian football',
  level: 'elite',
  citation: 'Coutts 2010; Duhig 2016',
  notes: [
    'Elsewhere: 12.2 ± 1.9 km, peak speed 30.1 km/h, 246 ± 47 accelerations (>4 km/h in 1 s) (Duhig 2016).',
    'Midfielders and mobile forwards run the most.',
  ],
  positions: [
    {
      id: 'all',
      name: 'All positions',
      notes: 'Midfielders and mobile forwards highest',
      demand: {
        thresholds: {
          hsrKmh: threshold(14.4, COUTTS),
          sprintKmh: null,
          accelerationMps2: null,
          decelerationMps2: null,
        },
        perMatch: {
          minutes: clubData('min', 'Rotations vary by player'),
          totalDistanceMetres: published(12_939, 'm', COUTTS, { sd: 1145 }),
          hsrMetres: published(3880, 'm', COUTTS, {
            sd: 663,
            thresholdKmh: 14.4,
            note: 'High-intensity running above 14.4 km/h',
          }),
          sprintMetres: clubData('m'),
          sprintCount: clubData('count'),
          accelerationCount: clubData(
            'count',
            `Duhig 2016 reported 246 ± 47 (>4 km/h in 1 s). ${ACC_DEC_NOTE}`,
          ),
          decelerationCount: clubData('count', ACC_DEC_NOTE),
          codCount: clubData('count'),
          contactCount: clubData('count'),
        },
        contactsByType: [],
        vmaxPercentRequired: defaultVmax,
        ordinal: {
          cutting: ordinal(4),
          contact: ordinal(3, `${EO_SOURCE}: tackling sport`),
          chaos: ordinal(5),
          longLever: ordinal(3, `${EO_SOURCE}: kicking`),
        },
        matchesPerWeek: { value: 1, source: EO_SOURCE },
      },
    },
  ],
}

const HOCKEY = 'Front Sports Act Living 2021;3:653364 (men, international)'

const hockeyAll: DemandBody = {
  thresholds: {
    hsrKmh: threshold(14.5, HOCKEY),
    sprintKmh: threshold(19, HOCKEY),
    accelerationMps2: null,
    decelerationMps2: null,
  },
  perMatch: {
    minutes: clubData('min', 'Rolling substitutions: enter expected minutes'),
    totalDistanceMetres: published(4861, 'm', HOCKEY, { sd: 871 }),
    hsrMetres: published(1193, 'm', HOCKEY, { sd: 329, thresholdKmh: 14.5 }),
    sprintMetres: published(402, 'm', HOCKEY, { sd: 144, thresholdKmh: 19 }),
    sprintCount: clubData('count'),
    accelerationCount: clubData('count', ACC_DEC_NOTE),
    decelerationCount: clubData('count', ACC_DEC_NOTE),
    codCount: clubData('count'),
    contactCount: clubData('count'),
  },
  contactsByType: [],
  vmaxPercentRequired: defaultVmax,
  ordinal: {
    cutting: ordinal(4),
    contact: ordinal(0, `${EO_SOURCE}: body contact is a foul`),
    chaos: ordinal(5),
    longLever: ordinal(3, `${EO_SOURCE}: lunging tackles and reaching`),
  },
  matchesPerWeek: { value: 1, source: EO_SOURCE },
}

/**
 * Rolling substitutions make whole-match numbers misleading, so positions use per-minute
 * values derived from the published position means (metres ÷ minutes played).
 */
function hockeyPosition(
  id: string,
  name: string,
  minutes: number,
  total: number,
  sprint: number,
): SportTemplate['positions'][number] {
  return {
    id,
    name,
    notes: `Published: ${minutes} min, ${total} m, sprint ${sprint} m per match; per-minute values derived from these`,
    demand: withChanges(hockeyAll, {
      perMatch: {
        minutes: published(minutes, 'min', HOCKEY, { note: "Set the athlete's expected minutes" }),
        totalDistanceMetres: published(
          total / minutes,
          'm',
          `${HOCKEY}; derived ${total} m ÷ ${minutes} min`,
          { basis: 'per minute' },
        ),
        sprintMetres: published(
          sprint / minutes,
          'm',
          `${HOCKEY}; derived ${sprint} m ÷ ${minutes} min`,
          {
            basis: 'per minute',
            thresholdKmh: 19,
          },
        ),
        hsrMetres: published(1193, 'm', HOCKEY, {
          sd: 329,
          thresholdKmh: 14.5,
          note: 'All positions; no position value published',
        }),
      },
    }),
  }
}

export const fieldHockeyTemplate: SportTemplate = {
  id: 'field-hockey',
  sport: 'Field hockey',
  level: 'elite',
  citation: HOCKEY,
  notes: ["Rolling substitutions: use per-minute values and the athlete's expected minutes."],
  positions: [
    { id: 'all', name: 'All positions', notes: null, demand: hockeyAll },
    hockeyPosition('defender', 'Defender', 46, 5223, 315),
    hockeyPosition('midfielder', 'Midfielder', 38, 4945, 437),
    hockeyPosition('forward', 'Forward', 34, 4453, 445),
  ],
}
