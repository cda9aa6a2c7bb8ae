import { Badge, Button, Group, Table, Text, ThemeIcon, Tooltip } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCheck,
  IconCircleDashed,
  IconMinus,
  IconUserCheck,
  IconX,
} from '@tabler/icons-react'
import type { CriterionResult } from '@shared/domain/phases'
import { observedCriterionIds } from '@shared/schemas/phase-record'
import { evidenceStrengthLabels } from '@shared/schemas/scales'
import { criterionColors } from './status'

const statusIcon = {
  met: IconCheck,
  'not met': IconX,
  'not assessed': IconCircleDashed,
  'not required': IconMinus,
} as const

const observed = new Set<string>(observedCriterionIds)

/** What staff can do on a criterion; the checklist shows no actions when absent (e.g. in print). */
export interface CriterionActions {
  onOverride: (criterion: CriterionResult) => void
  onRemoveOverride: (criterion: CriterionResult) => void
  onObserve: (criterion: CriterionResult) => void
}

/** One phase's exit criteria: status, threshold, latest evidence with its date, and the source. */
export function CriteriaChecklist({
  criteria,
  label,
  actions,
}: {
  criteria: readonly CriterionResult[]
  label: string
  actions?: CriterionActions
}) {
  return (
    <Table verticalSpacing={8} aria-label={label} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={118}>Status</Table.Th>
          <Table.Th>Criterion and threshold</Table.Th>
          <Table.Th>Latest evidence</Table.Th>
          <Table.Th w={170}>Source</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {criteria.map((c) => {
          const Icon = statusIcon[c.status]
          const rows = [
            <Table.Tr
              key={c.id}
              aria-label={c.name}
              style={c.override ? { borderBottom: 'none' } : undefined}
            >
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <ThemeIcon
                    size="sm"
                    radius="xl"
                    variant="light"
                    color={criterionColors[c.status]}
                    aria-hidden
                  >
                    <Icon size={13} />
                  </ThemeIcon>
                  <Text size="sm" fw={500}>
                    {c.status}
                  </Text>
                </Group>
                {c.override && (
                  <Badge
                    size="xs"
                    mt={4}
                    variant="outline"
                    color="indigo"
                    leftSection={<IconUserCheck size={10} aria-hidden />}
                  >
                    overridden
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.threshold}
                </Text>
                {actions && (
                  <Group gap={4} mt={4}>
                    {c.status !== 'not required' && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        px={4}
                        aria-label={`Override ${c.name}`}
                        onClick={() => actions.onOverride(c)}
                      >
                        Override…
                      </Button>
                    )}
                    {observed.has(c.id) && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        px={4}
                        aria-label={`Record observation for ${c.name}`}
                        onClick={() => actions.onObserve(c)}
                      >
                        Record observation
                      </Button>
                    )}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.evidence?.text ?? c.reason}</Text>
                {c.evidence?.date && (
                  <Text size="xs" c="dimmed">
                    {c.evidence.date}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs">{c.source}</Text>
                <Group gap={4} mt={2}>
                  <Tooltip label={evidenceStrengthLabels[c.strength]} withArrow>
                    <Badge size="xs" variant="outline" color="gray">
                      {c.strength}
                    </Badge>
                  </Tooltip>
                  {c.notValidated && (
                    <Badge size="xs" variant="outline" color="orange">
                      not validated
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>,
          ]
          if (c.override) {
            rows.push(
              <Table.Tr key={`${c.id}-override`}>
                <Table.Td />
                <Table.Td colSpan={3} pt={0}>
                  <Group
                    justify="space-between"
                    align="flex-start"
                    wrap="nowrap"
                    pl={10}
                    py={4}
                    style={{
                      borderLeft: '3px solid var(--mantine-color-indigo-6)',
                      background: 'var(--mantine-color-indigo-0)',
                      borderRadius: 4,
                    }}
                    role="note"
                    aria-label={`Clinician override of ${c.name}`}
                  >
                    <div>
                      <Text size="sm">
                        <b>
                          Set to “{c.override.status}” by {c.override.by} ({c.override.role})
                        </b>{' '}
                        on {c.override.date}: {c.override.reason}
                      </Text>
                      <Group gap={8} mt={2}>
                        <Text size="xs" c="dimmed">
                          From the data alone: {c.computedStatus}
                        </Text>
                        {c.override.stale && (
                          <Badge
                            size="xs"
                            color="orange"
                            variant="light"
                            leftSection={<IconAlertTriangle size={10} aria-hidden />}
                          >
                            newer evidence since
                          </Badge>
                        )}
                      </Group>
                    </div>
                    {actions && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Remove override of ${c.name}`}
                        onClick={() => actions.onRemoveOverride(c)}
                      >
                        Remove override
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>,
            )
          }
          return rows
        })}
      </Table.Tbody>
    </Table>
  )
}
