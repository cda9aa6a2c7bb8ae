import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays, localDay } from '../../src/shared/dates'
import { TrainingTab } from '../../src/renderer/src/features/training/TrainingTab'
import type { TestBackend } from '../support/backend'
import { injuryFields, profileFields } from '../support/records'
import { responseFields, sessionFields } from '../support/training-records'
import './document-fonts'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  notifications.clean()
})

type User = ReturnType<typeof userEvent.setup>

const today = localDay(new Date())
const daysAgo = (n: number) => addDays(today, -n)

/**
 * An athlete 20 days into a BAMIC 2b injury with a pre-injury max speed of 9.4 m/s, one field
 * session two days ago and the morning check after it.
 */
function renderTab(prepare?: (b: TestBackend, athleteId: string) => void) {
  let athleteId = ''
  const view = renderWithBackend(<Later id={() => athleteId} />, {
    prepare: (b) => {
      const repos = b.services.deps.repos
      const squad = repos.squads.create('First team')
      athleteId = repos.athletes.create(squad.id, {
        name: 'Sam Reid',
        position: 'Winger',
        dateOfBirth: '2000-05-02',
        dominantLeg: 'right',
      }).id
      repos.profiles.save(athleteId, profileFields())
      repos.injuries.create(athleteId, injuryFields({ injuryDate: daysAgo(20), mriDate: null }))
      repos.sessions.create(athleteId, sessionFields({ date: daysAgo(2) }))
      repos.responseChecks.create(
        athleteId,
        responseFields({ date: daysAgo(1), respondsTo: daysAgo(2) }),
      )
      prepare?.(b, athleteId)
    },
  })
  backend = view.backend
  const repos = view.backend.services.deps.repos
  return {
    ...view,
    athleteId,
    user: userEvent.setup(),
    sessions: () => repos.sessions.listByAthlete(athleteId),
    checks: () => repos.responseChecks.listByAthlete(athleteId),
  }
}

function Later({ id }: { id: () => string }) {
  return <TrainingTab athleteId={id()} />
}

function field(form: HTMLElement, name: string | RegExp) {
  return within(form).getByRole('textbox', { name }) as HTMLInputElement
}

async function replace(user: User, input: HTMLElement, text: string) {
  await user.clear(input)
  if (text !== '') await user.type(input, text)
}

/** Presses Tab until `target` has the focus (keyboard only), at most `limit` times. */
async function tabTo(user: User, target: HTMLElement, limit = 20) {
  for (let i = 0; i < limit && document.activeElement !== target; i += 1) await user.tab()
  expect(document.activeElement).toBe(target)
}

describe('training and responses tab', () => {
  it('logs a session from the form pre-filled with the last one', async () => {
    const view = renderTab()
    const user = view.user
    await screen.findByRole('region', { name: `Week of ${weekLabel(daysAgo(2))}` })
    await user.click(screen.getByRole('button', { name: 'Log session' }))
    const form = await screen.findByRole('form', { name: 'Session' })

    expect(within(form).getByText(/Copied from the session of/)).toBeTruthy()
    expect(field(form, 'Date').value).toBe(today)
    expect(field(form, /^Duration/).value).toBe('45 min')
    expect(field(form, 'Total distance').value).toBe('4,000 m')
    expect(field(form, 'Peak speed').value).toBe('29.2 km/h')
    // 8.1 m/s of a 9.4 m/s pre-injury max.
    expect(within(form).getByText(/86 % of pre-injury max/)).toBeTruthy()
    // What happened last time is not copied: pain is entered fresh.
    expect(field(form, /^Pain during/).value).toBe('')

    await replace(user, field(form, /^Effort \(RPE\)/), '6')
    expect(within(form).getByText('Load 270 AU (RPE × min)')).toBeTruthy()
    await user.type(field(form, /^Pain during/), '2')
    // Something new today: five contacts with pads, and a warning sign during speed work.
    await user.click(within(form).getByRole('button', { name: 'Add contact' }))
    const contact = within(form).getByRole('group', { name: 'Contact 1' })
    await user.type(within(contact).getByRole('textbox', { name: 'Contacts' }), '5')
    await user.click(within(form).getByRole('checkbox', { name: 'Tightening as pace rises' }))
    await user.click(within(form).getByRole('button', { name: 'Log session' }))

    await screen.findByText(/Session of .* logged/)
    const stored = view.sessions()
    expect(stored).toHaveLength(2)
    const logged = stored.find((s) => s.date === today)!
    expect(logged).toMatchObject({
      type: 'field',
      minutes: 45,
      rpe: 6,
      painDuring: 2,
      chaosLevel: 1,
      longLeverLevel: 0,
      running: { totalDistanceMetres: 4000, hsrMetres: 300, peakVelocityMps: 8.1 },
      cod: [{ type: 'pre-planned', angleDeg: 45, intensityPercent: 70, count: 10 }],
      strength: [{ exercise: 'Nordic hamstring curl', lengthened: true, eccentric: true }],
      contacts: [{ type: 'pads', count: 5 }],
      warningSigns: ['tightening as pace rises'],
      dataSource: 'GPS',
    })
    // The log shows the new session with its load.
    const row = await screen.findByRole('row', { name: `Field · 45 min on ${dayLabel(today)}` })
    expect(within(row).getByText('RPE 6/10 · 270 AU')).toBeTruthy()
    expect(within(row).getByText('Pain during 2/10')).toBeTruthy()
    expect(within(row).getByText('Warning: tightening as pace rises')).toBeTruthy()
    expect(within(row).getByText('pads ×5')).toBeTruthy()
  })

  it('shows an amber light with its reason before the morning check is saved', async () => {
    const view = renderTab()
    const user = view.user
    await user.click(await screen.findByRole('button', { name: 'Morning check' }))
    const form = await screen.findByRole('form', { name: 'Morning check' })
    expect(field(form, 'Morning of').value).toBe(today)
    expect(field(form, 'Responds to the loading day').value).toBe(daysAgo(1))
    const preview = within(form).getByRole('region', { name: 'Traffic light before saving' })
    expect(
      within(preview).getByText(/once pain, stiffness and apprehension are entered/),
    ).toBeTruthy()

    // The morning before: rest 0, task 1, stiffness 1, AKE 70°, apprehension 10.
    await user.type(field(form, /^Pain at rest/), '0')
    await user.type(field(form, /^Pain on the standard task/), '2')
    await user.type(field(form, /^Stiffness/), '1')
    await user.type(field(form, /^Active knee extension/), '70')
    await user.type(field(form, /^Apprehension/), '10')

    expect(within(preview).getByText('Amber: repeat, add nothing new')).toBeTruthy()
    expect(within(preview).getByText(/Worse than the morning before: pain up 1 point/)).toBeTruthy()
    expect(view.checks()).toHaveLength(1)

    await user.click(within(form).getByRole('button', { name: 'Save morning check' }))
    await screen.findByText(/Morning check of .* saved/)
    const stored = view.checks()
    expect(stored).toHaveLength(2)
    expect(stored[1]).toMatchObject({
      date: today,
      respondsTo: daysAgo(1),
      painAtRest: 0,
      painOnTask: 2,
      stiffness: 1,
      akeDeg: 70,
      apprehension: 10,
      palpationPain: false,
    })
    // Yesterday was a rest day: its row shows the amber morning and the engine's reason.
    const check = await screen.findByRole('row', { name: `Morning check of ${longLabel(today)}` })
    expect(within(check).getAllByText('Amber').length).toBeGreaterThan(0)
    expect(within(check).getByText(/pain up 1 point/)).toBeTruthy()
  })

  it('logs a session and a morning check with the keyboard only', async () => {
    const view = renderTab()
    const user = view.user
    const logButton = await screen.findByRole('button', { name: 'Log session' })
    await tabTo(user, logButton)
    await user.keyboard('{Enter}')
    const form = await screen.findByRole('form', { name: 'Session' })
    await waitFor(() => expect(document.activeElement).toBe(field(form, 'Date')))
    const minutes = field(form, /^Duration/)
    await tabTo(user, minutes)
    await user.keyboard('{Control>}a{/Control}30')
    await user.tab()
    expect(document.activeElement).toBe(field(form, /^Effort \(RPE\)/))
    await user.keyboard('{Control>}a{/Control}4')
    await user.tab()
    expect(document.activeElement).toBe(field(form, /^Pain during/))
    await user.keyboard('1{Enter}')

    await screen.findByText(/Session of .* logged/)
    expect(view.sessions().find((s) => s.date === today)).toMatchObject({
      minutes: 30,
      rpe: 4,
      painDuring: 1,
    })

    const checkButton = screen.getByRole('button', { name: 'Morning check' })
    await tabTo(user, checkButton)
    await user.keyboard('{Enter}')
    const check = await screen.findByRole('form', { name: 'Morning check' })
    await waitFor(() => expect(document.activeElement).toBe(field(check, /^Pain at rest/)))
    await user.keyboard('0')
    await user.tab()
    await user.keyboard('1')
    await user.tab()
    await user.keyboard('1')
    await user.tab()
    await user.keyboard('70')
    await user.tab()
    await user.keyboard('10')
    await user.tab()
    expect(document.activeElement).toBe(
      within(check).getByRole('checkbox', { name: 'Painful to touch (palpation)' }),
    )
    await user.keyboard('{Enter}')
    await screen.findByText(/Morning check of .* saved/)
    expect(view.checks().at(-1)).toMatchObject({ date: today, painOnTask: 1, akeDeg: 70 })
  })

  it('shows a validation message on the field and saves nothing', async () => {
    const view = renderTab()
    const user = view.user
    await user.click(await screen.findByRole('button', { name: 'Log session' }))
    const form = await screen.findByRole('form', { name: 'Session' })
    await replace(user, field(form, 'High-speed running'), '5000')
    await user.type(field(form, /^Pain during/), '12')
    await user.click(within(form).getByRole('button', { name: 'Log session' }))
    expect(await within(form).findByText('Cannot be more than the total distance')).toBeTruthy()
    expect(
      within(form).getByText('Pain during the session must be between 0 and 10 out of 10'),
    ).toBeTruthy()
    expect(field(form, 'High-speed running').getAttribute('aria-invalid')).toBe('true')
    expect(view.sessions()).toHaveLength(1)

    // Escape leaves the form; nothing was saved.
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Session' })).toBeNull())
    expect(view.sessions()).toHaveLength(1)
  })

  it('edits and deletes a session and a morning check', async () => {
    const view = renderTab()
    const user = view.user
    const label = `Field · 45 min on ${longLabel(daysAgo(2))}`
    await user.click(await screen.findByRole('button', { name: `Actions for ${label}` }))
    await user.click(await screen.findByRole('menuitem', { name: 'Edit session' }))
    const form = await screen.findByRole('form', { name: 'Session' })
    expect(within(form).queryByText(/Copied from/)).toBeNull()
    await replace(user, field(form, /^Duration/), '60')
    await user.click(within(form).getByRole('button', { name: 'Save session' }))
    await screen.findByText(/Session of .* saved/)
    expect(view.sessions()).toMatchObject([{ date: daysAgo(2), minutes: 60 }])

    const check = await screen.findByRole('row', {
      name: `Morning check of ${longLabel(daysAgo(1))}`,
    })
    await user.click(
      within(check).getByRole('button', {
        name: `Actions for the morning check of ${longLabel(daysAgo(1))}`,
      }),
    )
    await user.click(await screen.findByRole('menuitem', { name: 'Edit check' }))
    const checkForm = await screen.findByRole('form', { name: 'Morning check' })
    await user.click(within(checkForm).getByRole('checkbox', { name: /Painful to touch/ }))
    // The first check has nothing to compare with: painful to touch makes it amber.
    const preview = within(checkForm).getByRole('region', { name: 'Traffic light before saving' })
    expect(within(preview).getByText(/painful to touch, nothing to compare with yet/)).toBeTruthy()
    await user.click(within(checkForm).getByRole('button', { name: 'Save check' }))
    await waitFor(() => expect(view.checks()[0]?.palpationPain).toBe(true))

    await user.click(
      await screen.findByRole('button', {
        name: `Actions for the morning check of ${longLabel(daysAgo(1))}`,
      }),
    )
    await user.click(await screen.findByRole('menuitem', { name: 'Delete check' }))
    await user.click(await screen.findByRole('button', { name: 'Delete check' }))
    await waitFor(() => expect(view.checks()).toHaveLength(0))

    await user.click(
      await screen.findByRole('button', {
        name: `Actions for Field · 60 min on ${longLabel(daysAgo(2))}`,
      }),
    )
    await user.click(await screen.findByRole('menuitem', { name: 'Delete session' }))
    await user.click(await screen.findByRole('button', { name: 'Delete session' }))
    await waitFor(() => expect(view.sessions()).toHaveLength(0))
    expect(await screen.findByText(/Nothing logged since the injury/)).toBeTruthy()
    const audit = view.backend.services.deps.repos.audit
      .list({ limit: 50 })
      .map((row: { action: string }) => row.action)
    expect(audit).toEqual(
      expect.arrayContaining([
        'session.update',
        'session.delete',
        'response.update',
        'response.delete',
      ]),
    )
  })
})

const utc = (day: string) => new Date(`${day}T00:00:00Z`)
function dayLabel(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc(day))
}
const longLabel = dayLabel
function weekLabel(day: string): string {
  const weekday = utc(day).getUTCDay()
  return dayLabel(addDays(day, -((weekday + 6) % 7)))
}
