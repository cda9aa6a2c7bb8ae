import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exposureSessionInputSchema } from '../../../src/shared/schemas/exposure-session'
import type { GpsSettings } from '../../../src/shared/schemas/gps-import'
import { readCsv } from '../../../src/main/import/csv'
import { GPS_CSV_LIMITS, layoutGpsFile, type GpsFile } from '../../../src/main/import/gps/layout'
import { initialSettings } from '../../../src/main/import/gps/mapping'
import { planGpsImport, type PlanContext } from '../../../src/main/import/gps/plan'

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const squad = [
  { id: id(1), name: 'Sam Reid', position: 'Winger' },
  { id: id(2), name: 'Lee Park', position: 'Full-back' },
  { id: id(3), name: 'José Núñez', position: 'Centre-back' },
  { id: id(4), name: 'Maya Chen', position: 'Midfielder' },
  { id: id(5), name: 'Kofi Mensah', position: 'Striker' },
  { id: id(6), name: 'Maya Lopez', position: 'Midfielder' },
]

const fromFixture = (name: string) =>
  layoutGpsFile(
    readCsv(readFileSync(resolve(__dirname, '../../fixtures/gps', name)), GPS_CSV_LIMITS),
  )
const fromText = (text: string) => layoutGpsFile(readCsv(Buffer.from(text), GPS_CSV_LIMITS))

function context(overrides: Partial<PlanContext> = {}): PlanContext {
  return {
    fileName: 'export.csv',
    athletes: squad,
    savedMappings: [],
    existingSessions: () => [],
    demandThresholds: () => null,
    ...overrides,
  }
}

function plan(file: GpsFile, change: Partial<GpsSettings> = {}, ctx = context()) {
  const settings = { ...initialSettings(file, null), sourceName: 'Club GPS', ...change }
  return planGpsImport(file, settings, ctx)
}

const sessionsOf = (result: ReturnType<typeof plan>, athleteId: string) =>
  result.toImport.get(athleteId) ?? []

describe('Catapult-like export: preamble, Entire Session rows beside drills, km/h, dd/mm/yyyy', () => {
  const file = fromFixture('catapult-session-export.csv')

  it('recognises each column with its unit and reads the device from the preamble', () => {
    const result = plan(file, { sourceName: '' })
    const byField = Object.fromEntries(result.state.fields.map((f) => [f.field, f]))
    expect(byField.player!.header).toBe('Player Name')
    expect(byField.duration).toMatchObject({
      header: 'Total Duration',
      unit: 'h:mm:ss',
      unitSource: 'values',
    })
    expect(byField.totalDistance).toMatchObject({ unit: 'm', unitSource: 'header' })
    expect(byField.maxVelocity).toMatchObject({
      header: 'Maximum Velocity (km/h)',
      unit: 'km/h',
      unitSource: 'header',
    })
    expect(byField.sprintDistance!.header).toBe('Velocity Band 6 Total Distance (m)')
    expect(byField.hsr!.header).toBe('High Speed Running (Absolute) (m)')
    expect(initialSettings(file, null).sourceName).toBe('Catapult Vector S7')
  })

  it('infers day-first dates from 13/03/2026 without asking', () => {
    expect(plan(file).state.dateOrder).toEqual({
      used: 'dmy',
      needsChoice: false,
      settled: true,
      fromPreamble: null,
    })
  })

  it('takes the Entire Session row and never adds the drill rows to it', () => {
    const result = plan(file, { players: { 'trialist 7': 'skip' } })
    const lee = sessionsOf(result, id(2))
    const training = lee.find((s) => s.date === '2026-03-09')!
    const text = readFileSync(
      resolve(__dirname, '../../fixtures/gps/catapult-session-export.csv'),
      'utf8',
    )
    const entire = text
      .split('\r\n')
      .find((l) => l.startsWith('Lee Park,Full-back,09/03/2026,MD-5 Training,Entire Session'))!
    expect(training.running!.totalDistanceMetres).toBe(Number(entire.split(',')[6]))
    expect(training.notes).toContain('whole-session row “Entire Session”, 4 drill rows not added')
    expect(result.state.summary).toMatchObject({
      fromTotalRows: 15,
      drillRowsCovered: 50,
      summed: 5,
    })
  })

  it('sums the halves of the match, which has no whole-session row, and takes the top speed', () => {
    const result = plan(file, { players: { 'trialist 7': 'skip' } })
    const text = readFileSync(
      resolve(__dirname, '../../fixtures/gps/catapult-session-export.csv'),
      'utf8',
    )
    const halves = text
      .split('\r\n')
      .filter((l) => l.startsWith('Lee Park,Full-back,13/03/2026'))
      .map((l) => l.split(','))
    expect(halves).toHaveLength(2)
    const match = sessionsOf(result, id(2)).find((s) => s.date === '2026-03-13')!
    expect(match.type).toBe('match')
    expect(match.running!.totalDistanceMetres).toBeCloseTo(
      Number(halves[0]![6]) + Number(halves[1]![6]),
      1,
    )
    expect(match.running!.peakVelocityMps).toBeCloseTo(
      Math.max(Number(halves[0]![10]), Number(halves[1]![10])) / 3.6,
      2,
    )
    expect(match.minutes).toBeCloseTo(
      halves
        .map((h) => h[5]!.split(':').map(Number))
        .reduce((n, [hh, mm, ss]) => n + hh! * 60 + mm! + ss! / 60, 0),
      5,
    )
    expect(match.notes).toContain('sum of 2 parts: 1st Half + 2nd Half')
  })

  it('leaves the team average row out, as it is not a player', () => {
    const result = plan(file)
    expect(result.state.summary.summaryRows).toBe(1)
    expect(result.state.players.map((p) => p.label)).not.toContain('Team Average')
    expect(result.state.warnings.join(' ')).toContain('team summary row')
  })

  it('matches inconsistent case, double spaces and missing accents, suggests a first name, and asks for the rest', () => {
    const players = Object.fromEntries(plan(file).state.players.map((p) => [p.label, p]))
    expect(players['JOSE NUNEZ']).toMatchObject({
      status: 'matched',
      athleteId: id(3),
      kind: 'name',
    })
    expect(players['Sam Reid']).toMatchObject({ status: 'matched', athleteId: id(1) })
    expect(players['Kofi']).toMatchObject({
      status: 'suggested',
      athleteId: id(5),
      kind: 'first name',
    })
    expect(players['Trialist 7']).toMatchObject({ status: 'unmatched', decision: null })
    expect(plan(file).state.blockers).toContain(
      'Choose an athlete, or Skip, for 1 player of the file.',
    )
  })

  it('imports valid sessions: metres, m/s, minutes, GPS and the device, efforts left blank', () => {
    const result = plan(file, { players: { 'trialist 7': 'skip' } })
    expect(result.state.blockers).toEqual([])
    expect(result.state.summary).toMatchObject({ sessions: 20, athletes: 5, skippedPlayerRows: 15 })
    for (const sessions of result.toImport.values()) {
      for (const session of sessions) {
        expect(exposureSessionInputSchema.safeParse(session).success).toBe(true)
        expect(session).toMatchObject({
          dataSource: 'GPS',
          device: 'Club GPS',
          type: expect.stringMatching(/^(field|match)$/),
        })
        expect(session.running!.effortsAt90PercentVmax).toBeNull()
        expect(session.running!.effortsAt95PercentVmax).toBeNull()
        expect(session.running!.peakVelocityMps).toBeGreaterThan(5)
        expect(session.running!.peakVelocityMps).toBeLessThan(10)
      }
    }
  })

  it('notes the thresholds on each session and compares them with the sport demand', () => {
    const result = plan(
      file,
      { players: { 'trialist 7': 'skip' }, thresholds: { hsr: 18, sprint: 25.2, unit: 'km/h' } },
      context({
        demandThresholds: () => ({
          hsrKmh: { value: 19.8, source: 'Barnes 2014' },
          sprintKmh: { value: 25.2, source: 'Barnes 2014' },
        }),
      }),
    )
    expect(sessionsOf(result, id(1))[0]!.notes).toContain('HSR > 18 km/h, sprint > 25.2 km/h')
    const sam = result.state.byAthlete.find((a) => a.athleteId === id(1))!
    expect(sam.thresholdNote).toBe(
      'High-speed running here is above 18 km/h; the sport demand uses above 19.8 km/h (Barnes 2014). The two are not directly comparable.',
    )
  })

  it('can be told that another drill name is the whole session', () => {
    const result = plan(file, { players: { 'trialist 7': 'skip' }, totalRowNames: ['Warm Up'] })
    const lee = sessionsOf(result, id(2)).find((s) => s.date === '2026-03-09')!
    expect(lee.notes).toContain('whole-session row “Warm Up”')
    expect(lee.minutes).toBe(15)
  })

  it('warns when a whole-session name is unticked, as adding it to its drills counts twice', () => {
    const result = plan(file, { players: { 'trialist 7': 'skip' }, totalRowNames: [] })
    expect(result.state.warnings).toContain(
      'Rows named “Entire Session” are now added to the drills of their day. If they hold the whole session, that counts it twice.',
    )
  })
})

describe('STATSports-like wide export: 1,200 columns, NA padding, near-duplicates, m/s, ISO dates', () => {
  const file = fromFixture('statsports-wide-export.csv')

  it('picks the filled column among near-duplicates and lists the others', () => {
    const fields = Object.fromEntries(plan(file).state.fields.map((f) => [f.field, f]))
    expect(fields.maxVelocity).toMatchObject({
      header: 'Max Speed (m/s)',
      unit: 'm/s',
      unitSource: 'header',
    })
    expect(fields.maxVelocity!.alternatives).toEqual([file.headers.indexOf('Max Speed')])
    expect(fields.totalDistance!.header).toBe('Distance Total')
    expect(fields.totalDistance!.alternatives).toEqual([
      file.headers.indexOf('Distance Total (copy)'),
    ])
    expect(fields.hsr!.header).toBe('High Speed Running (Absolute)')
    expect(fields.duration).toMatchObject({ header: 'Total Time', unit: 'h:mm:ss' })
  })

  it('reads ISO dates without asking and matches names in any case with double spaces', () => {
    const result = plan(file)
    expect(result.state.dateOrder).toEqual({
      used: null,
      needsChoice: false,
      settled: false,
      fromPreamble: null,
    })
    expect(result.state.players.every((p) => p.status === 'matched')).toBe(true)
    expect(result.state.blockers).toEqual([])
    expect(result.state.summary).toMatchObject({ sessions: 20, athletes: 5, fromTotalRows: 20 })
    expect(result.state.sessionLabels.find((l) => l.label === 'Match vs Eastport')).toMatchObject({
      type: 'match',
      guessed: true,
    })
    expect(result.state.sessionLabels.find((l) => l.label === 'MD-3 Training')!.type).toBe('field')
  })

  it('lets the coach set the type of a session name', () => {
    const result = plan(file, { typeBySession: { 'match vs eastport': 'field' } })
    expect(sessionsOf(result, id(2)).every((s) => s.type === 'field')).toBe(true)
  })
})

describe('Kinexon-like LPS export: semicolons, first names, yards, mph, m/d/yyyy, phases only', () => {
  const file = fromFixture('kinexon-lps-export.csv')

  it('reads month-first dates settled by 3/16/2026, yards and mph from the headers', () => {
    const result = plan(file)
    expect(result.state.dateOrder.used).toBe('mdy')
    const fields = Object.fromEntries(result.state.fields.map((f) => [f.field, f]))
    expect(fields.totalDistance!.unit).toBe('yd')
    expect(fields.maxVelocity!.unit).toBe('mph')
    expect(fields.player!.header).toBe('Name')
  })

  it('suggests athletes for unique first names and asks for an ambiguous one', () => {
    const players = Object.fromEntries(plan(file).state.players.map((p) => [p.label, p]))
    expect(players['Sam']).toMatchObject({ status: 'suggested', athleteId: id(1) })
    expect(players['José']).toMatchObject({ status: 'suggested', athleteId: id(3) })
    // Two Mayas in the squad: the coach decides.
    expect(players['Maya']).toMatchObject({ status: 'unmatched', decision: null })
  })

  it('sums the phases of a day (no whole-session row) with yards → metres and mph → m/s', () => {
    const result = plan(file, { players: { maya: id(4) } })
    expect(result.state.blockers).toEqual([])
    const text = readFileSync(
      resolve(__dirname, '../../fixtures/gps/kinexon-lps-export.csv'),
      'utf8',
    )
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('2;Lee;3/16/2026'))
      .map((l) => l.split(';'))
    const lee = sessionsOf(result, id(2)).find((s) => s.date === '2026-03-16')!
    const yards = rows.reduce((n, r) => n + Number(r[6]!.replace(',', '.')), 0)
    expect(lee.running!.totalDistanceMetres).toBeCloseTo(yards * 0.9144, 0)
    const mph = Math.max(...rows.map((r) => Number(r[10]!.replace(',', '.'))))
    expect(lee.running!.peakVelocityMps).toBeCloseTo((mph * 1609.344) / 3600, 2)
    expect(lee.dataSource).toBe('GPS')
    expect(result.state.summary.summed).toBe(15)
  })

  it('uses shirt numbers when the coach picks that column, and remembers nothing by itself', () => {
    const number = file.headers.indexOf('Number')
    const result = plan(file, {
      columns: { ...initialSettings(file, null).columns, player: { index: number, unit: null } },
    })
    expect(result.state.playerKind).toBe('shirt number')
    expect(result.state.players.every((p) => p.status === 'unmatched')).toBe(true)
  })
})

describe('rules on small files', () => {
  const header = 'Player,Date,Duration (min),Total Distance (m),Max Vel,Sprints\n'

  it('asks for the date order when every date could be read either way', () => {
    const file = fromText(
      header + 'Sam Reid,03/04/2026,70,6000,8.1,4\nLee Park,04/03/2026,70,6000,8.1,4\n',
    )
    const asked = plan(file)
    expect(asked.state.dateOrder).toEqual({
      used: null,
      needsChoice: true,
      settled: false,
      fromPreamble: null,
    })
    expect(asked.state.blockers).toContain(
      'Say whether dates are written day first or month first.',
    )
    expect(asked.toImport.size).toBe(0)
    const answered = plan(file, { dateOrder: 'mdy' })
    expect(sessionsOf(answered, id(1))[0]!.date).toBe('2026-03-04')
  })

  it('refuses a file that mixes day-first and month-first dates', () => {
    const file = fromText(
      header + 'Sam Reid,13/04/2026,70,6000,8.1,4\nLee Park,04/23/2026,70,6000,8.1,4\n',
    )
    expect(plan(file).state.fileErrors.join(' ')).toContain('mix day-first and month-first')
  })

  it('asks for the unit when a max velocity of 15–22 cannot be m/s, and warns when it is set to m/s', () => {
    const file = fromText(
      header + 'Sam Reid,2026-03-09,70,6000,15.2,4\nLee Park,2026-03-09,70,6000,21.4,4\n',
    )
    const result = plan(file)
    const speed = result.state.fields.find((f) => f.field === 'maxVelocity')!
    expect(speed).toMatchObject({ unit: null, needsUnit: true })
    expect(speed.note).toContain('too fast for m/s')
    expect(result.state.blockers).toContain('Choose the unit of max velocity.')

    const columns = initialSettings(file, null).columns
    const asMps = plan(file, {
      columns: { ...columns, maxVelocity: { ...columns.maxVelocity!, unit: 'm/s' } },
    })
    expect(asMps.state.warnings.join(' ')).toContain('faster than any sprinter')
    expect(asMps.state.rowErrors[0]!.errors['Max Vel']).toContain('faster than any sprinter')

    const asMph = plan(file, {
      columns: { ...columns, maxVelocity: { ...columns.maxVelocity!, unit: 'mph' } },
    })
    expect(asMph.state.blockers).toEqual([])
    expect(sessionsOf(asMph, id(1))[0]!.running!.peakVelocityMps).toBeCloseTo(6.795, 3)
  })

  it('reads m/s from plausible values and km/h from values above 25', () => {
    const mps = plan(fromText(header + 'Sam Reid,2026-03-09,70,6000,8.4,4\n'))
    expect(mps.state.fields.find((f) => f.field === 'maxVelocity')).toMatchObject({
      unit: 'm/s',
      unitSource: 'values',
    })
    const kmh = plan(fromText(header + 'Sam Reid,2026-03-09,70,6000,31.5,4\n'))
    expect(kmh.state.fields.find((f) => f.field === 'maxVelocity')).toMatchObject({
      unit: 'km/h',
      unitSource: 'values',
    })
  })

  it('reads kilometres from small distances and seconds from durations longer than 300', () => {
    const file = fromText(
      'Player,Date,Duration,Distance\nSam Reid,2026-03-09,5400,6.2\nLee Park,2026-03-09,4800,5.9\n',
    )
    const result = plan(file)
    const fields = Object.fromEntries(result.state.fields.map((f) => [f.field, f]))
    expect(fields.duration!.unit).toBe('s')
    expect(fields.totalDistance!.unit).toBe('km')
    const sam = sessionsOf(result, id(1))[0]!
    expect(sam.minutes).toBe(90)
    expect(sam.running!.totalDistanceMetres).toBe(6200)
  })

  it('shows every bad cell by row and column, and imports nothing while one is left', () => {
    const file = fromText(
      header +
        'Sam Reid,2026-03-09,70,6000,8.1,4\n' +
        'Lee Park,2026-02-31,70,lots,8.1,4.5\n' +
        ',2026-03-09,70,6000,8.1,4\n',
    )
    const result = plan(file)
    expect(result.state.rowErrors).toEqual([
      {
        line: 3,
        player: 'Lee Park',
        errors: {
          Date: '“2026-02-31” is not a day on the calendar.',
          'Total Distance (m)': '“lots” is not a number.',
          Sprints: '“4.5” is not a whole number.',
        },
      },
      { line: 4, player: '', errors: { Player: 'No player on this row.' } },
    ])
    expect(result.state.errorsByColumn).toContainEqual({ column: 'Date', rows: 1 })
    expect(result.state.blockers.join(' ')).toContain('Fix the 2 rows with errors')
  })

  it('checks each session with the session rules (HSR cannot exceed the total distance)', () => {
    const file = fromText(
      'Player,Date,Minutes,Total Distance,HSR\nSam Reid,2026-03-09,70,500,900\n',
    )
    const result = plan(file)
    expect(result.state.rowErrors[0]!.errors['HSR']).toBe('Cannot be more than the total distance.')
  })

  it('skips rows without data (a player who did not train) instead of importing empty sessions', () => {
    const file = fromText(
      header + 'Sam Reid,2026-03-09,0,0,NA,0\nLee Park,2026-03-09,70,6000,8.1,4\n',
    )
    const result = plan(file)
    expect(result.state.summary.emptyRows).toBe(1)
    expect(result.toImport.has(id(1))).toBe(false)
    expect(result.toImport.has(id(2))).toBe(true)
  })

  it('imports each row as its own session when there is no drill column, and says so', () => {
    const file = fromText(
      header + 'Sam Reid,2026-03-09,40,3000,8.1,2\nSam Reid,2026-03-09,50,3500,8.3,3\n',
    )
    const result = plan(file)
    expect(sessionsOf(result, id(1))).toHaveLength(2)
    expect(result.state.warnings.join(' ')).toContain('more than one row on the same day')
  })

  it('takes the day from the preamble when the rows carry none', () => {
    const file = fromText(
      'Session date,2026-03-09\nTeam,Riverside\n\nPlayer,Duration,Distance\nSam Reid,70,6000\n',
    )
    const result = plan(file)
    expect(result.state.dateOrder.fromPreamble).toBe('2026-03-09')
    expect(sessionsOf(result, id(1))[0]!.date).toBe('2026-03-09')
  })

  it('flags sessions already imported from the same source on the same day, and skips them if asked', () => {
    const file = fromText(
      header + 'Sam Reid,2026-03-09,70,6000,8.1,4\nSam Reid,2026-03-10,70,6000,8.1,4\n',
    )
    const ctx = context({
      existingSessions: (athleteId) =>
        athleteId === id(1)
          ? [{ date: '2026-03-09', dataSource: 'GPS', device: 'club gps', notes: null }]
          : [],
    })
    const skipping = plan(file, {}, ctx)
    expect(skipping.state.summary.duplicates).toBe(1)
    expect(sessionsOf(skipping, id(1)).map((s) => s.date)).toEqual(['2026-03-10'])
    expect(
      skipping.state.byAthlete[0]!.sessions.find((s) => s.date === '2026-03-09')!.duplicate,
    ).toBe(true)
    const keeping = plan(file, { skipDuplicates: false }, ctx)
    expect(sessionsOf(keeping, id(1))).toHaveLength(2)
    // Another source on the same day is not a duplicate…
    const other = plan(file, { sourceName: 'Polar Team Pro' }, ctx)
    expect(other.state.summary.duplicates).toBe(0)
    // …unless it came from this very file under another source name.
    const sameFile = plan(
      file,
      { sourceName: 'Polar Team Pro' },
      context({
        existingSessions: () => [
          {
            date: '2026-03-10',
            dataSource: 'GPS',
            device: 'Club GPS',
            notes: 'GPS import: export.csv · one row',
          },
        ],
      }),
    )
    expect(sameFile.state.summary.duplicates).toBe(1)
  })

  it('refuses to match two players of the file to one athlete', () => {
    const file = fromText(
      header + 'S. Reid,2026-03-09,70,6000,8.1,4\nSam Reid,2026-03-10,70,6000,8.1,4\n',
    )
    const result = plan(file, { players: { 's. reid': id(1) } })
    expect(result.state.blockers.join(' ')).toContain('are both matched to Sam Reid')
  })

  it('reads an opaque id column as ids that the coach matches', () => {
    const file = fromText('Athlete ID,Date,Minutes,Distance\nA7F3-991,2026-03-09,70,6000\n')
    const result = plan(file)
    expect(result.state.players[0]).toMatchObject({ kind: 'id', status: 'unmatched' })
    const matched = plan(file, { players: { 'a7f3-991': id(2) } })
    expect(sessionsOf(matched, id(2))).toHaveLength(1)
  })

  it('needs a player, a date, a duration and at least one metric column', () => {
    const result = plan(
      fromText('Player,Notes\nSam Reid,ok\nLee Park,ok\n'.replace('Notes', 'Date')),
      {
        columns: {},
      },
    )
    expect(result.state.fileErrors).toEqual([
      'Choose the column that names the player.',
      'Choose the date column: every session needs its day.',
      'Choose the duration column: every session needs its minutes.',
      'None of total distance, high-speed running, sprints, max velocity or accelerations is chosen: there would be nothing to import.',
    ])
  })

  it('refuses one column chosen for two fields, and a sprint threshold below the HSR one', () => {
    const file = fromText(header + 'Sam Reid,2026-03-09,70,6000,8.1,4\n')
    const columns = initialSettings(file, null).columns
    const result = plan(file, {
      columns: { ...columns, hsr: { index: columns.totalDistance!.index, unit: null } },
      thresholds: { hsr: 25, sprint: 20, unit: 'km/h' },
    })
    expect(result.state.fileErrors).toContain(
      'The column “Total Distance (m)” is chosen for both Total distance and High-speed running. Choose it once.',
    )
    expect(result.state.fileErrors).toContain(
      'The sprint threshold must be faster than the high-speed running threshold.',
    )
  })

  it('takes thresholds written in the headers', () => {
    const file = fromText(
      'Player,Date,Minutes,Distance,HSR (>19.8 km/h),Sprint Distance (>25.2 km/h)\nSam Reid,2026-03-09,70,6000,400,90\n',
    )
    const settings = initialSettings(file, null)
    expect(settings.thresholds).toEqual({ hsr: 19.8, sprint: 25.2, unit: 'km/h' })
    expect(plan(file).state.thresholds.hsr).toEqual({ value: 19.8, source: 'header' })
  })
})
