import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { Route } from 'wouter'
import { demandProfileFromTemplate } from '../../src/shared/templates'
import { DemandsTab } from '../../src/renderer/src/features/athlete/demands/DemandsTab'
import { TemplatesPage } from '../../src/renderer/src/features/templates/TemplatesPage'
import type { TestBackend } from '../support/backend'
import './document-fonts'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  notifications.clean()
})

function renderTemplates(path: string, prepare?: (backend: TestBackend) => void) {
  const view = renderWithBackend(
    <Route path="/settings/templates/:kind?/:id?">
      {(params) => <TemplatesPage kind={params.kind} id={params.id} />}
    </Route>,
    { path, prepare },
  )
  backend = view.backend
  return { ...view, club: () => view.backend.services.deps.repos.clubTemplates.list() }
}

describe('sport templates in settings', () => {
  it('shows a built-in template with its citation, sources and the numbers it has no evidence for', async () => {
    renderTemplates('/settings/templates/builtin/soccer')
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: 'Soccer' })
    expect(screen.getByText('Barnes 2014; Bradley 2009; Allen 2023')).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Template values' })
    const hsr = within(table).getByRole('row', { name: /^High-speed running 1,151/ })
    expect(hsr.textContent).toContain('1,151 ± 337 m per match')
    expect(hsr.textContent).toContain('> 19.8 km/h')
    expect(hsr.textContent).toContain('Barnes 2014')
    const acc = within(table).getByRole('row', { name: /^Accelerations/ })
    expect(acc.textContent).toContain('Enter from club data')
    expect(acc.textContent).not.toMatch(/\b0\b/)

    await user.click(screen.getByRole('radio', { name: 'Wide midfielder' }))
    expect(
      within(table).getByRole('row', { name: /^High-speed running 3,138/ }).textContent,
    ).toContain('> 14.4 km/h')

    await user.click(screen.getByRole('link', { name: /Field hockey/ }))
    await screen.findByRole('heading', { name: 'Field hockey' })
    expect(screen.getByText(/use per-minute values/)).toBeTruthy()
  })

  it('copies a built-in template into a club template and edits it with the demand editor', async () => {
    const view = renderTemplates('/settings/templates/builtin/soccer')
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: 'Soccer' })
    await user.click(screen.getByRole('radio', { name: 'Wide midfielder' }))
    await user.click(screen.getByRole('button', { name: 'Copy to a club template…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Copy to a club template' })
    const name = within(dialog).getByRole('textbox', { name: 'Template name' })
    expect((name as HTMLInputElement).value).toBe('Soccer · Wide midfielder (club)')
    await user.clear(name)
    await user.type(name, 'First-team winger')
    await user.click(within(dialog).getByRole('button', { name: 'Create club template' }))

    const form = await screen.findByRole('form', { name: 'Club template' })
    expect(view.location.history?.at(-1)).toMatch(/^\/settings\/templates\/club\//)
    expect(screen.getByRole('heading', { name: 'First-team winger' })).toBeTruthy()
    // Templates describe a sport, not an athlete: no feared / untested flags here.
    expect(within(form).queryByRole('checkbox', { name: 'Feared' })).toBeNull()

    const mean = within(form).getByRole('textbox', { name: 'Accelerations, mean' })
    await user.type(mean, '38')
    await user.type(
      within(form).getByRole('textbox', { name: 'Accelerations, source' }),
      'Club GPS',
    )
    await user.click(within(form).getByRole('combobox', { name: 'Basis of the demand' }))
    await user.click(await screen.findByRole('option', { name: 'Club data' }))
    await user.click(within(form).getByRole('button', { name: 'Save template' }))
    await screen.findByText('Template saved')

    const [saved] = view.club()
    expect(saved).toMatchObject({
      name: 'First-team winger',
      basedOn: 'soccer/wide-midfielder',
      profile: {
        basis: 'club data',
        perMatch: {
          accelerationCount: { mean: 38, source: 'Club GPS' },
          hsrMetres: { mean: 3138, thresholdKmh: 14.4 },
        },
      },
    })
  })

  it('renames a club template, refusing a name already taken, and deletes it after asking', async () => {
    const view = renderTemplates('/settings/templates/builtin/soccer', (b) => {
      b.services.deps.repos.clubTemplates.create(
        'Academy winger',
        'soccer/wide-midfielder',
        demandProfileFromTemplate('soccer', 'wide-midfielder'),
      )
      b.services.deps.repos.clubTemplates.create(
        'First-team winger',
        'soccer/wide-midfielder',
        demandProfileFromTemplate('soccer', 'wide-midfielder'),
      )
    })
    const user = userEvent.setup()
    await user.click(await screen.findByRole('link', { name: /First-team winger/ }))
    await screen.findByRole('heading', { name: 'First-team winger' })

    await user.click(screen.getByRole('button', { name: 'Rename…' }))
    let dialog = await screen.findByRole('dialog', { name: 'Rename the club template' })
    const name = within(dialog).getByRole('textbox', { name: 'Template name' })
    await user.clear(name)
    await user.type(name, 'academy WINGER')
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }))
    expect(
      await within(dialog).findByText('There is already a club template called "academy WINGER".'),
    ).toBeTruthy()
    await user.clear(name)
    await user.type(name, 'Senior winger')
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }))
    await screen.findByRole('heading', { name: 'Senior winger' })
    expect(view.club().map((t) => t.name)).toEqual(['Academy winger', 'Senior winger'])

    await user.click(screen.getByRole('button', { name: 'Delete…' }))
    dialog = await screen.findByRole('dialog', { name: 'Delete “Senior winger”?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete template' }))
    await waitFor(() => expect(view.club().map((t) => t.name)).toEqual(['Academy winger']))
    await screen.findByRole('heading', { name: 'Soccer' })
  })

  it('offers club templates in the athlete’s template picker', async () => {
    let athleteId = ''
    const view = renderWithBackend(<Picker id={() => athleteId} />, {
      prepare: (b) => {
        const profile = demandProfileFromTemplate('soccer', 'wide-midfielder')
        profile.perMatch.accelerationCount = {
          ...profile.perMatch.accelerationCount,
          mean: 41,
          source: 'Club GPS 2025-26',
        }
        b.services.deps.repos.clubTemplates.create('First-team winger', 'soccer/wide-midfielder', {
          ...profile,
          basis: 'club data',
        })
        const squad = b.services.deps.repos.squads.create('First team')
        athleteId = b.services.deps.repos.athletes.create(squad.id, {
          name: 'Sam Reid',
          position: 'Winger',
          dateOfBirth: '2000-05-02',
          dominantLeg: 'right',
        }).id
      },
    })
    backend = view.backend
    const user = userEvent.setup()
    await user.click(await screen.findByRole('combobox', { name: 'Sport template' }))
    await user.click(await screen.findByRole('option', { name: 'First-team winger' }))
    await user.click(screen.getByRole('button', { name: 'Apply template' }))
    const form = await screen.findByRole('form', { name: 'Sport demands' })
    expect(
      (within(form).getByRole('textbox', { name: 'Accelerations, mean' }) as HTMLInputElement)
        .value,
    ).toBe('41')
    expect(within(form).getByText(/Started from First-team winger \(club template\)/)).toBeTruthy()
    await user.click(within(form).getByRole('button', { name: 'Save sport demands' }))
    await screen.findByText('Sport demands saved')
    const saved = view.backend.services.deps.repos.demands.get(athleteId)!
    const club = view.backend.services.deps.repos.clubTemplates.list()[0]!
    expect(saved).toMatchObject({ basis: 'club data', templateId: `club/${club.id}` })
  })
})

function Picker({ id }: { id: () => string }) {
  return <DemandsTab athleteId={id()} />
}
