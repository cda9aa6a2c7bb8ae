import { ActionIcon, Button, Group, NumberInput, Table, Text, TextInput } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import type { DemandFormValues, EditorContext } from './form'
import { thresholdRows } from './labels'
import { deps, errorsAt, Slice } from './Slice'
import { SpeedInput } from './SpeedInput'

/**
 * The speeds and accelerations the numbers were counted above. Values from different
 * thresholds are not comparable, so each carries its source; "not set" is allowed.
 */
export function ThresholdsTable({
  form,
  speedUnit,
  values,
}: EditorContext & { values: DemandFormValues }) {
  return (
    <Table layout="fixed" verticalSpacing={6} horizontalSpacing="xs" aria-label="Thresholds">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>Threshold</Table.Th>
          <Table.Th w={160}>Counted above</Table.Th>
          <Table.Th>Source</Table.Th>
          <Table.Th w={40} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {thresholdRows.map((row) => {
          const path = `thresholds.${row.key}`
          const set = values.thresholds[row.key] !== ''
          return (
            <Slice
              key={row.key}
              deps={deps(values.thresholds[row.key], errorsAt(form, path), speedUnit)}
              render={() => {
                const input = form.getInputProps(`${path}.value`)
                return (
                  <Table.Tr>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {row.label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.hint}
                      </Text>
                    </Table.Td>
                    {set ? (
                      <>
                        <Table.Td>
                          {row.speed ? (
                            <SpeedInput
                              size="xs"
                              w={130}
                              aria-label={`${row.label} threshold`}
                              unit={speedUnit}
                              value={input.value as number | string}
                              onChange={(kmh) => form.setFieldValue(`${path}.value`, kmh)}
                              onBlur={input.onBlur}
                              error={input.error}
                            />
                          ) : (
                            <NumberInput
                              size="xs"
                              w={130}
                              aria-label={`${row.label} threshold`}
                              suffix=" m/s²"
                              allowNegative={false}
                              hideControls
                              decimalScale={2}
                              {...input}
                            />
                          )}
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            size="xs"
                            aria-label={`${row.label} threshold, source`}
                            placeholder="Where this threshold comes from"
                            maxLength={200}
                            {...form.getInputProps(`${path}.source`)}
                          />
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="sm"
                            aria-label={`Remove the ${row.label.toLowerCase()} threshold`}
                            onClick={() => form.setFieldValue(path, '')}
                          >
                            <IconX size={14} />
                          </ActionIcon>
                        </Table.Td>
                      </>
                    ) : (
                      <Table.Td colSpan={3}>
                        <Group gap="sm">
                          <Text size="sm" c="dimmed">
                            Not set
                          </Text>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            leftSection={<IconPlus size={12} />}
                            aria-label={`Set a ${row.label.toLowerCase()} threshold`}
                            onClick={() => form.setFieldValue(path, { value: '', source: '' })}
                          >
                            Set threshold
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                )
              }}
            />
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
