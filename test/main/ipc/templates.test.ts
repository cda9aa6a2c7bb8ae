import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demandProfileFromTemplate } from '../../../src/shared/templates'
import { startTestBackend, type TestBackend } from '../../support/backend'

let backend: TestBackend
beforeEach(() => {
  backend = startTestBackend()
})
afterEach(() => backend.close())

const winger = () => demandProfileFromTemplate('soccer', 'wide-midfielder')

describe('club template channels', () => {
  it('copies a built-in template into a club template that keeps every source', async () => {
    const created = await backend.api.templates.createClub({
      name: 'First-team winger',
      basedOn: 'soccer/wide-midfielder',
      profile: winger(),
    })
    expect(created.ok).toBe(true)
    const listed = await backend.api.templates.listClub({})
    expect(listed).toEqual({
      ok: true,
      data: [expect.objectContaining({ name: 'First-team winger' })],
    })
    if (!listed.ok) return
    expect(listed.data[0]!.basedOn).toBe('soccer/wide-midfielder')
    expect(listed.data[0]!.profile.perMatch.hsrMetres).toMatchObject({
      mean: 3138,
      thresholdKmh: 14.4,
      source: expect.stringContaining('Bradley 2009'),
    })
    expect(listed.data[0]!.profile.perMatch.accelerationCount.mean).toBeNull()
  })

  it('refuses a name already taken, whatever its case, as a message on the name field', async () => {
    await backend.api.templates.createClub({
      name: 'Academy winger',
      basedOn: null,
      profile: winger(),
    })
    const clash = await backend.api.templates.createClub({
      name: '  academy   WINGER ',
      basedOn: null,
      profile: winger(),
    })
    expect(clash).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'conflict',
        fields: { name: 'There is already a club template called "academy WINGER".' },
      }),
    })
  })

  it('renames, edits and removes a club template, and says so when it is gone', async () => {
    const created = await backend.api.templates.createClub({
      name: 'Winger',
      basedOn: null,
      profile: winger(),
    })
    if (!created.ok) throw new Error(created.error.message)
    const { id } = created.data
    const profile = winger()
    profile.perMatch.accelerationCount = {
      ...profile.perMatch.accelerationCount,
      mean: 41,
      source: 'Club GPS 2025-26',
    }
    const updated = await backend.api.templates.updateClub({ id, name: 'Senior winger', profile })
    expect(updated).toMatchObject({
      ok: true,
      data: { name: 'Senior winger', profile: { perMatch: { accelerationCount: { mean: 41 } } } },
    })
    expect(await backend.api.templates.removeClub({ id })).toEqual({
      ok: true,
      data: { removed: true },
    })
    expect(await backend.api.templates.listClub({})).toEqual({ ok: true, data: [] })
    const again = await backend.api.templates.updateClub({ id, name: 'Senior winger', profile })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('rejects a profile whose numbers lack a source, with the field path', async () => {
    const profile = winger()
    const result = await backend.api.templates.createClub({
      name: 'No sources',
      basedOn: null,
      profile: {
        ...profile,
        perMatch: { ...profile.perMatch, hsrMetres: { ...profile.perMatch.hsrMetres, source: '' } },
      },
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'profile.perMatch.hsrMetres.source': 'Source is required' },
      },
    })
    expect(backend.services.deps.repos.clubTemplates.list()).toEqual([])
  })
})
