import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { OverviewTab } from '../../src/renderer/src/features/athlete/overview/OverviewTab'
import { addDays, localDay } from '../../src/shared/dates'
import type { TestBackend } from '../support/backend'
import { injuryFields } from '../support/records'
import { phaseRecordFields } from '../support/training-records'
import './document-fonts'
import { arrangeRehabCase, type RehabCase } from './rehab-case'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  notifications.clean()
})

type User = ReturnType<typeof userEvent.setup>
const today = localDay(new Date())

/** The rehab case of the gap tests: phase 0, because nobody has watched the athlete walk yet. */
function renderOverview(prepare?: (b: TestBackend, rehab: RehabCase) => void) {
  let rehab: RehabCase = { athleteId: '', injuryId: '', today }
  const view = renderWithBackend(<Later id={() => rehab.athleteId} />, {
    prepare: (b) => {
      rehab = arrangeRehabCase(b.services.deps.repos)
      prepare?.(b, rehab)
    },
  })
  backend = view.backend
  const repos = view.backend.services.deps.repos
  return {
    ...view,
    rehab,
    user: userEvent.setup(),
    overrides: () => repos.overrides.listByInjury(rehab.injuryId),
    observations: () => repos.observations.listByInjury(rehab.injuryId),
    decisions: () => repos.phaseRecords.listByInjury(rehab.injuryId),
  }
}

function Later({ id }: { id: () => string }) {
  return <OverviewTab athleteId={id()} />
}

async function choose(user: User, within_: HTMLElement, label: string, option: string) {
  await user.click(within(within_).getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name: option }))
}

const criterionRow = (phase: string, name: string) =>
  within(screen.getByRole('table', { name: `${phase} criteria` })).getByRole('row', { name })

const statusOf = (row: HTMLElement) => within(row).getAllByRole('cell')[0]!.textContent

describe('overview: overrides, observations and phase decisions', () => {
  it('overrides a criterion by name and reason, shows who and why, and removes it only after confirming', async () => {
    const view = renderOverview()
    const { user } = view
    await screen.findByRole('table', { name: 'Phase 0 criteria' })
    const name = 'Light activation work tolerated'
    expect(statusOf(criterionRow('Phase 0', name))).toBe('not assessed')

    await user.click(screen.getByRole('button', { name: `Override ${name}` }))
    const form = await screen.findByRole('form', { name: 'Override' })
    // Never silent: no name, no role and no reason are refused next to their fields.
    await user.click(within(form).getByRole('button', { name: 'Save override' }))
    expect(await within(form).findByText('Clinician name needs at least 2 characters')).toBeTruthy()
    expect(within(form).getByText('Choose clinician role')).toBeTruthy()
    expect(within(form).getByText('Reason needs at least 5 characters')).toBeTruthy()
    expect(view.overrides()).toEqual([])

    await user.type(within(form).getByLabelText(/Clinician name/), 'Dr Ana Silva')
    await choose(user, form, 'Clinician role', 'physiotherapist')
    await user.type(
      within(form).getByLabelText(/Reason/),
      'Isometric bridges held pain-free in clinic',
    )
    await user.click(within(form).getByRole('button', { name: 'Save override' }))
    await screen.findByText('Override saved')

    await waitFor(() => expect(statusOf(criterionRow('Phase 0', name))).toMatch(/^met/))
    const note = screen.getByRole('note', { name: `Clinician override of ${name}` })
    expect(note.textContent).toContain('Set to “met” by Dr Ana Silva (physiotherapist)')
    expect(note.textContent).toContain(`on ${today}: Isometric bridges held pain-free in clinic`)
    expect(note.textContent).toContain('From the data alone: not assessed')
    expect(view.overrides()).toMatchObject([
      {
        criterionId: 'P0.activationTolerated',
        status: 'met',
        clinicianName: 'Dr Ana Silva',
        clinicianRole: 'physiotherapist',
        date: today,
      },
    ])

    await user.click(within(note).getByRole('button', { name: `Remove override of ${name}` }))
    await user.click(await screen.findByRole('button', { name: 'Keep it' }))
    expect(view.overrides()).toHaveLength(1)
    await user.click(within(note).getByRole('button', { name: `Remove override of ${name}` }))
    await user.click(await screen.findByRole('button', { name: 'Remove override' }))
    await screen.findByText('Override removed')
    await waitFor(() => expect(statusOf(criterionRow('Phase 0', name))).toBe('not assessed'))
    expect(view.overrides()).toEqual([])
  })

  it('flags an override that newer evidence has overtaken', async () => {
    renderOverview((b, rehab) => {
      b.services.deps.repos.overrides.create(rehab.athleteId, {
        injuryId: rehab.injuryId,
        criterionId: 'P0.painSettling',
        date: addDays(today, -15),
        status: 'not met',
        clinicianName: 'Dr Ana Silva',
        clinicianRole: 'sports physician',
        reason: 'Pain still flares on stairs',
      })
    })
    const note = await screen.findByRole('note', {
      name: 'Clinician override of Pain stable or easing day to day',
    })
    expect(note.textContent).toContain('newer evidence since')
    expect(note.textContent).toContain('Dr Ana Silva (sports physician)')
  })

  it('records an observation for a criterion judged by eye', async () => {
    const view = renderOverview()
    const { user } = view
    const name = 'Walks with little or no limp'
    await user.click(await screen.findByRole('button', { name: `Record observation for ${name}` }))
    const form = await screen.findByRole('form', { name: 'Observation' })
    await user.type(within(form).getByLabelText(/Observed by/), 'Jo Bell (S&C)')
    await user.click(within(form).getByRole('button', { name: 'Record observation' }))
    await screen.findByText('Observation recorded')
    expect(view.observations()).toMatchObject([
      { criterionId: 'P0.noLimp', met: true, observedBy: 'Jo Bell (S&C)', date: today },
    ])
    await waitFor(() => expect(statusOf(criterionRow('Phase 0', name))).toBe('met'))
  })

  it('refuses a phase 5 decision by a coach with the message under the role, then records it for a clinician', async () => {
    const view = renderOverview()
    const { user } = view
    await user.click(await screen.findByRole('button', { name: 'Record phase decision' }))
    const form = await screen.findByRole('form', { name: 'Phase decision' })
    await choose(user, form, 'Phase', 'Phase 5 · Return to training, then to sport')
    await user.type(within(form).getByLabelText(/Decided by/), 'Chris Doyle')
    await choose(user, form, 'Role', 'head coach')
    await user.type(within(form).getByLabelText('Reason'), 'Ready for team training')
    await user.click(within(form).getByRole('button', { name: 'Record decision' }))

    const role = within(form).getByRole('combobox', { name: 'Role' })
    const message = await within(form).findByText(
      'Moving to return to training or sport needs a named clinician',
    )
    expect(role.getAttribute('aria-invalid')).toBe('true')
    expect(role.getAttribute('aria-describedby')).toContain(message.id)
    expect(view.decisions()).toEqual([])

    await choose(user, form, 'Role', 'sports physician')
    await user.type(
      within(form).getByLabelText('Tissue health'),
      'BAMIC 2b, day 20, Nordic LSI 87 %',
    )
    await user.click(within(form).getByRole('button', { name: 'Record decision' }))
    await screen.findByText('Phase decision recorded')
    const [saved] = view.decisions()
    expect(saved).toMatchObject({
      phase: 'P5',
      decidedBy: 'Chris Doyle',
      decidedByRole: 'sports physician',
      reason: 'Ready for team training',
      starrt: {
        tissueHealth: 'BAMIC 2b, day 20, Nordic LSI 87 %',
        tissueStresses: null,
        riskTolerance: null,
      },
    })
    // The criteria of every gate the decision moves past, as the engine judged them.
    const snapshotIds = saved!.criteriaSnapshot.map((c) => c.criterionId)
    expect(snapshotIds).toContain('P0.noLimp')
    expect(snapshotIds).toContain('P4.demandCoverage')
    expect(snapshotIds).not.toContain('P5.teamSessions')
    expect(saved!.criteriaSnapshot.find((c) => c.criterionId === 'P0.noLimp')?.status).toBe(
      'not assessed',
    )

    const timeline = await screen.findByRole('region', { name: 'Timeline' })
    await waitFor(() => expect(timeline.textContent).toContain('Phase 5 decided'))
    expect(timeline.textContent).toContain('Chris Doyle (sports physician)')
    expect(timeline.textContent).toContain('Tissue health: BAMIC 2b, day 20, Nordic LSI 87 %')
  })

  it("shows the surgeon's restriction winning over a phase decision that conflicts with it", async () => {
    let athleteId = ''
    let injuryId = ''
    const view = renderWithBackend(<Later id={() => athleteId} />, {
      prepare: (b) => {
        const repos = b.services.deps.repos
        const squad = repos.squads.create('Rugby')
        athleteId = repos.athletes.create(squad.id, {
          name: 'Ieuan Marsh',
          position: 'Centre',
          dateOfBirth: '1997-01-02',
          dominantLeg: 'left',
        }).id
        injuryId = repos.injuries.create(
          athleteId,
          injuryFields({
            injuryDate: addDays(today, -30),
            mriDate: null,
            management: 'surgical',
            surgeryDate: addDays(today, -25),
            surgeonRestrictions: [
              {
                restriction: 'No running before the 8-week review',
                until: addDays(today, 30),
                gate: 'P2',
                stressors: ['running'],
              },
            ],
          }),
        ).id
        repos.phaseRecords.create(
          athleteId,
          phaseRecordFields(injuryId, { phase: 'P2', entryDate: addDays(today, -2) }),
        )
      },
    })
    backend = view.backend
    const phase = await screen.findByRole('region', { name: 'Current phase' })
    // The record says phase 2; the restriction locks phase 2 until its date, and wins.
    expect(within(phase).getByRole('heading', { level: 3 }).textContent).toBe(
      'Phase 1 · Strength, short to mid length',
    )
    expect(phase.textContent).toContain("The surgeon's restriction wins")
    expect(phase.textContent).toContain('No running before the 8-week review')
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(timeline.textContent).toContain('Phase 2 decided')
    expect(timeline.textContent).toContain("overruled by a surgeon's restriction")
  })
})
