import { describe, expect, it } from 'vitest'
import { readHeader } from '../../../src/main/import/gps/headers'

const field = (header: string) => readHeader(header)?.field ?? null

describe('GPS column names', () => {
  it.each([
    ['Player Name', 'player'],
    ['Player Display Name', 'player'],
    ["Player's Name", 'player'],
    ['Athlete', 'player'],
    ['Jersey Number', 'player'],
    ['Last Name', 'lastName'],
    ['Session Date', 'date'],
    ['Date', 'date'],
    ['Session Title', 'sessionName'],
    ['Period Name', 'period'],
    ['Drill Title', 'period'],
    ['Split Name', 'period'],
    ['Total Duration', 'duration'],
    ['Total Time (hh:mm:ss)', 'duration'],
    ['Minutes', 'duration'],
    ['Total Distance (m)', 'totalDistance'],
    ['Distance Total', 'totalDistance'],
    ['Distance (km)', 'totalDistance'],
    ['High Speed Running (Absolute)', 'hsr'],
    ['HSR', 'hsr'],
    ['Distance (speed | High) (m)', 'hsr'],
    ['Velocity Band 6 Total Distance', 'sprintDistance'],
    ['Distance (speed | Sprint) (yd)', 'sprintDistance'],
    ['Sprint Distance', 'sprintDistance'],
    ['Sprints', 'sprintCount'],
    ['Velocity Band 6 Total Effort Count', 'sprintCount'],
    ['Max Vel', 'maxVelocity'],
    ['Maximum Velocity (km/h)', 'maxVelocity'],
    ['Max Speed (m/s)', 'maxVelocity'],
    ['Speed (max.) (km/h)', 'maxVelocity'],
    ['Accelerations', 'accelerations'],
    ['Accelerations (>3 m/s²)', 'accelerations'],
    ['Acceleration B3 Efforts (Gen 2)', 'accelerations'],
    ['Decelerations', 'decelerations'],
    ['Efforts >90% Vmax', 'effortsAt90'],
    ['Sprint Efforts ≥ 95% Max Speed', 'effortsAt95'],
    ['RPE (0-10)', 'rpe'],
  ])('reads “%s” as %s', (header, expected) => {
    expect(field(header)).toBe(expected)
  })

  it.each([
    ['Distancia total (m)', 'totalDistance'],
    ['Velocidad máxima (km/h)', 'maxVelocity'],
    ['Aceleraciones', 'accelerations'],
    ['Jugador', 'player'],
    ['Fecha', 'date'],
    ['Gesamtdistanz (m)', 'totalDistance'],
    ['Höchstgeschwindigkeit (km/h)', 'maxVelocity'],
    ['Beschleunigungen', 'accelerations'],
    ['Spieler', 'player'],
    ['Distance totale', 'totalDistance'],
    ['Vitesse max (km/h)', 'maxVelocity'],
    ['Nombre de sprints', 'sprintCount'],
    ['Distanza percorsa', 'totalDistance'],
    ['Velocità massima', 'maxVelocity'],
    ['Accelerazioni', 'accelerations'],
    ['Distância percorrida', 'totalDistance'],
    ['Velocidade máxima', 'maxVelocity'],
    ['Acelerações', 'accelerations'],
  ])('recognises the label “%s” in another language as %s', (header, expected) => {
    expect(field(header)).toBe(expected)
  })

  it.each([
    'Max Vel (% Max)',
    'Max Speed %',
    'HSR Per Minute (Absolute)',
    'High Speed Running (Relative)',
    'Dist / Min',
    'Meterage Per Minute',
    'Impacts | Zone 4',
    'Average Speed (km/h)',
    'Player Load',
    'Heart Rate Band 3 Time %',
    'Time > 90% HRmax',
    '',
    '12.5',
  ])('leaves “%s” alone: rates, percentages and other metrics are not totals', (header) => {
    expect(readHeader(header)).toBeNull()
  })

  it('takes the unit written in the header', () => {
    expect(readHeader('Total Distance (km)')?.unit).toBe('km')
    expect(readHeader('Distance (yd)')?.unit).toBe('yd')
    expect(readHeader('Max Vel (mph)')?.unit).toBe('mph')
    expect(readHeader('Max Speed km/h')?.unit).toBe('km/h')
    expect(readHeader('Duration (s)')?.unit).toBe('s')
    expect(readHeader('Minutes')?.unit).toBe('min')
    expect(readHeader('Total Time (hh:mm:ss)')?.unit).toBe('h:mm:ss')
    expect(readHeader('Sprints (n)')).toMatchObject({ field: 'sprintCount', unit: null })
  })

  it('reads the speed threshold a header states', () => {
    expect(readHeader('HSR (>19.8 km/h)')?.threshold).toEqual({ value: 19.8, unit: 'km/h' })
    expect(readHeader('Sprint Distance >= 7 m/s (m)')).toMatchObject({
      field: 'sprintDistance',
      unit: 'm',
      threshold: { value: 7, unit: 'm/s' },
    })
    // An acceleration threshold is not a speed.
    expect(readHeader('Accelerations (>3 m/s²)')?.threshold).toBeNull()
  })

  it('ranks near-duplicate copies below the original', () => {
    const original = readHeader('Total Distance')!
    const copy = readHeader('Total Distance.1')!
    expect(copy.field).toBe('totalDistance')
    expect(copy.priority).toBeLessThan(original.priority)
    expect(readHeader('Distance Total (copy)')?.field).toBe('totalDistance')
  })

  it('ranks a full name above a shirt number and an id for the player', () => {
    const name = readHeader('Name')!.priority
    const number = readHeader('Number')!.priority
    const id = readHeader('Player ID')!.priority
    expect(name).toBeGreaterThan(number)
    expect(number).toBeGreaterThan(id)
  })
})
