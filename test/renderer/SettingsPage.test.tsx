import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { SettingsPage } from '../../src/renderer/src/features/settings/SettingsPage'
import type { TestBackend } from '../support/backend'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => backend?.close())

describe('settings page', () => {
  it('saves the user, club and report preferences to the database', async () => {
    const view = renderWithBackend(<SettingsPage />)
    backend = view.backend
    const user = userEvent.setup()
    const form = await screen.findByRole('form', { name: 'Preferences' })
    await user.type(within(form).getByLabelText('Your name'), 'Dr Ana Silva')
    await user.type(within(form).getByLabelText('Club'), 'Riverside FC')
    await user.click(within(form).getByText('US Letter'))
    await user.click(within(form).getByRole('button', { name: 'Save preferences' }))
    await waitFor(() =>
      expect(view.backend.services.deps.repos.settings.app()).toEqual({
        userName: 'Dr Ana Silva',
        clubName: 'Riverside FC',
        pageSize: 'LETTER',
        speedUnit: 'km/h',
      }),
    )
    expect(screen.getByText(view.backend.services.deps.databasePath)).toBeTruthy()
  })
})
