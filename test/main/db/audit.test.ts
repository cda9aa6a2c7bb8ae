import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { createRepositories } from '../../../src/main/db/repositories'
import { tempDir } from '../../support/temp'

function setup() {
  const db = openDatabase(join(tempDir(), 'audit.sqlite'))
  migrate(db)
  let tick = Date.parse('2026-03-01T09:00:00.000Z')
  const repos = createRepositories(db, () => new Date((tick += 1000)))
  return { db, repos }
}

const fields = {
  name: 'Sam Reid',
  position: 'Winger',
  dateOfBirth: '2000-05-02',
  dominantLeg: 'right' as const,
}

describe('audit trail', () => {
  it('writes one row per athlete change, naming the user from Settings', () => {
    const { repos } = setup()
    repos.settings.set('app', {
      userName: 'Dr Ana Silva',
      clubName: null,
      pageSize: 'A4',
      speedUnit: 'km/h',
    })
    const squad = repos.squads.create('First team')
    const athlete = repos.athletes.create(squad.id, fields)
    repos.athletes.update(athlete.id, { ...fields, position: 'Full-back' })
    repos.athletes.setArchived(athlete.id, true)
    const rows = repos.audit.list({ limit: 10 })
    expect(rows.map((r) => r.action)).toEqual([
      'athlete.archive',
      'athlete.update',
      'athlete.create',
      'settings.update',
    ])
    expect(
      rows.slice(0, 3).every((r) => r.actor === 'Dr Ana Silva' && r.athleteId === athlete.id),
    ).toBe(true)
  })

  it('keeps no names or health content in the trail itself, only in erasable details', () => {
    const { db, repos } = setup()
    const squad = repos.squads.create('First team')
    repos.athletes.create(squad.id, { ...fields, name: 'Canary Name' })
    const trail = JSON.stringify(db.prepare('SELECT * FROM audit_log').all())
    expect(trail).not.toContain('Canary Name')
    const details = JSON.stringify(db.prepare('SELECT * FROM audit_details').all())
    expect(details).toContain('Canary Name')
  })

  it('writes no audit row for a change that fails', () => {
    const { db, repos } = setup()
    const squad = repos.squads.create('First team')
    const athlete = repos.athletes.create(squad.id, fields)
    const before = repos.audit.list({ limit: 100 }).length
    // A name the CHECK constraint refuses (the schema would stop it first; this is the second line).
    expect(() => repos.athletes.update(athlete.id, { ...fields, name: 'x'.repeat(200) })).toThrow()
    expect(repos.audit.list({ limit: 100 })).toHaveLength(before)
    expect(db.prepare('SELECT name FROM athletes').get()).toEqual({ name: 'Sam Reid' })
  })

  it('refuses to write an audit row outside a transaction', () => {
    const { repos } = setup()
    expect(() =>
      repos.audit.record({
        actor: 'x',
        action: 'test.write',
        entityType: 'test',
        entityId: null,
        athleteId: null,
      }),
    ).toThrowError(/inside the transaction/)
  })

  it('refuses UPDATE and DELETE on the trail', () => {
    const { db, repos } = setup()
    repos.squads.create('First team')
    repos.settings.set('app', { userName: 'A', clubName: null, pageSize: 'A4', speedUnit: 'km/h' })
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'someone else'`).run()).toThrowError(
      /append-only/,
    )
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrowError(/append-only/)
    expect(() => db.prepare(`UPDATE audit_details SET payload = '{}'`).run()).toThrowError(
      /cannot be changed/,
    )
  })

  it('verifies an intact chain and finds a row changed behind its back', () => {
    const { db, repos } = setup()
    const squad = repos.squads.create('First team')
    for (let i = 0; i < 5; i += 1)
      repos.athletes.create(squad.id, { ...fields, name: `Player ${i}` })
    expect(repos.audit.verify()).toEqual({ ok: true, entries: 5, erasedDetails: 0 })

    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare(`UPDATE audit_log SET actor = 'Forger' WHERE seq = 3`).run()
    expect(repos.audit.verify()).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: expect.stringMatching(/changed/),
    })
  })

  it('finds a removed row and changed details', () => {
    const { db, repos } = setup()
    const squad = repos.squads.create('First team')
    for (let i = 0; i < 4; i += 1)
      repos.athletes.create(squad.id, { ...fields, name: `Player ${i}` })
    db.exec('DROP TRIGGER audit_details_no_update')
    db.prepare(`UPDATE audit_details SET payload = '{"name":"Someone else"}' WHERE rowid = 2`).run()
    expect(repos.audit.verify()).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/details/),
    })

    db.exec('DROP TRIGGER audit_log_no_delete')
    db.prepare('DELETE FROM audit_details').run()
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run()
    expect(repos.audit.verify()).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: expect.stringMatching(/missing/),
    })
  })

  it('still verifies after an athlete’s details are erased, and counts the erased ones', () => {
    const { db, repos } = setup()
    const squad = repos.squads.create('First team')
    const athlete = repos.athletes.create(squad.id, fields)
    repos.athletes.create(squad.id, { ...fields, name: 'Other' })
    db.prepare('DELETE FROM audit_details WHERE athlete_id = ?').run(athlete.id)
    expect(repos.audit.verify()).toEqual({ ok: true, entries: 2, erasedDetails: 1 })
    expect(
      repos.audit.list({ limit: 5 }).find((r) => r.athleteId === athlete.id)?.detailErased,
    ).toBe(true)
  })
})
