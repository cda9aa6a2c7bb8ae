import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { SquadBoard } from '../../src/renderer/src/features/squads/SquadBoard'
import type { TestBackend } from '../support/backend'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => backend?.close())

describe('demo squad on the squad board', () => {
  it('loads from the empty state, is marked as a demo, and is removed after a confirmation', async () => {
    const view = renderWithBackend(<SquadBoard squadId={null} />)
    backend = view.backend
    const user = userEvent.setup()
    const repos = view.backend.services.deps.repos

    await user.click(await screen.findByRole('button', { name: 'Load demo squad' }))
    const banner = await screen.findByRole('region', { name: 'Demo squad' })
    expect(within(banner).getByText('Demo · fictional athletes')).toBeTruthy()
    expect(within(banner).getByText(/nothing here is real/)).toBeTruthy()
    expect(await screen.findByText('Callum Brightwater')).toBeTruthy()
    expect(repos.squads.list()).toEqual([expect.objectContaining({ demo: true })])
    expect(view.location.history.at(-1)).toBe(`/squads/${repos.squads.list()[0]!.id}`)

    // Cancelling the confirmation keeps everything.
    await user.click(within(banner).getByRole('button', { name: 'Remove demo squad' }))
    let dialog = await screen.findByRole('dialog', { name: 'Remove the demo squad?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(repos.squads.demoIds()).toHaveLength(1)

    await user.click(within(banner).getByRole('button', { name: 'Remove demo squad' }))
    dialog = await screen.findByRole('dialog', { name: 'Remove the demo squad?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove demo squad' }))
    expect(await screen.findByText('No squads yet')).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Demo squad' })).toBeNull()
    expect(repos.squads.list()).toEqual([])
    expect(view.location.history.at(-1)).toBe('/')
  })

  it('shows no demo banner on a squad of real athletes', async () => {
    const view = renderWithBackend(<SquadBoard squadId={null} />, {
      prepare: (b) => b.services.deps.repos.squads.create('First team'),
    })
    backend = view.backend
    expect(await screen.findByText('No athletes in First team yet')).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Demo squad' })).toBeNull()
    expect(screen.queryByText('Demo · fictional athletes')).toBeNull()
  })
})
