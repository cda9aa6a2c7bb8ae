import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { DemandsTab } from '../../src/renderer/src/features/athlete/demands/DemandsTab'
import type { TestBackend } from '../support/backend'
import { demandFields } from '../support/records'
import './document-fonts'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  // Notifications live in a module-level store that outlives each rendered tree.
  notifications.clean()
})

type User = ReturnType<typeof userEvent.setup>

function renderTab(prepare?: (backend: TestBackend, athleteId: string) => void) {
  let athleteId = ''
  const view = renderWithBackend(<Later id={() => athleteId} />, {
    prepare: (b) => {
      const squad = b.services.deps.repos.squads.create('First team')
      athleteId = b.services.deps.repos.athletes.create(squad.id, {
        name: 'Sam Reid',
        position: 'Winger',
        dateOfBirth: '2000-05-02',
        dominantLeg: 'right',
      }).id
      prepare?.(b, athleteId)
    },
  })
  backend = view.backend
  return {
    ...view,
    athleteId,
    stored: () => view.backend.services.deps.repos.demands.get(athleteId),
  }
}

/** The athlete is created in `prepare`, after the element is built. */
function Later({ id }: { id: () => string }) {
  return <DemandsTab athleteId={id()} />
}

async function choose(user: User, label: string, option: string | RegExp) {
  await user.click(screen.getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name: option }))
}

async function applySoccerWideMidfielder(user: User) {
  await choose(user, 'Sport template', 'Soccer · Elite')
  await choose(user, 'Position', 'Wide midfielder')
  await user.click(screen.getByRole('button', { name: /Apply template|Replace with template/ }))
}

describe('sport demands tab', () => {
  it('applies the soccer wide-midfielder template and saves it with its sources', async () => {
    const view = renderTab()
    const user = userEvent.setup()
    await screen.findByText(/No sport demands yet/)
    await applySoccerWideMidfielder(user)

    const form = await screen.findByRole('form', { name: 'Sport demands' })
    expect(within(form).getByText(/Not saved yet/)).toBeTruthy()
    const hsr = within(form).getByRole('textbox', { name: 'High-speed running, mean' })
    expect((hsr as HTMLInputElement).value).toBe('3,138')
    expect(
      (
        within(form).getByRole('textbox', {
          name: 'High-speed running, source',
        }) as HTMLInputElement
      ).value,
    ).toMatch(/Bradley 2009/)
    expect(
      (
        within(form).getByRole('textbox', {
          name: 'High-speed running, measured above',
        }) as HTMLInputElement
      ).value,
    ).toBe('14.4 km/h')
    // No published number: blank and marked, never 0.
    const acc = within(form).getByRole('textbox', {
      name: 'Accelerations, mean',
    }) as HTMLInputElement
    expect(acc.value).toBe('')
    expect(within(form).getAllByText('Enter from club data').length).toBeGreaterThan(0)

    await user.click(within(form).getByRole('button', { name: 'Save sport demands' }))
    await screen.findByText('Sport demands saved')
    const saved = view.stored()!
    expect(saved.templateId).toBe('soccer/wide-midfielder')
    expect(saved.position).toBe('Wide midfielder')
    expect(saved.perMatch.hsrMetres).toMatchObject({ mean: 3138, thresholdKmh: 14.4 })
    expect(saved.perMatch.accelerationCount.mean).toBeNull()
    expect(saved.thresholds.hsrKmh).toEqual({
      value: 14.4,
      source: expect.stringMatching(/Bradley/),
    })
  })

  it('flags max velocity as feared, shows it circled and saves it', async () => {
    const view = renderTab((b, id) => b.services.deps.repos.demands.save(id, demandFields()))
    const user = userEvent.setup()
    const form = await screen.findByRole('form', { name: 'Sport demands' })
    const maxVelocity = within(form).getByRole('group', { name: 'Max velocity' })
    await user.click(within(maxVelocity).getByRole('checkbox', { name: 'Feared' }))
    const contact = within(form).getByRole('group', { name: 'Contact' })
    await user.click(within(contact).getByRole('checkbox', { name: 'Untested' }))
    expect(within(form).getByText('Feared:').parentElement?.textContent).toBe(
      'Feared: Max velocity',
    )
    // The circled mark appears beside the demand in the tables too.
    const table = within(form).getByRole('table', { name: 'Match demands' })
    expect(within(table).getAllByText('Feared')).toHaveLength(1)

    await user.click(within(form).getByRole('button', { name: 'Save sport demands' }))
    await screen.findByText('Sport demands saved')
    expect(view.stored()?.flags).toEqual({
      maxVelocity: { feared: true, untested: false },
      contact: { feared: false, untested: true },
    })
  })

  it('asks before replacing a saved profile and keeps the athlete’s flags', async () => {
    const view = renderTab((b, id) =>
      b.services.deps.repos.demands.save(
        id,
        demandFields({ flags: { maxVelocity: { feared: true, untested: false } } }),
      ),
    )
    const user = userEvent.setup()
    await screen.findByRole('form', { name: 'Sport demands' })
    await applySoccerWideMidfielder(user)
    const dialog = await screen.findByRole('dialog', { name: 'Replace the sport demands?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep current values' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(
      (screen.getByRole('textbox', { name: 'High-speed running, mean' }) as HTMLInputElement).value,
    ).toBe('1,150')

    await user.click(screen.getByRole('button', { name: 'Replace with template…' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Replace with template',
      }),
    )
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: 'High-speed running, mean' }) as HTMLInputElement)
          .value,
      ).toBe('3,138'),
    )
    // Not saved until the coach saves.
    expect(view.stored()?.perMatch.hsrMetres.mean).toBe(1150)
    await user.click(screen.getByRole('button', { name: 'Save sport demands' }))
    await screen.findByText('Sport demands saved')
    expect(view.stored()).toMatchObject({
      templateId: 'soccer/wide-midfielder',
      flags: { maxVelocity: { feared: true, untested: false } },
    })
  })

  it('shows the schema message next to the field and saves nothing', async () => {
    const view = renderTab((b, id) => b.services.deps.repos.demands.save(id, demandFields()))
    const user = userEvent.setup()
    const form = await screen.findByRole('form', { name: 'Sport demands' })
    await user.type(within(form).getByRole('textbox', { name: 'Accelerations, SD' }), '12')
    const source = within(form).getByRole('textbox', { name: 'Sprints, source' })
    await user.clear(source)
    await user.click(within(form).getByRole('button', { name: 'Save sport demands' }))

    expect(await within(form).findByText('Enter the mean before the SD')).toBeTruthy()
    expect(within(form).getByText('Source is required')).toBeTruthy()
    expect(within(form).getByText('2 values need attention before saving')).toBeTruthy()
    expect(source.getAttribute('aria-invalid')).toBe('true')
    expect(view.stored()?.perMatch.accelerationCount.sd).toBeNull()
    expect(view.stored()?.perMatch.sprintCount.source).toBe('Club GPS')
  })

  it('asks for a source when a club-data value gets its number', async () => {
    const view = renderTab((b, id) => {
      const fields = demandFields()
      fields.perMatch.decelerationCount.note =
        'Enter from club data. Counts depend on the device (Delves 2021)'
      b.services.deps.repos.demands.save(id, fields)
    })
    const user = userEvent.setup()
    const form = await screen.findByRole('form', { name: 'Sport demands' })
    const source = within(form).getByRole('textbox', {
      name: 'Decelerations, source',
    }) as HTMLInputElement
    expect(source.value).toBe('Enter from club data')
    await user.type(within(form).getByRole('textbox', { name: 'Decelerations, mean' }), '64')
    expect(source.value).toBe('')
    const note = within(form).getByRole('textbox', { name: 'Decelerations, note' })
    expect((note as HTMLTextAreaElement).value).toBe('Counts depend on the device (Delves 2021)')
    await user.click(within(form).getByRole('button', { name: 'Save sport demands' }))
    expect(await within(form).findByText('Source is required')).toBeTruthy()
    await user.type(source, 'Club GPS 2025-26, 10 Hz')
    await user.click(within(form).getByRole('button', { name: 'Save sport demands' }))
    await screen.findByText('Sport demands saved')
    expect(view.stored()?.perMatch.decelerationCount).toMatchObject({
      mean: 64,
      source: 'Club GPS 2025-26, 10 Hz',
      note: 'Counts depend on the device (Delves 2021)',
    })
  })

  it('shows speeds in m/s when the coach works in m/s, and stores km/h', async () => {
    const view = renderTab((b, id) => {
      b.services.deps.repos.settings.set('app', {
        userName: null,
        clubName: null,
        pageSize: 'A4',
        speedUnit: 'm/s',
      })
      b.services.deps.repos.demands.save(id, demandFields())
    })
    const user = userEvent.setup()
    const form = await screen.findByRole('form', { name: 'Sport demands' })
    const hsr = within(form).getByRole('textbox', {
      name: 'High-speed running threshold',
    }) as HTMLInputElement
    expect(hsr.value).toBe('5.5 m/s')
    const sprint = within(form).getByRole('textbox', { name: 'Sprint distance, measured above' })
    await user.clear(sprint)
    await user.type(sprint, '7.5')
    await user.click(within(form).getByRole('button', { name: 'Save sport demands' }))
    await screen.findByText('Sport demands saved')
    const saved = view.stored()!
    expect(saved.perMatch.sprintMetres.thresholdKmh).toBe(27)
    // Untouched speeds keep their exact stored value.
    expect(saved.thresholds.hsrKmh?.value).toBe(19.8)
  })
})
