import { Anchor, Badge, Group, Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { ageInYears, localDay } from '@shared/dates'
import {
  availabilities,
  availabilityLabels,
  dominantLegLabels,
  type Availability,
} from '@shared/schemas/athlete'
import { notifyError } from '../../lib/notify'
import { CheckInTab } from '../checkin/CheckInTab'
import { GapTab } from '../gap/GapTab'
import { TestsTab } from '../tests-tab/TestsTab'
import { TrainingTab } from '../training/TrainingTab'
import { useAthlete, useSetAvailability } from './api'
import { availabilityColors } from './availability'
import { DemandsTab } from './demands/DemandsTab'
import { HandoverTab } from '../handover/HandoverTab'
import { InjuryTab } from './injury/InjuryTab'
import { OverviewTab } from './overview/OverviewTab'
import { ProfileTab } from './profile/ProfileTab'

/** The tabs of the athlete page, in the order a coach works through them. */
export const athleteTabs: {
  value: string
  label: string
  render: (athleteId: string) => ReactNode
}[] = [
  { value: 'overview', label: 'Overview', render: (id) => <OverviewTab athleteId={id} /> },
  { value: 'injury', label: 'Injury', render: (id) => <InjuryTab athleteId={id} /> },
  {
    value: 'training',
    label: 'Training and responses',
    render: (id) => <TrainingTab athleteId={id} />,
  },
  { value: 'tests', label: 'Tests', render: (id) => <TestsTab athleteId={id} /> },
  { value: 'gap', label: 'Gap analysis', render: (id) => <GapTab athleteId={id} /> },
  { value: 'checkin', label: 'Weekly check-in', render: (id) => <CheckInTab athleteId={id} /> },
  { value: 'handover', label: 'Handover', render: (id) => <HandoverTab athleteId={id} /> },
  { value: 'demands', label: 'Sport demands', render: (id) => <DemandsTab athleteId={id} /> },
  { value: 'profile', label: 'Profile', render: (id) => <ProfileTab athleteId={id} /> },
]

export function AthletePage({ athleteId, tab }: { athleteId: string; tab: string | undefined }) {
  const athlete = useAthlete(athleteId)
  const setAvailability = useSetAvailability(athleteId)
  const [, navigate] = useLocation()
  const active = athleteTabs.some((t) => t.value === tab) ? tab! : athleteTabs[0]!.value

  if (athlete.isPending) return <Loader aria-label="Loading athlete" />
  if (athlete.isError) return <Text c="red">{athlete.error.message}</Text>
  const a = athlete.data
  const age = a.dateOfBirth ? ageInYears(a.dateOfBirth, localDay(new Date())) : null

  return (
    <Stack gap="md">
      <Anchor component={Link} href={`/squads/${a.squadId}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Squad board
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm">
            <Title order={2}>{a.name}</Title>
            {a.archivedAt && <Badge color="gray">Archived</Badge>}
          </Group>
          <Text c="dimmed" size="sm">
            {[
              a.position,
              age !== null ? `${age} years` : null,
              `${dominantLegLabels[a.dominantLeg]} leg dominant`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Select
          label="Availability"
          w={210}
          allowDeselect={false}
          data={availabilities.map((value) => ({ value, label: availabilityLabels[value] }))}
          value={a.availability}
          leftSection={
            <span
              aria-hidden
              style={{
                width: 10,
                height: 10,
                borderRadius: 5,
                background: `var(--mantine-color-${availabilityColors[a.availability]}-6)`,
              }}
            />
          }
          onChange={(value) =>
            value &&
            setAvailability.mutate(
              { id: a.id, availability: value as Availability },
              { onError: (error) => notifyError('Availability was not changed', error) },
            )
          }
        />
      </Group>
      <Tabs
        value={active}
        onChange={(value) => value && navigate(`/athletes/${a.id}/${value}`)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {athleteTabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {athleteTabs.map((t) => (
          <Tabs.Panel key={t.value} value={t.value}>
            {t.render(a.id)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
