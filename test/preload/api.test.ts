import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildApi } from '../../src/shared/ipc/api'
import { channels } from '../../src/shared/ipc/channels'

describe('preload API (quality S3)', () => {
  it('exposes exactly the committed set of functions', () => {
    const api = buildApi(async () => undefined) as unknown as Record<
      string,
      Record<string, unknown>
    >
    const keys = Object.entries(api).flatMap(([domain, verbs]) =>
      Object.keys(verbs).map((verb) => `${domain}.${verb}`),
    )
    expect(keys.sort()).toMatchSnapshot()
  })

  it('sends each function to its own channel and nothing else', async () => {
    const sent: [string, unknown][] = []
    const api = buildApi(async (channel, input) => {
      sent.push([channel, input])
      return { ok: true, data: null }
    })
    await api.athletes.create({
      squadId: 'x',
      name: 'n',
      position: '',
      dateOfBirth: '',
      dominantLeg: 'left',
    })
    await api.squads.list({})
    expect(sent.map(([channel]) => channel)).toEqual(['athletes:create', 'squads:list'])
    expect(channels.length).toBeGreaterThan(0)
  })

  it('gives the page no ipcRenderer, no generic invoke and no sendSync', () => {
    const source = readFileSync(resolve(__dirname, '../../src/preload/index.ts'), 'utf8')
    expect(source).toMatch(/exposeInMainWorld\(\s*'rts',\s*buildApi\(/)
    expect(source).not.toMatch(/sendSync|ipcRenderer\.on|ipcRenderer\.send\b/)
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1)
  })
})
