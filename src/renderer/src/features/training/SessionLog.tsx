import { ActionIcon, Group, Menu, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconAlertTriangle, IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import type { Settings } from '@shared/domain/settings'
import type { SpeedUnit } from '@shared/domain/units'
import type { ExposureSession } from '@shared/schemas/exposure-session'
import type { ResponseCheck } from '@shared/schemas/response-check'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useRemoveResponse, useRemoveSession } from './api'
import { formatPercent, longDay, plain, plural, shortDay, weekRange, withUnit } from './format'
import { LightBadge, LightReasons, lightWords } from './LightBadge'
import type { LogDay, LogWeek } from './log-model'
import {
  checkLine,
  dataLine,
  effortLines,
  exposureLines,
  sessionHeadline,
  strengthLines,
} from './session-lines'
import classes from './SessionLog.module.css'

interface Props {
  athleteId: string
  weeks: LogWeek[]
  settings: Settings
  speedUnit: SpeedUnit
  vmaxMps: number | null
  onEditSession: (session: ExposureSession) => void
  onEditCheck: (check: ResponseCheck) => void
}

/** The session log, newest week first; each week a table a coach could print and pin up. */
export function SessionLog(props: Props) {
  return (
    <Stack gap="lg">
      {props.weeks.map((week) => (
        <WeekTable key={week.monday} week={week} {...props} />
      ))}
    </Stack>
  )
}

function WeekTable({ week, ...props }: Props & { week: LogWeek }) {
  const s = week.summary
  const lights = (['green', 'amber', 'red'] as const)
    .filter((light) => s.lights[light] > 0)
    .map((light) => `${s.lights[light]} ${lightWords[light].toLowerCase()}`)
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      aria-label={`Week of ${longDay(week.monday)}`}
      className={classes.week}
    >
      <Group justify="space-between" px="md" py="xs" className={classes.weekHeader} wrap="wrap">
        <Text fw={650}>Week of {weekRange(week.monday)}</Text>
        <Text size="sm" c="dimmed">
          {[
            plural(s.sessions, 'session'),
            withUnit(s.minutes, 'min'),
            withUnit(s.loadAu, 'AU'),
            `HSR ${withUnit(s.hsrMetres, 'm')}`,
            `sprint ${withUnit(s.sprintMetres, 'm')}`,
            s.bestPercentVmax === null ? null : `best ${formatPercent(s.bestPercentVmax)} of max`,
            lights.length > 0 ? `mornings: ${lights.join(', ')}` : 'no morning checks',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Group>
      <Table
        className={classes.table}
        verticalSpacing={6}
        horizontalSpacing="sm"
        layout="fixed"
        aria-label={`Sessions in the week of ${longDay(week.monday)}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={108}>Day</Table.Th>
            <Table.Th w={172}>Session</Table.Th>
            <Table.Th>What it exposed</Table.Th>
            <Table.Th w={180}>Strength</Table.Th>
            <Table.Th w={150}>Signs and data</Table.Th>
            <Table.Th w={40}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        {week.days.map((day) => (
          <DayRows key={day.day} day={day} {...props} />
        ))}
      </Table>
    </Paper>
  )
}

/** One day: its sessions, then the morning that answers them on a shaded line below. */
function DayRows({ day, ...props }: Omit<Props, 'weeks'> & { day: LogDay }) {
  const rows = Math.max(1, day.sessions.length) + Math.max(1, day.mornings.length)
  const dayCell = (
    <Table.Th scope="rowgroup" rowSpan={rows} className={classes.day}>
      <Text size="sm" fw={650}>
        {shortDay(day.day)}
      </Text>
    </Table.Th>
  )
  return (
    <Table.Tbody className={classes.dayGroup} aria-label={longDay(day.day)}>
      {day.sessions.length === 0 && (
        <Table.Tr>
          {dayCell}
          <Table.Td colSpan={5}>
            <Text size="sm" c="dimmed">
              No session logged
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
      {day.sessions.map((session, i) => (
        <Table.Tr
          key={session.id}
          aria-label={plain(`${sessionHeadline(session)} on ${longDay(session.date)}`)}
        >
          {i === 0 && dayCell}
          <Table.Td>
            <Text size="sm" fw={650}>
              {sessionHeadline(session)}
            </Text>
            {effortLines(session).map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          </Table.Td>
          <Table.Td>
            <dl className={classes.exposures}>
              {exposureLines(session, props.vmaxMps, props.speedUnit, props.settings).map(
                (line) => (
                  <div
                    key={line.label}
                    className={classes.exposure}
                    data-wide={line.wide || undefined}
                  >
                    <dt>{line.label}</dt>
                    <dd>{line.text}</dd>
                  </div>
                ),
              )}
            </dl>
          </Table.Td>
          <Table.Td>
            {strengthLines(session).map((line, k) => (
              <Text key={k} size="sm">
                {line}
              </Text>
            ))}
          </Table.Td>
          <Table.Td>
            {session.warningSigns.length === 0 ? (
              <Text size="sm">No warning signs</Text>
            ) : (
              <Group gap={4} wrap="nowrap" align="flex-start">
                <IconAlertTriangle size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                <Text size="sm" fw={600}>
                  Warning: {session.warningSigns.join(', ')}
                </Text>
              </Group>
            )}
            <Text size="sm" c="dimmed">
              {dataLine(session)}
            </Text>
            {session.notes && (
              <Text size="sm" fs="italic">
                {session.notes}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <SessionMenu
              session={session}
              athleteId={props.athleteId}
              onEdit={props.onEditSession}
            />
          </Table.Td>
        </Table.Tr>
      ))}
      <MorningRows day={day} athleteId={props.athleteId} onEditCheck={props.onEditCheck} />
    </Table.Tbody>
  )
}

function SessionMenu({
  session,
  athleteId,
  onEdit,
}: {
  session: ExposureSession
  athleteId: string
  onEdit: (session: ExposureSession) => void
}) {
  const remove = useRemoveSession(athleteId)
  const what = plain(`${sessionHeadline(session)} on ${longDay(session.date)}`)
  const confirm = () =>
    modals.openConfirmModal({
      title: 'Delete this session?',
      children: (
        <Text size="sm">
          {what} leaves the log, and the loads, the gap analysis and the next morning&apos;s light
          are worked out without it. The audit trail keeps a note that it was deleted.
        </Text>
      ),
      labels: { confirm: 'Delete session', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: session.id },
          {
            onSuccess: () => notifySuccess(`Session of ${longDay(session.date)} deleted`),
            onError: (error) => notifyError('The session was not deleted', error),
          },
        ),
    })
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${what}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(session)}>
          Edit session
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={confirm}>
          Delete session
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

function MorningRows({
  day,
  athleteId,
  onEditCheck,
}: {
  day: LogDay
  athleteId: string
  onEditCheck: (check: ResponseCheck) => void
}) {
  if (day.mornings.length === 0) {
    return (
      <Table.Tr className={classes.morning}>
        <Table.Td>
          <Text size="sm" c="dimmed">
            Next morning
          </Text>
        </Table.Td>
        <Table.Td colSpan={4}>
          <Text size="sm" c="dimmed">
            No check logged
          </Text>
        </Table.Td>
      </Table.Tr>
    )
  }
  // Each check gets its own shaded row, aligned with the session columns above it.
  return (
    <>
      {day.mornings.map(({ check, light }) => (
        <Table.Tr
          key={check.id}
          className={classes.morning}
          aria-label={`Morning check of ${longDay(check.date)}`}
        >
          <Table.Td>
            <Text size="sm" c="dimmed">
              Next morning
            </Text>
            <Text size="sm" fw={650}>
              {shortDay(check.date)}
            </Text>
          </Table.Td>
          <Table.Td colSpan={3}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              {light && <LightBadge light={light.light} style={{ flexShrink: 0 }} />}
              <Text size="sm">{checkLine(check)}</Text>
            </Group>
            {light && (
              <Stack gap={2} mt={4}>
                <LightReasons reasons={light.reasons} compact />
              </Stack>
            )}
            {check.notes && (
              <Text size="sm" fs="italic" mt={2}>
                {check.notes}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <CheckMenu check={check} athleteId={athleteId} onEdit={onEditCheck} />
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  )
}

function CheckMenu({
  check,
  athleteId,
  onEdit,
}: {
  check: ResponseCheck
  athleteId: string
  onEdit: (check: ResponseCheck) => void
}) {
  const remove = useRemoveResponse(athleteId)
  const what = `morning check of ${longDay(check.date)}`
  const confirm = () =>
    modals.openConfirmModal({
      title: 'Delete this morning check?',
      children: (
        <Text size="sm">
          The {what} leaves the log; the phase and the next morning&apos;s light are worked out
          without it. The audit trail keeps a note that it was deleted.
        </Text>
      ),
      labels: { confirm: 'Delete check', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: check.id },
          {
            onSuccess: () => notifySuccess(`Morning check of ${longDay(check.date)} deleted`),
            onError: (error) => notifyError('The morning check was not deleted', error),
          },
        ),
    })
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for the ${what}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(check)}>
          Edit check
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={confirm}>
          Delete check
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
