import { Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { addDays } from '@shared/dates'
import { FOR_DISCUSSION } from '@shared/domain/next-step'
import { weeklySummary } from '@shared/domain/weekly'
import { trafficLightLabels } from '@shared/schemas/scales'
import type { WeeklyCheckIn } from '@shared/schemas/weekly-check-in'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useAssessment } from '../athlete/use-assessment'
import { useAppSettings } from '../settings/api'
import { longDay, mondayOf, weekRange } from '../training/format'
import { LightBadge } from '../training/LightBadge'
import { useCheckIns, useCreateCheckIn, useRemoveCheckIn, useUpdateCheckIn } from './api'
import { CheckInForm, type CheckInValues } from './CheckInForm'
import { loadsSummaryText, morningsText } from './summary-text'
import { WeekSummaryTable } from './WeekSummaryTable'

/** Mondays from the week of `from` to the week of `to`, newest first. */
function mondaysBetween(from: string, to: string): string[] {
  const weeks: string[] = []
  for (let monday = mondayOf(to); monday >= mondayOf(from); monday = addDays(monday, -7)) {
    weeks.push(monday)
  }
  return weeks
}

/**
 * The weekly check-in ([S0]): the week's loads from the log, how the mornings responded, what
 * was learned, and the smallest safe next step with who agreed it.
 */
export function CheckInTab({ athleteId }: { athleteId: string }) {
  const state = useAssessment(athleteId)
  const checkIns = useCheckIns(athleteId)
  const appSettings = useAppSettings()
  const [week, setWeek] = useState<string | null>(null)
  const [editing, setEditing] = useState<WeeklyCheckIn | null>(null)
  const create = useCreateCheckIn(athleteId)
  const update = useUpdateCheckIn(athleteId)
  const remove = useRemoveCheckIn(athleteId)

  const ready = state.status === 'ready' ? state : null
  const athleteCase = ready?.athleteCase ?? null
  const settings = ready?.settings ?? null
  const weeks = useMemo(
    () => (athleteCase ? mondaysBetween(athleteCase.injury.injuryDate, athleteCase.today) : []),
    [athleteCase],
  )
  // The week shown first: this one, unless nothing is logged in it yet and last week still
  // has no check-in (on a Monday the coach is looking back at last week).
  const firstWeek = useMemo(() => {
    const [current, previous] = weeks
    // Decided once everything it looks at has loaded (it is kept from then on).
    if (!athleteCase || !settings || !checkIns.data || current === undefined) return null
    if (previous === undefined) return current
    const lookBack =
      weeklySummary(athleteCase, current, settings).sessions === 0 &&
      !checkIns.data.some((c) => c.weekStart === previous)
    return lookBack ? previous : current
  }, [athleteCase, settings, weeks, checkIns.data])
  // Kept once chosen: saving last week's check-in must not move the tab to this week.
  if (week === null && firstWeek !== null) setWeek(firstWeek)
  const selected = week ?? firstWeek
  const summary = useMemo(
    () =>
      athleteCase && settings && selected ? weeklySummary(athleteCase, selected, settings) : null,
    [athleteCase, settings, selected],
  )

  if (state.status === 'loading' || checkIns.isPending || appSettings.isPending) {
    return <Loader size="sm" aria-label="Loading the check-ins" />
  }
  if (state.status === 'error') return <Text c="red">{state.message}</Text>
  if (checkIns.isError) return <Text c="red">{checkIns.error.message}</Text>
  if (state.status === 'no injury' || !ready || !summary || !selected) {
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text>No open injury. Weekly check-ins follow an injury episode week by week.</Text>
      </Paper>
    )
  }

  const injuryId = ready.athleteCase.injury.id
  const all = [...checkIns.data].sort((a, b) =>
    a.weekStart === b.weekStart
      ? b.createdAt.localeCompare(a.createdAt)
      : b.weekStart.localeCompare(a.weekStart),
  )
  const thisWeek = all.filter((c) => c.weekStart === selected)
  const earlier = all.filter((c) => c.weekStart !== selected)
  const nextStep = ready.assessment.nextStep

  const newValues: CheckInValues = {
    injuryId,
    weekStart: selected,
    loadsSummary: loadsSummaryText(summary),
    response: summary.worstLight ?? '',
    learned: '',
    nextStep: nextStep.title,
    agreedBy: '',
    preparedBy: appSettings.data?.userName ?? '',
  }
  const responseHint =
    summary.worstLight === null
      ? 'No morning checks this week: choose from what you saw'
      : `Pre-selected from this week's mornings (${morningsText(summary)}): the worst one counts`

  const confirmRemove = (checkIn: WeeklyCheckIn) =>
    modals.openConfirmModal({
      title: 'Delete this check-in?',
      children: (
        <Text size="sm">
          The check-in for the week of {weekRange(checkIn.weekStart)} leaves the record. The
          sessions and morning checks of that week stay. The audit trail keeps a note.
        </Text>
      ),
      labels: { confirm: 'Delete check-in', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: checkIn.id },
          {
            onSuccess: () => {
              if (editing?.id === checkIn.id) setEditing(null)
              notifySuccess('Check-in deleted')
            },
            onError: (error) => notifyError('The check-in was not deleted', error),
          },
        ),
    })

  const card = (checkIn: WeeklyCheckIn) => (
    <CheckInCard
      key={checkIn.id}
      checkIn={checkIn}
      onEdit={() => {
        setWeek(checkIn.weekStart)
        setEditing(checkIn)
      }}
      onRemove={() => confirmRemove(checkIn)}
    />
  )

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg" component="section" aria-label="Check-in of the week">
        <Group justify="space-between" align="flex-end" mb="md">
          <div>
            <Title order={4}>Weekly check-in</Title>
            <Text size="sm" c="dimmed">
              Monday to Sunday. Loads come from the session log, lights from the morning checks.
            </Text>
          </div>
          <Select
            label="Week"
            w={300}
            allowDeselect={false}
            data={weeks.map((monday) => ({ value: monday, label: `Week of ${weekRange(monday)}` }))}
            value={selected}
            onChange={(value) => {
              if (value) {
                setWeek(value)
                setEditing(null)
              }
            }}
          />
        </Group>
        <WeekSummaryTable summary={summary} speedUnit={appSettings.data?.speedUnit ?? 'km/h'} />
        <Stack gap="md" mt="lg">
          {editing ? (
            <>
              <Title order={5}>
                Edit the check-in of the week of {weekRange(editing.weekStart)}
              </Title>
              <CheckInForm
                key={editing.id}
                initial={{
                  injuryId: editing.injuryId,
                  weekStart: editing.weekStart,
                  loadsSummary: editing.loadsSummary ?? '',
                  response: editing.response,
                  learned: editing.learned ?? '',
                  nextStep: editing.nextStep ?? '',
                  agreedBy: editing.agreedBy ?? '',
                  preparedBy: editing.preparedBy,
                }}
                responseHint={`This week's mornings: ${morningsText(summary)}`}
                submitLabel="Save check-in"
                onCancel={() => setEditing(null)}
                onSubmit={async (record) => {
                  await update.mutateAsync({ id: editing.id, record })
                  notifySuccess('Check-in saved')
                  setEditing(null)
                }}
              />
            </>
          ) : thisWeek.length > 0 ? (
            thisWeek.map(card)
          ) : (
            <>
              <Title order={5}>Record the check-in for this week</Title>
              <CheckInForm
                key={selected}
                initial={newValues}
                responseHint={responseHint}
                submitLabel="Save check-in"
                onSubmit={async (record) => {
                  await create.mutateAsync({ athleteId, record })
                  notifySuccess(`Check-in for the week of ${weekRange(selected)} saved`)
                }}
              />
            </>
          )}
        </Stack>
      </Paper>

      <Paper withBorder radius="lg" p="lg" component="section" aria-label="Earlier check-ins">
        <Title order={4} mb="sm">
          Earlier check-ins
        </Title>
        {earlier.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet.
          </Text>
        ) : (
          <Stack gap="sm">{earlier.map(card)}</Stack>
        )}
      </Paper>
    </Stack>
  )
}

function CheckInCard({
  checkIn,
  onEdit,
  onRemove,
}: {
  checkIn: WeeklyCheckIn
  onEdit: () => void
  onRemove: () => void
}) {
  const rows: [string, string | null][] = [
    ['Loads', checkIn.loadsSummary],
    ['What we learned', checkIn.learned],
    [
      'Smallest safe next step',
      checkIn.nextStep
        ? `${checkIn.nextStep} (${FOR_DISCUSSION.toLowerCase().replace(/\.$/, '')})`
        : null,
    ],
    ['Agreed by', checkIn.agreedBy],
    ['Prepared by', checkIn.preparedBy],
  ]
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`Check-in for the week of ${weekRange(checkIn.weekStart)}`}
    >
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Text fw={650}>Week of {weekRange(checkIn.weekStart)}</Text>
          <LightBadge light={checkIn.response} label={trafficLightLabels[checkIn.response]} />
        </Group>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} />}
            onClick={onEdit}
          >
            Edit
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={onRemove}
          >
            Delete
          </Button>
        </Group>
      </Group>
      <Stack gap={4}>
        {rows.map(([label, value]) => (
          <Group key={label} gap="sm" wrap="nowrap" align="flex-start">
            <Text size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
              {label}
            </Text>
            <Text size="sm">{value ?? '–'}</Text>
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="xs">
        Recorded {longDay(checkIn.createdAt.slice(0, 10))}
      </Text>
    </Paper>
  )
}
