import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { SquadBoard } from '../../src/renderer/src/features/squads/SquadBoard'
import type { TestBackend } from '../support/backend'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => backend?.close())

function setup(prepare?: (b: TestBackend) => void) {
  const view = renderWithBackend(<SquadBoard squadId={null} />, prepare ? { prepare } : {})
  backend = view.backend
  return { ...view, user: userEvent.setup() }
}

async function addAthleteThroughForm(
  user: ReturnType<typeof userEvent.setup>,
  values: { name?: string; dob?: string; leg?: string },
) {
  await user.click(screen.getAllByRole('button', { name: 'Add athlete' })[0]!)
  const form = await screen.findByRole('form', { name: 'Add athlete' })
  if (values.name) await user.type(within(form).getByLabelText(/^Name/), values.name)
  if (values.dob) await user.type(within(form).getByLabelText('Date of birth'), values.dob)
  if (values.leg) {
    await user.click(within(form).getByRole('combobox', { name: /Dominant leg/ }))
    await user.click(await screen.findByRole('option', { name: values.leg }))
  }
  await user.click(within(form).getByRole('button', { name: 'Add athlete' }))
  return form
}

describe('squad board', () => {
  it('starts with an empty state and creates the first squad', async () => {
    const { user, backend } = setup()
    await user.click(await screen.findByRole('button', { name: 'Create squad' }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText(/Squad name/), 'First team')
    await user.click(within(dialog).getByRole('button', { name: 'Create squad' }))
    await waitFor(() =>
      expect(backend.services.deps.repos.squads.list().map((s) => s.name)).toEqual(['First team']),
    )
    expect(await screen.findByText('No athletes in First team yet')).toBeTruthy()
  })

  it('shows the message from main next to the field when a squad name is taken', async () => {
    const { user } = setup((b) => b.services.deps.repos.squads.create('First team'))
    await user.click(await screen.findByRole('button', { name: 'New squad' }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText(/Squad name/), 'first team')
    await user.click(within(dialog).getByRole('button', { name: 'Create squad' }))
    expect(
      await within(dialog).findByText('There is already a squad called "first team".'),
    ).toBeTruthy()
  })

  it('shows field messages for a missing name and leg, and saves nothing', async () => {
    const { user, backend } = setup((b) => b.services.deps.repos.squads.create('First team'))
    await screen.findByText('No athletes in First team yet')
    const form = await addAthleteThroughForm(user, {})
    expect(await within(form).findByText('Name is required')).toBeTruthy()
    expect(within(form).getByText('Choose the dominant leg')).toBeTruthy()
    const squadId = backend.services.deps.repos.squads.list()[0]!.id
    expect(backend.services.deps.repos.athletes.listBySquad(squadId)).toEqual([])
  })

  it('refuses a date of birth in the future', async () => {
    const { user, backend } = setup((b) => b.services.deps.repos.squads.create('First team'))
    await screen.findByText('No athletes in First team yet')
    const form = await addAthleteThroughForm(user, {
      name: 'Lee Park',
      dob: '2999-01-01',
      leg: 'Left',
    })
    expect(await within(form).findByText('Date of birth cannot be in the future')).toBeTruthy()
    const squadId = backend.services.deps.repos.squads.list()[0]!.id
    expect(backend.services.deps.repos.athletes.listBySquad(squadId)).toEqual([])
  })

  it('adds an athlete to the roster and archives them', async () => {
    const { user, backend } = setup((b) => b.services.deps.repos.squads.create('First team'))
    await screen.findByText('No athletes in First team yet')
    await addAthleteThroughForm(user, { name: 'Lee Park', dob: '1999-07-14', leg: 'Left' })
    const table = await screen.findByRole('table', { name: 'Roster' })
    expect(within(table).getByRole('link', { name: 'Lee Park' })).toBeTruthy()
    expect(within(table).getByText('Available')).toBeTruthy()
    expect(within(table).getByText('None open')).toBeTruthy()

    await user.click(within(table).getByRole('button', { name: 'Actions for Lee Park' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Archive' }))
    expect(await screen.findByText('No athletes in First team yet')).toBeTruthy()
    const squadId = backend.services.deps.repos.squads.list()[0]!.id
    expect(
      backend.services.deps.repos.athletes.listBySquad(squadId, { includeArchived: true })[0]
        ?.archivedAt,
    ).not.toBeNull()
  })
})
