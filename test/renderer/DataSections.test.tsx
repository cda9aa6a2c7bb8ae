import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createQueryClient } from '../../src/renderer/src/App'
import { DataSections } from '../../src/renderer/src/features/data/DataSections'
import { RecoveryGate } from '../../src/renderer/src/features/recovery/RecoveryGate'
import { theme } from '../../src/renderer/src/theme'
import { DATABASE_FILE_NAME } from '../../src/main/services'
import { startTestBackend, type TestBackend } from '../support/backend'
import { injuryFields } from '../support/records'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** Renders against an already started real backend (the shared helper starts its own). */
function renderOn(backend: TestBackend, ui: ReactNode) {
  Object.defineProperty(window, 'rts', { value: backend.api, configurable: true })
  return render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <QueryClientProvider client={createQueryClient()}>
        <ModalsProvider>{ui}</ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  )
}

function backendWithAthletes(): TestBackend {
  const backend = startTestBackend()
  cleanups.push(() => backend.close())
  const { repos } = backend.services.deps
  const squad = repos.squads.create('First team')
  for (const name of ['Zoë Kowalczyk', 'Ivan Petrov']) {
    const athlete = repos.athletes.create(squad.id, {
      name,
      position: 'Winger',
      dateOfBirth: '2001-04-17',
      dominantLeg: 'right',
    })
    repos.injuries.create(athlete.id, injuryFields({ notes: `${name} felt it at 30 m` }))
  }
  return backend
}

describe('Settings → data safety', () => {
  it('makes a backup on request and lists it with its date, size and data format', async () => {
    const backend = backendWithAthletes()
    renderOn(backend, <DataSections />)
    const user = userEvent.setup()
    expect(await screen.findByText(/No backups yet/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Back up now' }))
    const table = await screen.findByRole('table', { name: 'Backups' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(2)
    expect(rows[1]!.textContent).toMatch(/Manual/)
    expect(rows[1]!.textContent).toMatch(/KB/)
    // The backup is in the audit trail view too.
    const trail = await screen.findByRole('table', { name: 'Audit trail' })
    await waitFor(() => expect(within(trail).getByText('Backup made')).toBeTruthy())
  })

  it('saves how many backups to keep', async () => {
    const backend = backendWithAthletes()
    renderOn(backend, <DataSections />)
    const user = userEvent.setup()
    const input = await screen.findByLabelText('Backups to keep')
    await user.clear(input)
    await user.type(input, '30')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(backend.services.data.backupSettings().keepCount).toBe(30))
  })

  it('erases an athlete only after their name is typed, and shows the tombstone', async () => {
    const backend = backendWithAthletes()
    renderOn(backend, <DataSections />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('combobox', { name: 'Athlete to erase' }))
    await user.click(await screen.findByRole('option', { name: /Ivan Petrov/ }))
    await user.click(screen.getByRole('button', { name: 'Erase…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Erase Ivan Petrov?' })
    const erase = within(dialog).getByRole('button', { name: 'Erase for good' })
    expect((erase as HTMLButtonElement).disabled).toBe(true)
    expect(within(dialog).getByText(/Backups made before now still hold/)).toBeTruthy()
    await user.type(within(dialog).getByLabelText(/Type “Ivan Petrov” to confirm/), 'ivan petrov')
    await user.click(erase)
    await waitFor(() =>
      expect(
        backend.services.deps.repos.squads
          .list()
          .flatMap((squad) => backend.services.deps.repos.athletes.listBySquad(squad.id))
          .map((athlete) => athlete.name),
      ).toEqual(['Zoë Kowalczyk']),
    )
    const trail = await screen.findByRole('table', { name: 'Audit trail' })
    await waitFor(() => expect(within(trail).getByText('Athlete erased')).toBeTruthy())
    expect(within(trail).getAllByText('Erased athlete').length).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: 'Verify the trail' }))
    expect(await screen.findByText('The trail is intact')).toBeTruthy()
  })

  it('exports one athlete as JSON through the save dialog', async () => {
    const backend = backendWithAthletes()
    renderOn(backend, <DataSections />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('combobox', { name: 'Athlete' }))
    await user.click(await screen.findByRole('option', { name: /Zoë Kowalczyk/ }))
    await user.click(screen.getByRole('button', { name: 'Export athlete' }))
    await waitFor(() => expect(backend.saved).toHaveLength(1))
    expect(backend.saved[0]).toMatch(/Zoë Kowalczyk RTS Bridge export .*\.json$/)
  })
})

describe('the recovery screen', () => {
  it('replaces the app when the data file is damaged, and restores the latest backup', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rts-recovery-ui-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const first = startTestBackend({ dataDir })
    first.services.deps.repos.squads.create('First team')
    await first.services.data.backupNow('manual')
    first.close()
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), 'not a database any more')

    const backend = startTestBackend({ dataDir })
    cleanups.push(() => backend.close())
    renderOn(
      backend,
      <RecoveryGate>
        <p>The squad board</p>
      </RecoveryGate>,
    )
    expect(await screen.findByRole('heading', { name: 'Your data file is damaged' })).toBeTruthy()
    expect(screen.queryByText('The squad board')).toBeNull()
    expect(screen.getByText(/Nothing has been changed or deleted/)).toBeTruthy()

    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: /Restore the latest backup/ }))
    expect(await screen.findByText('The squad board')).toBeTruthy()
    expect(backend.services.deps.repos.squads.list().map((squad) => squad.name)).toEqual([
      'First team',
    ])
  })
})
