import { Badge, Group, Stack, Table, Text, ThemeIcon, Tooltip } from '@mantine/core'
import { IconCheck, IconCircleDashed, IconMinus, IconX } from '@tabler/icons-react'
import type { CriterionResult } from '@shared/domain/phases'
import { evidenceStrengthLabels } from '@shared/schemas/scales'
import { criterionColors } from './status'

const statusIcon = {
  met: IconCheck,
  'not met': IconX,
  'not assessed': IconCircleDashed,
  'not required': IconMinus,
} as const

/** One phase's exit criteria: status, threshold, latest evidence with its date, and the source. */
export function CriteriaChecklist({
  criteria,
  label,
}: {
  criteria: readonly CriterionResult[]
  label: string
}) {
  return (
    <Table verticalSpacing={8} aria-label={label} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={120}>Status</Table.Th>
          <Table.Th>Criterion and threshold</Table.Th>
          <Table.Th>Latest evidence</Table.Th>
          <Table.Th w={210}>Source</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {criteria.map((c) => {
          const Icon = statusIcon[c.status]
          return (
            <Table.Tr key={c.id}>
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
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.threshold}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{c.evidence?.text ?? c.reason}</Text>
                  {c.evidence?.date && (
                    <Text size="xs" c="dimmed">
                      {c.evidence.date}
                    </Text>
                  )}
                  {c.override && (
                    <Text size="xs" c={c.override.stale ? 'orange' : 'indigo'}>
                      Set to “{c.override.status}” by {c.override.by} ({c.override.role}) on{' '}
                      {c.override.date}: {c.override.reason}
                      {c.override.stale ? ' — newer evidence since' : ''}
                    </Text>
                  )}
                </Stack>
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
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
