import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays, localDay } from '../../src/shared/dates'
import { SquadBoard } from '../../src/renderer/src/features/squads/SquadBoard'
import type { TestBackend } from '../support/backend'
import { injuryFields } from '../support/records'
import { responseFields, sessionFields } from '../support/training-records'
import './document-fonts'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  notifications.clean()
})

const today = localDay(new Date())

function setup() {
  let athleteId = ''
  const view = renderWithBackend(<SquadBoard squadId={null} />, {
    prepare: (b) => {
      const repos = b.services.deps.repos
      const squad = repos.squads.create('First team')
      athleteId = repos.athletes.create(squad.id, {
        name: 'Sam Reid',
        position: 'Winger',
        dateOfBirth: '2000-05-02',
        dominantLeg: 'right',
      }).id
      repos.injuries.create(
        athleteId,
        injuryFields({ injuryDate: addDays(today, -14), mriDate: null }),
      )
      repos.sessions.create(athleteId, sessionFields({ date: addDays(today, -1) }))
      repos.responseChecks.create(
        athleteId,
        responseFields({ date: addDays(today, -1), respondsTo: addDays(today, -2) }),
      )
    },
  })
  backend = view.backend
  const repos = view.backend.services.deps.repos
  return {
    user: userEvent.setup(),
    sessions: () => repos.sessions.listByAthlete(athleteId),
    checks: () => repos.responseChecks.listByAthlete(athleteId),
  }
}

describe('quick entry from the squad board', () => {
  it('logs a session from the row actions, pre-filled, with Enter', async () => {
    const view = setup()
    const user = view.user
    await user.click(await screen.findByRole('button', { name: 'Actions for Sam Reid' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Log session' }))
    const dialog = await screen.findByRole('dialog', { name: /Log session · Sam Reid/ })
    const form = await within(dialog).findByRole('form', { name: 'Session' })
    const pain = within(form).getByRole('textbox', { name: /^Pain during/ })
    await user.type(pain, '0{Enter}')
    await waitFor(() => expect(view.sessions()).toHaveLength(2))
    expect(view.sessions().at(-1)).toMatchObject({ date: today, minutes: 45, painDuring: 0 })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('opens the morning check from the row actions and Escape leaves without saving', async () => {
    const view = setup()
    const user = view.user
    await user.click(await screen.findByRole('button', { name: 'Actions for Sam Reid' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Morning check' }))
    const dialog = await screen.findByRole('dialog', { name: /Morning check · Sam Reid/ })
    const form = await within(dialog).findByRole('form', { name: 'Morning check' })
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(form).getByRole('textbox', { name: /^Pain at rest/ }),
      ),
    )
    await user.keyboard('3')
    await user.tab()
    await user.keyboard('3')
    await user.tab()
    await user.keyboard('1')
    await user.tab()
    await user.tab()
    await user.keyboard('10')
    const preview = within(form).getByRole('region', { name: 'Traffic light before saving' })
    // Pain up 3 points on the morning before: back off.
    expect(within(preview).getByText('Red: back off')).toBeTruthy()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(view.checks()).toHaveLength(1)
  })
})
