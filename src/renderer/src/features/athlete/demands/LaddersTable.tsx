import { Group, Select, Table, Text, Textarea } from '@mantine/core'
import type { DemandDimension } from '@shared/schemas/sport-demand'
import { FlagMarks, type Flags } from './FlagsPanel'
import type { DemandFormValues, EditorContext } from './form'
import { ladderRows } from './labels'
import { deps, errorsAt, Slice } from './Slice'

/**
 * The ordinal demands: how far up each ladder the sport goes (cutting 0–4, contact 0–3,
 * chaos 1–5, kicking / long-lever 0–3). The gap analysis compares them step by step.
 */
export function LaddersTable({
  form,
  values,
  flags,
}: EditorContext & { values: DemandFormValues; flags: Flags | null }) {
  return (
    <Table layout="fixed" verticalSpacing={6} horizontalSpacing="xs" aria-label="Ladders">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>Demand</Table.Th>
          <Table.Th w={440}>Level the sport asks for</Table.Th>
          <Table.Th>Source</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ladderRows.map((row) => {
          const path = `ordinal.${row.key}`
          const level = values.ordinal[row.key].level
          const max = Object.keys(row.labels).length - 1 + row.min
          const flag = flags?.[row.key as DemandDimension]
          return (
            <Slice
              key={row.key}
              deps={deps(values.ordinal[row.key], errorsAt(form, path), flag)}
              render={() => (
                <Table.Tr>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {row.label}
                      </Text>
                      <FlagMarks flag={flag} />
                    </Group>
                    <Text size="xs" c="dimmed">
                      Scale {row.min}–{max}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`${row.label} level`}
                      allowDeselect={false}
                      data={Object.entries(row.labels).map(([value, label]) => ({
                        value,
                        label: `${value} · ${label}`,
                      }))}
                      value={typeof level === 'number' ? String(level) : null}
                      onChange={(value) =>
                        value !== null && form.setFieldValue(`${path}.level`, Number(value))
                      }
                      error={form.errors[`${path}.level`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="xs"
                      aria-label={`${row.label} level, source`}
                      placeholder="Where this level comes from"
                      autosize
                      minRows={1}
                      maxRows={3}
                      maxLength={200}
                      {...form.getInputProps(`${path}.source`)}
                    />
                  </Table.Td>
                </Table.Tr>
              )}
            />
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
