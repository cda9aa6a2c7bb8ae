import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '@shared/dates'
import type { BoardRow } from '@shared/schemas/board'
import { boardRow, squadBoard } from '../../../src/main/board/squad-board'
import { loadDemoSquad } from '../../../src/main/demo'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { injuryFields } from '../../support/records'
import {
  assessmentFields,
  overrideFields,
  phaseRecordFields,
  responseFields,
  sessionFields,
} from '../../support/training-records'

/**
 * The squad board keeps each athlete's engine view between loads. These tests hold it to the
 * board a fresh computation gives after every kind of write a coach makes, and show each write
 * really changed what the board shows (so a stale view could not pass unnoticed).
 */
const TODAY = '2026-11-16'

describe('the squad board between loads', () => {
  let backend: TestBackend
  let squadId: string
  let injured: { athleteId: string; injuryId: string }

  const repos = () => backend.services.deps.repos
  const cached = () => squadBoard(repos(), squadId, TODAY)
  const computed = (day = TODAY): BoardRow[] => {
    const settings = repos().settings.domain()
    return repos()
      .athletes.listBySquad(squadId)
      .map((athlete) => boardRow(repos(), athlete, settings, day))
  }
  const rowOf = (rows: BoardRow[]) => rows.find((r) => r.athleteId === injured.athleteId)

  beforeEach(async () => {
    backend = startTestBackend({ clock: () => new Date(`${TODAY}T12:00:00`) })
    const { db } = backend.services.deps
    squadId = loadDemoSquad(repos(), db, TODAY).squad.id
    // In phase 3, short of a repeated top-speed run and of Nordic symmetry.
    const row = (await cached()).find((r) => r.name === 'Callum Brightwater')!
    injured = { athleteId: row.athleteId, injuryId: row.injury!.id }
  })
  afterEach(() => backend?.close())

  /** Runs a write between two loads: the second load matches a fresh board and differs. */
  async function expectSeen(
    write: () => void,
    changed: (before: BoardRow, after: BoardRow) => boolean,
  ) {
    const before = await cached()
    expect(before).toEqual(computed())
    write()
    const after = await cached()
    expect(after).toEqual(computed())
    expect(changed(rowOf(before)!, rowOf(after)!)).toBe(true)
  }

  it('gives the same rows as computing every athlete afresh', async () => {
    expect(await cached()).toEqual(computed())
    expect(await cached()).toEqual(computed())
  })

  it('shows an amber morning check logged today', async () => {
    await expectSeen(
      () =>
        repos().responseChecks.create(
          injured.athleteId,
          responseFields({
            date: TODAY,
            respondsTo: addDays(TODAY, -1),
            painAtRest: 3,
            painOnTask: 5,
            stiffness: 7,
          }),
        ),
      (before, after) => before.response?.light !== after.response?.light,
    )
  })

  it('shows a change to the injury and its closing', async () => {
    const injury = repos().injuries.get(injured.injuryId)
    await expectSeen(
      () => {
        const {
          id: _id,
          athleteId: _a,
          closedOn: _c,
          createdAt: _cr,
          updatedAt: _u,
          ...fields
        } = injury
        repos().injuries.update(injured.injuryId, { ...fields, muscle: 'ST' })
      },
      (before, after) => before.injury?.muscle !== after.injury?.muscle,
    )
    await expectSeen(
      () => repos().injuries.setClosed(injured.injuryId, TODAY),
      (before, after) => before.injury !== null && after.injury === null,
    )
  })

  it('shows a new injury of a healthy athlete', async () => {
    const healthy = (await cached()).find((r) => r.injury === null)!
    const before = await cached()
    repos().injuries.create(
      healthy.athleteId,
      injuryFields({ injuryDate: addDays(TODAY, -3), mriDate: null }),
    )
    const after = await cached()
    expect(after).toEqual(computed())
    expect(after.find((r) => r.athleteId === healthy.athleteId)?.injury).not.toBeNull()
    expect(before.find((r) => r.athleteId === healthy.athleteId)?.injury).toBeNull()
  })

  it('shows a test, a session, an override and a phase decision', async () => {
    await expectSeen(
      () =>
        repos().assessments.create(
          injured.athleteId,
          assessmentFields({ date: TODAY, left: 400, right: 400 }),
        ),
      (before, after) => before.nextGate?.text !== after.nextGate?.text,
    )
    // A run at top speed yesterday, with this morning's green check after it.
    let fast = ''
    await expectSeen(
      () =>
        (fast = repos().sessions.create(
          injured.athleteId,
          sessionFields({
            date: addDays(TODAY, -1),
            running: { ...sessionFields().running!, peakVelocityMps: 12.9 },
            painDuring: 0,
          }),
        ).id),
      (before, after) => before.nextGate?.text !== after.nextGate?.text,
    )
    await expectSeen(
      () => repos().sessions.remove(fast),
      (before, after) => before.nextGate?.text !== after.nextGate?.text,
    )
    await expectSeen(
      () =>
        repos().overrides.create(
          injured.athleteId,
          overrideFields(injured.injuryId, { criterionId: 'P3.hTestSecure', date: TODAY }),
        ),
      (before, after) => JSON.stringify(before.nextGate) !== JSON.stringify(after.nextGate),
    )
    await expectSeen(
      () =>
        repos().phaseRecords.create(
          injured.athleteId,
          phaseRecordFields(injured.injuryId, { phase: 'P4', entryDate: TODAY }),
        ),
      (before, after) => before.phase?.id !== after.phase?.id,
    )
  })

  it('follows the roster facts, the engine settings and the day', async () => {
    const athlete = repos().athletes.get(injured.athleteId)
    await expectSeen(
      () =>
        repos().athletes.update(injured.athleteId, {
          name: `${athlete.name} Jr`,
          position: athlete.position,
          dateOfBirth: athlete.dateOfBirth,
          dominantLeg: athlete.dominantLeg,
        }),
      (before, after) => before.name !== after.name,
    )
    const settings = repos().settings.domain()
    const before = await cached()
    repos().settings.set('domain', {
      ...settings,
      gap: { ...settings.gap, greenFrom: { ...settings.gap.greenFrom, value: 1.9 } },
    })
    const after = await cached()
    expect(after).toEqual(computed())
    expect(after).not.toEqual(before)
    const tomorrow = addDays(TODAY, 1)
    const nextDay = await squadBoard(repos(), squadId, tomorrow)
    expect(nextDay).toEqual(computed(tomorrow))
    expect(nextDay).not.toEqual(after)
  })
})
