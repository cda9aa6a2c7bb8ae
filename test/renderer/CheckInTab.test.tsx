import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays, localDay } from '../../src/shared/dates'
import { CheckInTab } from '../../src/renderer/src/features/checkin/CheckInTab'
import type { TestBackend } from '../support/backend'
import { injuryFields, profileFields } from '../support/records'
import { checkInFields, responseFields, sessionFields } from '../support/training-records'
import './document-fonts'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  notifications.clean()
})

const today = localDay(new Date())
const weekday = new Date(`${today}T00:00:00Z`).getUTCDay()
const monday = addDays(today, -((weekday + 6) % 7))
const lastMonday = addDays(monday, -7)

/**
 * Last week: two field sessions (Tuesday and Thursday), a green morning after the first and an
 * amber one after the second (pain on task up a point).
 */
function renderTab(prepare?: (b: TestBackend, athleteId: string, injuryId: string) => void) {
  let athleteId = ''
  const view = renderWithBackend(<Later id={() => athleteId} />, {
    prepare: (b) => {
      const repos = b.services.deps.repos
      repos.settings.set('app', {
        userName: 'Jo Bell',
        clubName: null,
        pageSize: 'A4',
        speedUnit: 'km/h',
      })
      const squad = repos.squads.create('First team')
      athleteId = repos.athletes.create(squad.id, {
        name: 'Sam Reid',
        position: 'Winger',
        dateOfBirth: '2000-05-02',
        dominantLeg: 'right',
      }).id
      repos.profiles.save(athleteId, profileFields())
      const injury = repos.injuries.create(
        athleteId,
        injuryFields({ injuryDate: addDays(monday, -20), mriDate: null }),
      )
      const tue = addDays(lastMonday, 1)
      const thu = addDays(lastMonday, 3)
      repos.sessions.create(athleteId, sessionFields({ date: tue }))
      repos.sessions.create(athleteId, sessionFields({ date: thu, minutes: 60, rpe: 6 }))
      repos.responseChecks.create(
        athleteId,
        responseFields({ date: addDays(tue, 1), respondsTo: tue }),
      )
      repos.responseChecks.create(
        athleteId,
        responseFields({ date: addDays(thu, 1), respondsTo: thu, painOnTask: 2 }),
      )
      prepare?.(b, athleteId, injury.id)
    },
  })
  backend = view.backend
  return {
    ...view,
    athleteId,
    user: userEvent.setup(),
    stored: () => view.backend.services.deps.repos.checkIns.listByAthlete(athleteId),
  }
}

function Later({ id }: { id: () => string }) {
  return <CheckInTab athleteId={id()} />
}

const weekText = (start: string) => {
  const a = new Date(`${start}T00:00:00Z`)
  const b = new Date(`${addDays(start, 6)}T00:00:00Z`)
  const month = (d: Date) => d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
  return a.getUTCMonth() === b.getUTCMonth()
    ? `${a.getUTCDate()}–${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`
    : `${a.getUTCDate()} ${month(a)} – ${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`
}

describe('weekly check-in tab', () => {
  it("summarises last week's log and records the check-in with the amber pre-selected", async () => {
    const view = renderTab()
    const user = view.user
    // Nothing is logged this week yet: the tab opens on last week.
    const picker = (await screen.findByRole('combobox', { name: 'Week' })) as HTMLInputElement
    expect(picker.value).toBe(`Week of ${weekText(lastMonday)}`)

    const table = await screen.findByRole('table', { name: 'Loads of the week' })
    // 45 min × RPE 5 + 60 min × RPE 6 = 585 AU; 300 m HSR each.
    expect(within(table).getByText('585 AU')).toBeTruthy()
    expect(within(table).getByText('105 min')).toBeTruthy()
    expect(within(table).getByText('600 m')).toBeTruthy()
    expect(within(table).getByText('86 %')).toBeTruthy()
    // 8.1 m/s in the unit chosen in Settings; no effort came near the athlete's max.
    expect(within(table).getByText(/^of pre-injury max \(29\.2\skm\/h\)$/)).toBeTruthy()
    expect(within(table).queryByText(/efforts? ≥90/)).toBeNull()
    expect(within(table).getByText('1 green')).toBeTruthy()
    expect(within(table).getByText('1 amber')).toBeTruthy()

    const form = screen.getByRole('form', { name: 'Weekly check-in' })
    const amber = within(form).getByRole('radio', { name: /Amber/ }) as HTMLInputElement
    expect(amber.checked).toBe(true)
    expect(
      within(form).getByText(/Pre-selected from this week's mornings \(1 green, 1 amber\)/),
    ).toBeTruthy()
    const nextStep = within(form).getByRole('textbox', { name: /Smallest safe next step/ })
    expect((nextStep as HTMLInputElement).value).not.toBe('')
    expect(within(form).getByText(/For discussion with medical staff/)).toBeTruthy()
    expect(
      (within(form).getByRole('textbox', { name: /Prepared by/ }) as HTMLInputElement).value,
    ).toBe('Jo Bell')
    expect(
      (within(form).getByRole('textbox', { name: /Loads this week/ }) as HTMLTextAreaElement).value,
    ).toMatch(/^2 sessions, 105 min, 585 AU; .*HSR 600 m.*mornings: 1 green, 1 amber\.$/)

    await user.type(
      within(form).getByRole('textbox', { name: /What we learned/ }),
      'Thursday’s longer session left her sore on the bridge',
    )
    await user.type(
      within(form).getByRole('textbox', { name: /Agreed by/ }),
      'Dr Ana Silva, physiotherapist',
    )
    await user.click(within(form).getByRole('button', { name: 'Save check-in' }))
    await screen.findByText(/Check-in for the week of .* saved/)
    const [saved] = view.stored()
    expect(saved).toMatchObject({
      weekStart: lastMonday,
      response: 'amber',
      agreedBy: 'Dr Ana Silva, physiotherapist',
      preparedBy: 'Jo Bell',
    })
    expect(saved!.nextStep).toBe((nextStep as HTMLInputElement).value)
    // Last week now has its check-in, and the tab stays on it.
    expect(picker.value).toBe(`Week of ${weekText(lastMonday)}`)
    const card = await screen.findByRole('article', {
      name: `Check-in for the week of ${weekText(lastMonday)}`,
    })
    expect(within(card).getByText('Amber: repeat, add nothing new')).toBeTruthy()
    expect(within(card).getByText(/\(for discussion with medical staff\)$/)).toBeTruthy()
  })

  it('refuses a check-in without who prepared it, then edits and deletes an earlier one', async () => {
    const view = renderTab((b, athleteId, injuryId) =>
      b.services.deps.repos.checkIns.create(
        athleteId,
        checkInFields(injuryId, { weekStart: lastMonday }),
      ),
    )
    const user = view.user
    const form = await screen.findByRole('form', { name: 'Weekly check-in' })
    await user.click(within(form).getByRole('radio', { name: /Green/ }))
    await user.clear(within(form).getByRole('textbox', { name: /Prepared by/ }))
    await user.click(within(form).getByRole('button', { name: 'Save check-in' }))
    expect(await within(form).findByText('Prepared by is required')).toBeTruthy()
    expect(view.stored()).toHaveLength(1)

    const earlier = screen.getByRole('region', { name: 'Earlier check-ins' })
    const card = within(earlier).getByRole('article', {
      name: `Check-in for the week of ${weekText(lastMonday)}`,
    })
    await user.click(within(card).getByRole('button', { name: 'Edit' }))
    const edit = await screen.findByRole('form', { name: 'Weekly check-in' })
    const learned = within(edit).getByRole('textbox', { name: /What we learned/ })
    expect((learned as HTMLTextAreaElement).value).toBe('Tolerated strides at 70 %')
    await user.clear(learned)
    await user.type(learned, 'Strides at 70 % settled overnight')
    await user.click(within(edit).getByRole('button', { name: 'Save check-in' }))
    await waitFor(() => expect(view.stored()[0]?.learned).toBe('Strides at 70 % settled overnight'))

    const saved = await screen.findByRole('article', {
      name: `Check-in for the week of ${weekText(lastMonday)}`,
    })
    await user.click(within(saved).getByRole('button', { name: 'Delete' }))
    await user.click(await screen.findByRole('button', { name: 'Delete check-in' }))
    await waitFor(() => expect(view.stored()).toHaveLength(0))
  })
})
