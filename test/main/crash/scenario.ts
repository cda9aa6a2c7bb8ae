import type { ExposureSessionFacts } from '../../../src/shared/schemas/exposure-session'

/** What the parent tells the crash-test child to do (passed as JSON on the command line). */
export interface WriterConfig {
  scenario: 'sessions' | 'import' | 'slicedImport' | 'erasure' | 'migration' | 'backup'
  databasePath: string
  /** Unique per run, so ids of different runs never collide. */
  tag: string
  athleteId?: string
  athleteIds?: string[]
  unsafe?: boolean
}

/** Sessions per import: an import is all of them or none. */
export const IMPORT_SIZE = 10

/** A valid field session, as logged after training. */
export function sessionFacts(date: string, notes: string | null): ExposureSessionFacts {
  return {
    date,
    type: 'field',
    minutes: 45,
    chaosLevel: 2,
    running: {
      totalDistanceMetres: 4000,
      hsrMetres: 300,
      sprintMetres: 40,
      sprintCount: 3,
      peakVelocityMps: 8.1,
      effortsAt90PercentVmax: null,
      effortsAt95PercentVmax: null,
      continuousRunMinutes: 20,
    },
    accelerationCount: 12,
    decelerationCount: 14,
    cod: [{ type: 'pre-planned', angleDeg: 45, intensityPercent: 70, count: 10 }],
    contacts: [],
    longLeverLevel: 0,
    strength: [
      {
        exercise: 'Nordic hamstring curl',
        sets: 3,
        reps: 5,
        loadKg: null,
        lengthened: true,
        eccentric: true,
      },
    ],
    rpe: 5,
    painDuring: 1,
    warningSigns: [],
    dataSource: 'GPS',
    device: 'Vest 12',
    dataQuality: 'good',
    notes,
  }
}
