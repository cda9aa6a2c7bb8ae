import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconInfoCircle, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { assessmentIndices } from '@shared/domain/assessments'
import { mpsToKmh } from '@shared/domain/units'
import {
  assessmentTypeLabels,
  type Assessment,
  type AssessmentFacts,
} from '@shared/schemas/assessment'
import { sideLabels, type Side } from '@shared/schemas/scales'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useDomainSettings, useInjuries, useProfile } from '../athlete/api'
import { useAppSettings } from '../settings/api'
import { formatNumber, formatPercent, formatWithUnit } from '../gap/format'
import {
  useAssessments,
  useCreateAssessment,
  useRemoveAssessment,
  useUpdateAssessment,
} from './api'
import { AssessmentForm } from './AssessmentForm'
import { TestChart } from './TestChart'

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; row: Assessment }

/** The stored row without its database columns: what the form edits. */
function factsOf(row: Assessment): AssessmentFacts {
  const {
    id: _id,
    athleteId: _a,
    createdAt: _c,
    updatedAt: _u,
    ...facts
  } = row as Assessment & {
    athleteId: string
  }
  return facts as AssessmentFacts
}

/**
 * Clinical and field tests with the limb symmetry index (injured ÷ uninjured × 100) and the %
 * of the pre-injury baseline, both from the engine's helpers, and one chart per test over time.
 */
export function TestsTab({ athleteId }: { athleteId: string }) {
  const assessments = useAssessments(athleteId)
  const injuries = useInjuries(athleteId)
  const profile = useProfile(athleteId)
  const settings = useDomainSettings()
  const app = useAppSettings()
  const create = useCreateAssessment(athleteId)
  const update = useUpdateAssessment(athleteId)
  const remove = useRemoveAssessment(athleteId)
  const [editing, setEditing] = useState<Editing>({ kind: 'none' })

  const queries = [assessments, injuries, profile, settings, app]
  if (queries.some((q) => q.isPending)) return <Loader size="sm" aria-label="Loading tests" />
  const failed = queries.find((q) => q.isError)
  if (failed?.error) return <Text c="red">{failed.error.message}</Text>

  const rows = assessments.data ?? []
  const current = injuries.data?.find((i) => i.closedOn === null) ?? null
  const side: Side | null = current?.side ?? null
  const baselines = profile.data?.baselines ?? null
  const done = () => setEditing({ kind: 'none' })

  const confirmRemove = (row: Assessment) =>
    modals.openConfirmModal({
      title: 'Delete this test?',
      children: (
        <Text size="sm">
          {assessmentTypeLabels[row.type]} of {row.date} leaves the athlete&apos;s record and stops
          counting as evidence for the criteria. The audit trail keeps a note that it was deleted.
        </Text>
      ),
      labels: { confirm: 'Delete test', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: row.id },
          {
            onSuccess: () => notifySuccess('Test deleted'),
            onError: (error) => notifyError('The test was not deleted', error),
          },
        ),
    })

  // One chart per test and unit (a bridge in reps and a bridge in seconds are different charts).
  const groups = new Map<string, Assessment[]>()
  for (const row of rows) {
    const key = `${row.type}|${row.unit}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const legs =
    side === null
      ? ['Left leg', 'Right leg']
      : [
          `Injured leg (${sideLabels[side].toLowerCase()})`,
          `Other leg (${side === 'left' ? 'right' : 'left'})`,
        ]
  const newestFirst = [...rows].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  )

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>Tests</Title>
            <Text size="sm" c="dimmed" maw={760}>
              Limb symmetry index (LSI) = injured leg ÷ other leg × 100. % of pre-injury compares
              with the dated baselines in the profile (for the 10 m time: baseline ÷ current). Both
              are computed, never typed in.
            </Text>
          </div>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'new' })}>
            Record test
          </Button>
        </Group>
        {side === null && (
          <Alert mt="md" color="gray" icon={<IconInfoCircle size={18} />}>
            No open injury: results are shown per leg, without a symmetry index, because the injured
            side is not known.
          </Alert>
        )}
        {side !== null && baselines === null && (
          <Alert mt="md" color="gray" icon={<IconInfoCircle size={18} />}>
            No pre-injury baselines in the profile yet, so % of pre-injury stays blank.
          </Alert>
        )}
      </Paper>

      <Paper withBorder radius="lg" p="lg">
        <Title order={5} mb="sm">
          Results
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed" size="sm">
            No tests recorded yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label="Test results" verticalSpacing={6} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={104}>Date</Table.Th>
                  <Table.Th>Test</Table.Th>
                  <Table.Th w={130} ta="right">
                    {legs[0]}
                  </Table.Th>
                  <Table.Th w={130} ta="right">
                    {legs[1]}
                  </Table.Th>
                  <Table.Th w={80} ta="right">
                    LSI
                  </Table.Th>
                  <Table.Th w={110} ta="right">
                    % of pre-injury
                  </Table.Th>
                  <Table.Th w={80} ta="right">
                    Pain
                  </Table.Th>
                  <Table.Th>Tester · device</Table.Th>
                  <Table.Th w={120} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {newestFirst.map((row) => {
                  const indices = side === null ? null : assessmentIndices(row, side, baselines)
                  return (
                    <Table.Tr key={row.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.date}</Table.Td>
                      <Table.Td>
                        {assessmentTypeLabels[row.type]}
                        {row.insecurity !== null && (
                          <Text size="xs" c={row.insecurity ? 'red.8' : 'dimmed'}>
                            {row.insecurity ? 'Felt insecure' : 'No insecurity'}
                          </Text>
                        )}
                        {row.notes && (
                          <Text size="xs" c="dimmed">
                            {row.notes}
                          </Text>
                        )}
                      </Table.Td>
                      <ResultCells row={row} side={side} />
                      <Table.Td ta="right">
                        {typeof indices?.lsiPercent === 'number'
                          ? formatPercent(indices.lsiPercent)
                          : '—'}
                      </Table.Td>
                      <Table.Td ta="right">
                        {typeof indices?.percentOfBaseline === 'number'
                          ? formatPercent(indices.percentOfBaseline)
                          : '—'}
                      </Table.Td>
                      <Table.Td ta="right">
                        {row.painDuring === null ? '—' : `${row.painDuring}/10`}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {[row.tester, row.device].filter(Boolean).join(' · ') || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Edit ${assessmentTypeLabels[row.type]} of ${row.date}`}
                            onClick={() => setEditing({ kind: 'edit', row })}
                          >
                            Edit
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${assessmentTypeLabels[row.type]} of ${row.date}`}
                            onClick={() => confirmRemove(row)}
                          >
                            Delete
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      {groups.size > 0 && (
        <section aria-label="Tests over time">
          <Title order={5} mb="sm">
            Over time
          </Title>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            {[...groups.values()].map((results) => {
              const head = results[0] as Assessment
              return (
                <TestChart
                  key={`${head.type}|${head.unit}`}
                  type={head.type}
                  unit={head.unit}
                  results={results}
                  injuredSide={side}
                  baselines={baselines}
                  settings={settings.data!}
                />
              )
            })}
          </SimpleGrid>
        </section>
      )}

      <Modal
        opened={editing.kind !== 'none'}
        onClose={done}
        title={editing.kind === 'edit' ? 'Edit test' : 'Record a test'}
        size="lg"
      >
        {editing.kind !== 'none' && (
          <AssessmentForm
            initial={editing.kind === 'edit' ? factsOf(editing.row) : undefined}
            injuredSide={side}
            userName={app.data?.userName ?? ''}
            submitLabel={editing.kind === 'edit' ? 'Save test' : 'Record test'}
            onCancel={done}
            onSubmit={async (record) => {
              if (editing.kind === 'edit') {
                await update.mutateAsync({ id: editing.row.id, record })
                notifySuccess('Test saved')
              } else {
                await create.mutateAsync({ athleteId, record })
                notifySuccess('Test recorded')
              }
              done()
            }}
          />
        )}
      </Modal>
    </Stack>
  )
}

/** The result in the leg columns: injured leg first; a single-value test spans both. */
function ResultCells({ row, side }: { row: Assessment; side: Side | null }) {
  if (row.left !== null || row.right !== null) {
    const order: Side[] =
      side === null ? ['left', 'right'] : [side, side === 'left' ? 'right' : 'left']
    return (
      <>
        {order.map((leg) => {
          const value = row[leg]
          return (
            <Table.Td key={leg} ta="right" style={{ whiteSpace: 'nowrap' }}>
              {value === null ? '—' : formatWithUnit(value, row.unit)}
            </Table.Td>
          )
        })}
      </>
    )
  }
  let text = '—'
  if (row.value !== null) {
    text =
      row.unit === 'm/s'
        ? `${formatWithUnit(row.value, 'm/s')} (${formatNumber(mpsToKmh(row.value), 1)} km/h)`
        : row.type === 'palpation'
          ? row.value === 0
            ? 'No painful area'
            : `Painful over ${formatWithUnit(row.value, row.unit)}`
          : formatWithUnit(row.value, row.unit)
  }
  return (
    <Table.Td colSpan={2} ta="right">
      {text}
    </Table.Td>
  )
}
