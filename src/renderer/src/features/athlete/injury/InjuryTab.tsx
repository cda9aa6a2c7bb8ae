import {
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { localDay } from '@shared/dates'
import type { InjuryRecord } from '@shared/schemas/injury-record'
import { sideLabels } from '@shared/schemas/scales'
import { DayInput } from '../../../components/DayInput'
import { notifyError, notifySuccess } from '../../../lib/notify'
import {
  useCloseInjury,
  useCreateInjury,
  useInjuries,
  useRemoveInjury,
  useUpdateInjury,
} from '../api'
import { InjuryForm } from './InjuryForm'
import { InjurySummary } from './InjurySummary'

type Editing =
  { kind: 'none' } | { kind: 'current' } | { kind: 'new' } | { kind: 'earlier' } | { kind: 'close' }

export function InjuryTab({ athleteId }: { athleteId: string }) {
  const injuries = useInjuries(athleteId)
  const create = useCreateInjury(athleteId)
  const update = useUpdateInjury(athleteId)
  const close = useCloseInjury(athleteId)
  const remove = useRemoveInjury(athleteId)
  const [editing, setEditing] = useState<Editing>({ kind: 'none' })
  const [closedOn, setClosedOn] = useState(localDay(new Date()))

  if (injuries.isPending) return <Loader size="sm" />
  if (injuries.isError) return <Text c="red">{injuries.error.message}</Text>

  const all = injuries.data
  const current = all.find((i) => i.closedOn === null) ?? null
  const earlier = all.filter((i) => i !== current)
  const done = () => setEditing({ kind: 'none' })

  const confirmRemove = (injury: InjuryRecord) =>
    modals.openConfirmModal({
      title: 'Remove this injury?',
      children: (
        <Text size="sm">
          The episode of {injury.injuryDate} and its restrictions leave the athlete&apos;s record.
          The audit trail keeps a note that it was removed.
        </Text>
      ),
      labels: { confirm: 'Remove injury', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: injury.id },
          { onError: (error) => notifyError('The injury was not removed', error) },
        ),
    })

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg">
        <Group justify="space-between" mb="md">
          <Group gap="sm">
            <Title order={4}>Current injury</Title>
            {current && (
              <Badge color="orange" variant="light">
                Open episode
              </Badge>
            )}
          </Group>
          {current && editing.kind === 'none' && (
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setEditing({ kind: 'close' })}>
                Close episode…
              </Button>
              <Button size="xs" onClick={() => setEditing({ kind: 'current' })}>
                Edit injury
              </Button>
            </Group>
          )}
        </Group>
        {editing.kind === 'current' && current ? (
          <InjuryForm
            injury={current}
            earlier={earlier}
            submitLabel="Save injury"
            onCancel={done}
            onSubmit={async (injury) => {
              await update.mutateAsync({ id: current.id, injury })
              notifySuccess('Injury saved')
              done()
            }}
          />
        ) : editing.kind === 'new' ? (
          <InjuryForm
            earlier={earlier}
            submitLabel="Record injury"
            onCancel={done}
            onSubmit={async (injury) => {
              await create.mutateAsync({ athleteId, injury })
              notifySuccess('Injury recorded')
              done()
            }}
          />
        ) : current ? (
          <InjurySummary injury={current} />
        ) : (
          <Group justify="space-between">
            <Text c="dimmed">No open injury. Record one when the athlete is injured.</Text>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ kind: 'new' })}
            >
              Record injury
            </Button>
          </Group>
        )}
      </Paper>

      <Paper withBorder radius="lg" p="lg">
        <Group justify="space-between" mb="sm">
          <Title order={4}>Previous injuries</Title>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing({ kind: 'earlier' })}
          >
            Add earlier injury
          </Button>
        </Group>
        {earlier.length === 0 ? (
          <Text c="dimmed" size="sm">
            None recorded. A previous hamstring injury, especially a recent one, is the strongest
            risk factor for another (Green 2020), so add what you know.
          </Text>
        ) : (
          <Table aria-label="Previous injuries" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Side and muscle</Table.Th>
                <Table.Th>Grade</Table.Th>
                <Table.Th>Closed</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {earlier.map((injury) => (
                <Table.Tr key={injury.id}>
                  <Table.Td>{injury.injuryDate}</Table.Td>
                  <Table.Td>
                    {sideLabels[injury.side]} {injury.muscle}
                  </Table.Td>
                  <Table.Td>{injury.bamicGrade ?? injury.munichGrade ?? '—'}</Table.Td>
                  <Table.Td>{injury.closedOn}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end">
                      {!current && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => close.mutate({ id: injury.id, closedOn: null })}
                        >
                          Reopen
                        </Button>
                      )}
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => confirmRemove(injury)}
                      >
                        Remove
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Modal
        opened={editing.kind === 'earlier'}
        onClose={done}
        title="Add an earlier injury"
        size="xl"
      >
        {editing.kind === 'earlier' && (
          <Stack>
            <DayInput
              label="Episode closed on"
              description="When the athlete was back to full performance"
              value={closedOn}
              onChange={setClosedOn}
            />
            <InjuryForm
              earlier={earlier}
              submitLabel="Add injury"
              onCancel={done}
              onSubmit={async (injury) => {
                await create.mutateAsync({ athleteId, injury, closedOn })
                notifySuccess('Earlier injury added')
                done()
              }}
            />
          </Stack>
        )}
      </Modal>

      <Modal opened={editing.kind === 'close'} onClose={done} title="Close this injury episode">
        <Stack>
          <Text size="sm">
            Close the episode when the athlete is back to full performance. It moves to previous
            injuries and stops driving phases and alerts. You can reopen it.
          </Text>
          <DayInput label="Closed on" value={closedOn} onChange={setClosedOn} />
          <Group justify="flex-end">
            <Button variant="default" onClick={done}>
              Cancel
            </Button>
            <Button
              loading={close.isPending}
              onClick={() =>
                current &&
                close.mutate(
                  { id: current.id, closedOn },
                  {
                    onSuccess: done,
                    onError: (error) => notifyError('The episode was not closed', error),
                  },
                )
              }
            >
              Close episode
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
