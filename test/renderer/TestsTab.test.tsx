import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { TestsTab } from '../../src/renderer/src/features/tests-tab/TestsTab'
import { assessmentIndices } from '../../src/shared/domain/assessments'
import { addDays, localDay } from '../../src/shared/dates'
import { emptyBaselines } from '../../src/shared/schemas/athlete-profile'
import type { TestBackend } from '../support/backend'
import { injuryFields, profileFields } from '../support/records'
import { assessmentFields } from '../support/training-records'
import './document-fonts'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  notifications.clean()
})

const today = localDay(new Date())
const daysAgo = (n: number) => addDays(today, -n)
const nordicBaseline = {
  left: 340,
  right: 330,
  date: daysAgo(60),
  source: 'NordBord, pre-season screen',
}

/** An athlete with an open right-sided injury and a pre-injury Nordic baseline of 330 N on the right. */
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
      repos.profiles.save(
        athleteId,
        profileFields({
          baselines: {
            ...emptyBaselines,
            vmaxMps: { value: 9.4, date: daysAgo(60), source: 'GPS, pre-season friendly' },
            nordicPeakForceN: nordicBaseline,
          },
        }),
      )
      repos.injuries.create(
        athleteId,
        injuryFields({ injuryDate: daysAgo(20), mriDate: null, side: 'right' }),
      )
      prepare?.(b, athleteId)
    },
  })
  backend = view.backend
  const repos = view.backend.services.deps.repos
  return {
    ...view,
    user: userEvent.setup(),
    stored: () => repos.assessments.listByAthlete(athleteId),
  }
}

function Later({ id }: { id: () => string }) {
  return <TestsTab athleteId={id()} />
}

const percent = (value: number | null) => `${Math.round(value as number)} %`

describe('tests tab', () => {
  it('records a Nordic test and shows its limb symmetry index and % of the pre-injury baseline', async () => {
    const view = renderTab()
    const { user } = view
    await screen.findByText('No tests recorded yet.')
    await user.click(screen.getByRole('button', { name: 'Record test' }))
    const form = await screen.findByRole('form', { name: 'Test' })
    // Nordic is per leg: one field per leg, the injured one named.
    await user.type(within(form).getByLabelText('Left leg'), '345')
    await user.type(within(form).getByLabelText('Right leg (injured)'), '300')
    await user.type(within(form).getByLabelText('Pain during the test'), '1')
    await user.clear(within(form).getByLabelText('Tester'))
    await user.type(within(form).getByLabelText('Tester'), 'Dr Ana Silva')
    await user.click(within(form).getByRole('button', { name: 'Record test' }))
    await screen.findByText('Test recorded')

    const [saved] = view.stored()
    expect(saved).toMatchObject({ type: 'NordBord', unit: 'N', left: 345, right: 300, value: null })
    const expected = assessmentIndices(saved!, 'right', {
      ...emptyBaselines,
      nordicPeakForceN: nordicBaseline,
    })
    const table = await screen.findByRole('table', { name: 'Test results' })
    const row = within(table).getByRole('row', { name: /Nordic strength/ })
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect(cells).toEqual([
      today,
      'Nordic strength (NordBord)',
      '300 N',
      '345 N',
      percent(expected.lsiPercent), // 87 %
      percent(expected.percentOfBaseline), // 91 %
      '1/10',
      'Dr Ana Silva', // no device entered
      expect.any(String),
    ])
    expect(expected.lsiPercent).toBeCloseTo(86.96, 1)
    // The chart carries the sources of its reference lines.
    const chart = screen.getByRole('figure', { name: 'Nordic strength (NordBord) over time' })
    expect(chart.textContent).toContain('Pre-injury, injured leg: 330 N')
    expect(chart.textContent).toContain('NordBord, pre-season screen')
    expect(chart.textContent).toMatch(
      /90 % of the other leg's latest result \(311 N\).*Bourne 2015/,
    )
  })

  it('shows a message next to an impossible result and saves nothing', async () => {
    const view = renderTab()
    const { user } = view
    await user.click(await screen.findByRole('button', { name: 'Record test' }))
    const form = await screen.findByRole('form', { name: 'Test' })
    await user.click(within(form).getByRole('combobox', { name: 'Test' }))
    await user.click(await screen.findByRole('option', { name: 'Active knee extension' }))
    await user.type(within(form).getByLabelText('Left leg'), '200')
    await user.click(within(form).getByRole('button', { name: 'Record test' }))
    expect(await within(form).findByText('Result must be between 0 and 180 deg')).toBeTruthy()
    expect(view.stored()).toEqual([])
  })

  it('asks for the H-test insecurity answer and records a single-value max velocity', async () => {
    const view = renderTab()
    const { user } = view
    await user.click(await screen.findByRole('button', { name: 'Record test' }))
    let form = await screen.findByRole('form', { name: 'Test' })
    await user.click(within(form).getByRole('combobox', { name: 'Test' }))
    await user.click(await screen.findByRole('option', { name: 'Askling H-test' }))
    await user.click(within(form).getByRole('button', { name: 'Record test' }))
    expect(await within(form).findByText('Say whether the athlete felt insecure')).toBeTruthy()
    await user.click(within(form).getByRole('radio', { name: 'Felt insecure' }))
    await user.click(within(form).getByRole('button', { name: 'Record test' }))
    await screen.findByText('Test recorded')
    expect(view.stored()[0]).toMatchObject({ type: 'Askling_H', insecurity: true })

    await user.click(screen.getByRole('button', { name: 'Record test' }))
    form = await screen.findByRole('form', { name: 'Test' })
    await user.click(within(form).getByRole('combobox', { name: 'Test' }))
    await user.click(await screen.findByRole('option', { name: 'Max velocity' }))
    await user.type(within(form).getByLabelText('Result'), '8.93')
    await user.click(within(form).getByRole('button', { name: 'Record test' }))
    await waitFor(() => expect(view.stored()).toHaveLength(2))
    const row = within(await screen.findByRole('table', { name: 'Test results' })).getByRole(
      'row',
      {
        name: /Max velocity/,
      },
    )
    // 8.93 m/s of a 9.4 m/s baseline is 95 %; no symmetry index for a single value.
    expect(row.textContent).toContain('8.93 m/s (32.1 km/h)')
    expect(row.textContent).toContain('—95 %')
    expect(screen.getByRole('table', { name: 'Test results' }).textContent).toContain(
      'Felt insecure',
    )
  })

  it('edits a test and deletes one only after confirming', async () => {
    const view = renderTab((b, id) => {
      b.services.deps.repos.assessments.create(
        id,
        assessmentFields({ date: daysAgo(3), type: 'NordBord', unit: 'N', left: 340, right: 280 }),
      )
    })
    const { user } = view
    const table = await screen.findByRole('table', { name: 'Test results' })
    await user.click(
      within(table).getByRole('button', {
        name: `Edit Nordic strength (NordBord) of ${daysAgo(3)}`,
      }),
    )
    const form = await screen.findByRole('form', { name: 'Test' })
    const right = within(form).getByLabelText('Right leg (injured)')
    await user.clear(right)
    await user.type(right, '310')
    await user.click(within(form).getByRole('button', { name: 'Save test' }))
    await screen.findByText('Test saved')
    expect(view.stored()[0]).toMatchObject({ right: 310 })

    await user.click(
      screen.getByRole('button', { name: `Delete Nordic strength (NordBord) of ${daysAgo(3)}` }),
    )
    await user.click(await screen.findByRole('button', { name: 'Keep it' }))
    expect(view.stored()).toHaveLength(1)
    await user.click(
      screen.getByRole('button', { name: `Delete Nordic strength (NordBord) of ${daysAgo(3)}` }),
    )
    await user.click(await screen.findByRole('button', { name: 'Delete test' }))
    await screen.findByText('Test deleted')
    expect(view.stored()).toEqual([])
  })
})
