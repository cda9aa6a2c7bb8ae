import { afterEach, describe, expect, it } from 'vitest'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { dbFingerprint } from '../../support/db-fingerprint'
import { seedAthlete } from './helpers'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  backend = undefined
})

describe('the audit trail view (quality P4)', () => {
  it('pages through the trail newest first, naming athletes still on record', async () => {
    backend = startTestBackend()
    const { repos } = backend.services.deps
    const zoe = seedAthlete(repos, 'Zoë Kowalczyk')
    const ivan = seedAthlete(repos, 'Ivan Petrov')
    const total = repos.audit.list({ limit: 1000 }).length
    expect(total).toBeGreaterThanOrEqual(6)

    const seen: string[] = []
    let beforeSeq: number | undefined
    let pages = 0
    for (;;) {
      const page = await backend.api.audit.list({ limit: 2, ...(beforeSeq ? { beforeSeq } : {}) })
      if (!page.ok) throw new Error(page.error.message)
      expect(page.data.total).toBe(total)
      seen.push(...page.data.rows.map((row) => row.id))
      pages += 1
      if (page.data.nextBeforeSeq === null) break
      beforeSeq = page.data.nextBeforeSeq
    }
    expect(pages).toBe(Math.ceil(total / 2))
    expect(seen).toEqual(repos.audit.list({ limit: 1000 }).map((row) => row.id))

    const erased = await backend.api.data.eraseAthlete({
      athleteId: ivan.athleteId,
      confirmName: 'Ivan Petrov',
      removeBackups: false,
    })
    expect(erased.ok).toBe(true)
    const first = await backend.api.audit.list({ limit: 50 })
    if (!first.ok) throw new Error(first.error.message)
    expect(first.data.rows[0]).toMatchObject({
      action: 'athlete.erase',
      athleteId: ivan.athleteId,
      athleteName: null,
      hasDetail: false,
    })
    expect(first.data.rows.find((row) => row.athleteId === zoe.athleteId)?.athleteName).toBe(
      'Zoë Kowalczyk',
    )
  })

  it('verifies the hash chain, and finds a row changed behind the app’s back', async () => {
    backend = startTestBackend()
    seedAthlete(backend.services.deps.repos, 'Zoë Kowalczyk')
    expect(await backend.api.audit.verify({})).toMatchObject({ ok: true, data: { ok: true } })
    const { db } = backend.services
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare(`UPDATE audit_log SET actor = 'Someone else' WHERE seq = 1`).run()
    expect(await backend.api.audit.verify({})).toMatchObject({
      ok: true,
      data: { ok: false, brokenAt: 1 },
    })
  })

  it('writes exactly one row per export, erasure, backup and restore', async () => {
    backend = startTestBackend()
    const { repos } = backend.services.deps
    const { athleteId } = seedAthlete(repos, 'Zoë Kowalczyk')
    const count = () => repos.audit.list({ limit: 1000 }).length
    let before = count()
    await backend.api.data.exportAthlete({ athleteId, format: 'json' })
    expect(count()).toBe(before + 1)
    before = count()
    const backup = await backend.api.data.backupNow({})
    expect(count()).toBe(before + 1)
    if (!backup.ok) throw new Error(backup.error.message)
    await backend.api.data.restore({ from: 'backup', fileName: backup.data.backup.fileName })
    // The restored file is the backup (made before its own audit row) plus the restore row.
    const restoredRepos = backend.services.deps.repos
    expect(restoredRepos.audit.list({ limit: 1 })[0]?.action).toBe('data.restore')
    before = restoredRepos.audit.list({ limit: 1000 }).length
    await backend.api.data.eraseAthlete({
      athleteId,
      confirmName: 'Zoë Kowalczyk',
      removeBackups: false,
    })
    expect(backend.services.deps.repos.audit.list({ limit: 1000 }).length).toBe(before + 1)
  })

  it('writes no audit row when an erasure fails', async () => {
    backend = startTestBackend()
    seedAthlete(backend.services.deps.repos, 'Zoë Kowalczyk')
    const before = dbFingerprint(backend.services.db)
    const result = await backend.api.data.eraseAthlete({
      athleteId: '00000000-0000-4000-8000-000000000000',
      confirmName: 'Nobody',
      removeBackups: false,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(dbFingerprint(backend.services.db)).toBe(before)
  })
})
