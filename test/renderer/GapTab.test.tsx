import { notifications } from '@mantine/notifications'
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { GapTab } from '../../src/renderer/src/features/gap/GapTab'
import { assessAthlete } from '../../src/shared/domain/assess'
import type { DimensionGap } from '../../src/shared/domain/gap-analysis'
import { addDays, localDay } from '../../src/shared/dates'
import type { TestBackend } from '../support/backend'
import { injuryFields } from '../support/records'
import './document-fonts'
import { arrangeRehabCase, type RehabCase } from './rehab-case'
import { renderWithBackend } from './render'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  notifications.clean()
})

function renderGap(arrange: (b: TestBackend) => string) {
  let athleteId = ''
  const view = renderWithBackend(<Later id={() => athleteId} />, {
    prepare: (b) => {
      athleteId = arrange(b)
    },
  })
  backend = view.backend
  return { ...view, athleteId }
}

function Later({ id }: { id: () => string }) {
  return <GapTab athleteId={id()} />
}

/** The engine's answer for the same stored case, read through the same channels the page uses. */
async function engineGap(b: TestBackend, athleteId: string): Promise<Map<string, DimensionGap>> {
  const stored = await b.api.athletes.case({ athleteId })
  const settings = await b.api.settings.domain({})
  if (!stored.ok || stored.data === null || !settings.ok) throw new Error('no case')
  const gap = assessAthlete(stored.data, settings.data).gap
  return new Map(gap.dimensions.map((d) => [d.dimension, d]))
}

const metres = (value: number) => `${Math.round(value).toLocaleString('en-GB')} m`

describe('gap analysis tab', () => {
  it('writes out the coverage figures the engine computes, and circles feared and untested demands', async () => {
    let rehab: RehabCase | undefined
    const view = renderGap((b) => {
      rehab = arrangeRehabCase(b.services.deps.repos)
      return rehab.athleteId
    })
    const expected = await engineGap(view.backend, view.athleteId)
    const hsrCard = await screen.findByRole('region', { name: 'High-speed running' })

    const hsr = expected.get('hsr')!
    // The case: 820 m best session against 1,150 m, 1,980 m in 7 days against 2 × 1,150 m.
    expect(hsr.bestSingle).toBe(820)
    expect(hsr.windowTotal).toBe(1980)
    expect(hsrCard.textContent).toContain(
      `Best session ${metres(hsr.bestSingle)} = ${hsr.coverageSingle!.toFixed(2)} of a match`,
    )
    expect(hsrCard.textContent).toContain(
      `7-day total ${metres(hsr.windowTotal)} = ${hsr.coverageWeek!.toFixed(2)} of a match week`,
    )
    expect(hsrCard.textContent).toContain('Best session 820 m = 0.71 of a match')
    expect(hsrCard.textContent).toContain('7-day total 1,980 m = 0.86 of a match week')
    expect(within(hsrCard).getByText(hsr.status)).toBeTruthy()

    for (const dimension of ['sprintDistance', 'totalDistance', 'minutes'] as const) {
      const gap = expected.get(dimension)!
      const card = screen.getByRole('region', { name: gap.label })
      expect(card.textContent).toContain(`= ${gap.coverageSingle!.toFixed(2)} of a match`)
      expect(card.textContent).toContain(`= ${gap.coverageWeek!.toFixed(2)} of a match week`)
    }

    // Sprint demand measured above 25.2 km/h, the athlete's data above 24 km/h.
    expect(screen.getByRole('region', { name: 'Sprint distance' }).textContent).toContain(
      'Not comparable',
    )

    // Feared and untested: a ring around the card and the word beside the name.
    const velocity = screen.getByRole('region', { name: 'Max velocity' })
    expect(velocity.getAttribute('data-circled')).toBe('feared')
    expect(within(velocity).getByText('feared')).toBeTruthy()
    const contact = screen.getByRole('region', { name: 'Contact' })
    expect(contact.getAttribute('data-circled')).toBe('untested')
    expect(within(contact).getByText('untested')).toBeTruthy()
    expect(
      screen.getByRole('region', { name: 'High-speed running' }).getAttribute('data-circled'),
    ).toBeNull()

    // Max velocity: best % and the counts at ≥90 % and ≥95 %.
    const vmax = expected.get('maxVelocity')!
    expect(velocity.textContent).toContain(`${Math.round(vmax.bestSingle)} %`)
    expect(within(velocity).getByText('Efforts ≥90 %').nextSibling?.textContent).toBe(
      String(vmax.effortsAt90),
    )
    expect(within(velocity).getByText('Efforts ≥95 %').nextSibling?.textContent).toBe(
      String(vmax.effortsAt95),
    )

    // Ladders: the required level and the level reached, with their labels.
    const cutting = expected.get('cutting')!
    const ladder = screen.getByRole('list', { name: 'Cutting ladder' })
    const required = within(ladder).getByText('required').closest('[role="listitem"]')
    expect(required?.textContent).toContain(String(cutting.requiredLevel))
    expect(required?.textContent).toContain('Opposed cuts (against an opponent)')

    // The bands say they are not validated; the spike prompt and the EWMA line are descriptive.
    expect(screen.getByRole('region', { name: 'Gap summary' }).textContent).toContain(
      'not validated',
    )
    const trend = screen.getByRole('region', { name: 'Weekly trend' })
    expect(trend.textContent).toContain('G5 spike prompt · High-speed running')
    expect(trend.textContent).toContain('descriptive only, never used for a decision')
    expect(screen.getByText('For discussion with medical staff.')).toBeTruthy()
  })

  it('says so when the athlete has no sport demands, and links to the Sport demands tab', async () => {
    renderGap((b) => arrangeRehabCase(b.services.deps.repos, { demands: false }).athleteId)
    expect(await screen.findByText('No sport demands yet')).toBeTruthy()
    const link = screen.getByRole('link', { name: 'Enter them in the Sport demands tab' })
    expect(link.getAttribute('href')).toMatch(/\/athletes\/.+\/demands$/)
    expect(screen.queryByRole('region', { name: 'Volumes and counts' })).toBeNull()
    // Max velocity needs no demands.
    expect(screen.getByRole('region', { name: 'Max velocity' })).toBeTruthy()
  })

  it('says so when there is no open injury', async () => {
    renderGap((b) => {
      const repos = b.services.deps.repos
      const squad = repos.squads.create('First team')
      const id = repos.athletes.create(squad.id, {
        name: 'Lee Park',
        position: null,
        dateOfBirth: null,
        dominantLeg: 'left',
      }).id
      const today = localDay(new Date())
      repos.injuries.create(
        id,
        injuryFields({ injuryDate: addDays(today, -200), mriDate: null }),
        addDays(today, -100),
      )
      return id
    })
    expect(await screen.findByText(/No open injury/)).toBeTruthy()
  })
})
