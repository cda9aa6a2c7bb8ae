import { addDays, localDay } from '../../src/shared/dates'
import type { Repositories } from '../../src/main/db/repositories'
import { emptyBaselines } from '../../src/shared/schemas/athlete-profile'
import { demandFields, injuryFields, profileFields } from '../support/records'
import { assessmentFields, responseFields, sessionFields } from '../support/training-records'

/**
 * A winger three weeks into a right hamstring strain, with a demand profile, four weeks of
 * sessions (two of them before the injury, for the usual week), morning checks and tests.
 * Dates are relative to today, because the engine reads the case as of today. Shared by the
 * renderer tests and the Chromium test, so both check the same case.
 */

export const REHAB_ATHLETE = 'Sam Okafor'

export interface RehabCase {
  athleteId: string
  injuryId: string
  today: string
}

export function arrangeRehabCase(
  repos: Repositories,
  options: { name?: string; demands?: boolean } = {},
): RehabCase {
  const today = localDay(new Date())
  const day = (n: number) => addDays(today, -n)
  const squad = repos.squads.create('First team')
  const athleteId = repos.athletes.create(squad.id, {
    name: options.name ?? REHAB_ATHLETE,
    position: 'Winger',
    dateOfBirth: '1999-03-14',
    dominantLeg: 'right',
  }).id
  const injury = repos.injuries.create(
    athleteId,
    injuryFields({ injuryDate: day(20), mriDate: day(18) }),
  )
  repos.profiles.save(
    athleteId,
    profileFields({
      baselines: {
        ...emptyBaselines,
        vmaxMps: { value: 9.4, date: day(60), source: 'GPS, pre-season friendly' },
        nordicPeakForceN: {
          left: 340,
          right: 330,
          date: day(60),
          source: 'NordBord, pre-season screen',
        },
        akeDeg: { left: 80, right: 80, date: day(60), source: 'Goniometer, pre-season screen' },
      },
    }),
  )
  if (options.demands !== false) {
    const base = demandFields()
    repos.demands.save(
      athleteId,
      demandFields({
        thresholds: {
          ...base.thresholds,
          sprintKmh: { value: 24, source: 'Club GPS (24 km/h band)' },
        },
        matchesPerWeek: { value: 2, source: 'Fixture list' },
        flags: {
          maxVelocity: { feared: true, untested: false },
          contact: { feared: false, untested: true },
        },
      }),
    )
  }

  const field = (n: number, hsr: number, peak: number, sprint: number, chaos: number) =>
    repos.sessions.create(
      athleteId,
      sessionFields({
        date: day(n),
        minutes: 60,
        chaosLevel: chaos,
        running: {
          totalDistanceMetres: 5200,
          hsrMetres: hsr,
          sprintMetres: sprint,
          sprintCount: Math.round(sprint / 12),
          peakVelocityMps: peak,
          effortsAt90PercentVmax: null,
          effortsAt95PercentVmax: null,
          continuousRunMinutes: 25,
        },
        accelerationCount: 18,
        decelerationCount: 21,
      }),
    )
  // Before the injury: full training, the athlete's usual week.
  field(27, 900, 9.2, 180, 5)
  field(25, 1000, 9.3, 200, 5)
  // Rehab, oldest first; the last 7 days are the gap window.
  field(13, 250, 7.2, 0, 1)
  field(11, 320, 7.6, 10, 1)
  field(9, 400, 7.9, 20, 2)
  field(6, 520, 8.3, 30, 2)
  field(4, 820, 8.6, 60, 2)
  field(2, 640, 8.5, 40, 3)
  for (const n of [12, 10, 8, 5, 3, 1]) {
    repos.responseChecks.create(athleteId, responseFields({ date: day(n), respondsTo: day(n + 1) }))
  }

  repos.assessments.create(
    athleteId,
    assessmentFields({ date: day(15), type: 'NordBord', unit: 'N', left: 340, right: 250 }),
  )
  repos.assessments.create(
    athleteId,
    assessmentFields({ date: day(5), type: 'NordBord', unit: 'N', left: 345, right: 300 }),
  )
  repos.assessments.create(
    athleteId,
    assessmentFields({
      date: day(10),
      type: 'AKE',
      unit: 'deg',
      left: 80,
      right: 66,
      device: 'Goniometer',
    }),
  )
  repos.assessments.create(
    athleteId,
    assessmentFields({
      date: day(3),
      type: 'AKE',
      unit: 'deg',
      left: 80,
      right: 74,
      device: 'Goniometer',
    }),
  )
  return { athleteId, injuryId: injury.id, today }
}
