import { Group, NumberInput, Select, Stack, Table, Text, Textarea } from '@mantine/core'
import type { ReactNode } from 'react'
import { demandBases, type DemandValue } from '@shared/schemas/sport-demand'
import type { DemandFormValues, EditorContext } from './form'
import { formatSpeed, isClubDataSource, unitLabel, withoutClubDataPrefix } from './labels'
import { SpeedInput } from './SpeedInput'

type FormValue = DemandFormValues['perMatch']['hsrMetres']

interface Props extends EditorContext {
  /** Form path of the value, e.g. "perMatch.hsrMetres" or "contactsByType.0.value". */
  path: string
  value: FormValue
  /** Accessible name of the row's inputs, e.g. "High-speed running". */
  label: string
  /** The first cell: the demand's name, flags and any controls of its own. */
  name: ReactNode
  countNoun: string
  /** A speed threshold input ("measured above") belongs to this value. */
  speedThreshold: boolean
  /** The profile threshold the value should match, in km/h, for the comparability warning. */
  profileSpeedKmh: number | null
  /** Read-only threshold text instead of an input (acc/dec counts). */
  fixedThreshold?: ReactNode
}

/**
 * One per-match number: mean ± SD with its unit, per match or per minute, the speed it was
 * measured above, its source and a note. A blank mean is "enter from club data", never zero.
 */
export function DemandValueRow({
  form,
  speedUnit,
  path,
  value,
  label,
  name,
  countNoun,
  speedThreshold,
  profileSpeedKmh,
  fixedThreshold,
}: Props) {
  const missing = value.mean === ''
  const unit = unitLabel(
    value.unit as DemandValue['unit'],
    value.basis as DemandValue['basis'],
    countNoun,
  )
  const speed = form.getInputProps(`${path}.thresholdKmh`)
  const mismatch =
    speedThreshold &&
    typeof value.thresholdKmh === 'number' &&
    profileSpeedKmh !== null &&
    Math.abs(value.thresholdKmh - profileSpeedKmh) > 0.05

  return (
    <Table.Tr style={missing ? { background: 'var(--mantine-color-yellow-0)' } : undefined}>
      <Table.Td>
        {name}
        {missing && (
          <Text size="xs" c="yellow.9" fw={500} mt={2}>
            Enter from club data
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <NumberInput
            size="xs"
            w={92}
            aria-label={`${label}, mean`}
            placeholder="Enter"
            allowNegative={false}
            hideControls
            decimalScale={2}
            thousandSeparator=","
            {...form.getInputProps(`${path}.mean`)}
            onChange={(mean) => {
              form.setFieldValue(`${path}.mean`, mean)
              // "Enter from club data" is an instruction, not a source: the new number needs one,
              // and the note keeps only what the literature says.
              if (mean !== '' && isClubDataSource(String(value.source))) {
                form.setFieldValue(`${path}.source`, '')
                const note = withoutClubDataPrefix(value.note === '' ? null : String(value.note))
                form.setFieldValue(`${path}.note`, note ?? '')
              }
            }}
          />
          <Text size="xs" c="dimmed" mt={6}>
            ±
          </Text>
          <NumberInput
            size="xs"
            w={72}
            aria-label={`${label}, SD`}
            placeholder="SD"
            allowNegative={false}
            hideControls
            decimalScale={2}
            thousandSeparator=","
            {...form.getInputProps(`${path}.sd`)}
          />
          <Text size="sm" mt={4} w={80} style={{ whiteSpace: 'nowrap' }}>
            {unit}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        {value.unit === 'min' ? (
          <Text size="sm" mt={4}>
            match
          </Text>
        ) : (
          <Select
            size="xs"
            aria-label={`${label}, per match or per minute`}
            data={demandBases.map((basis) => ({ value: basis, label: basis.replace('per ', '') }))}
            allowDeselect={false}
            {...form.getInputProps(`${path}.basis`)}
          />
        )}
      </Table.Td>
      <Table.Td>
        {speedThreshold ? (
          <Stack gap={2}>
            <SpeedInput
              size="xs"
              aria-label={`${label}, measured above`}
              placeholder="No threshold"
              unit={speedUnit}
              value={speed.value as number | string}
              onChange={(kmh) => form.setFieldValue(`${path}.thresholdKmh`, kmh)}
              onBlur={speed.onBlur}
              error={speed.error}
            />
            {mismatch && (
              <Text size="xs" c="orange.8" lh={1.2}>
                Profile threshold is {formatSpeed(profileSpeedKmh, speedUnit)}: not comparable
              </Text>
            )}
          </Stack>
        ) : (
          (fixedThreshold ?? (
            <Text size="sm" c="dimmed" mt={4} aria-label="No threshold applies">
              —
            </Text>
          ))
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Textarea
            size="xs"
            aria-label={`${label}, source`}
            placeholder="Where this number comes from"
            autosize
            minRows={1}
            maxRows={3}
            maxLength={200}
            {...form.getInputProps(`${path}.source`)}
          />
          <Textarea
            size="xs"
            variant="filled"
            aria-label={`${label}, note`}
            placeholder="Note"
            autosize
            minRows={1}
            maxRows={3}
            maxLength={300}
            {...form.getInputProps(`${path}.note`)}
          />
        </Stack>
      </Table.Td>
    </Table.Tr>
  )
}
