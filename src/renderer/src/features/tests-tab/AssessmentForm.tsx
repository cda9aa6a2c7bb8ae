import {
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { localDay } from '@shared/dates'
import {
  assessmentInputSchema,
  assessmentRules,
  assessmentTypeLabels,
  assessmentTypes,
  type AssessmentFacts,
  type AssessmentType,
  type AssessmentUnit,
} from '@shared/schemas/assessment'
import type { Side } from '@shared/schemas/scales'
import { DayInput } from '../../components/DayInput'
import { nullToEmpty } from '../../lib/form-values'
import { fieldErrors } from '../../lib/ipc'
import { notifyError } from '../../lib/notify'
import { useZodForm } from '../../lib/use-zod-form'
import { unitLabel } from '../gap/format'

type Reading = number | ''

export interface AssessmentFormValues extends Record<string, unknown> {
  date: string
  type: AssessmentType
  unit: AssessmentUnit
  left: Reading
  right: Reading
  value: Reading
  painDuring: Reading
  insecurity: boolean | ''
  device: string
  tester: string
  notes: string
}

/** What a result means, next to the fields, so nobody types the wrong thing into them. */
const hints: Partial<Record<AssessmentType, string>> = {
  AKE: 'Degrees of knee extension reached; bigger means more range.',
  PSLR: 'Degrees of hip flexion reached with the knee straight.',
  ISO_90_90: 'Peak force, hip and knee at 90°.',
  IPCT_90_20: 'Peak force, hip 90°, knee 20° (supine plus IPCT).',
  NordBord: 'Peak force per leg during the Nordic.',
  SLHB: 'Repetitions to failure, or seconds held.',
  Askling_H: 'Leg speed if measured; the insecurity answer is what the criterion reads.',
  Vmax: 'Top speed of the test run, in metres per second (km/h ÷ 3.6).',
  '10m': 'Time over 10 m from a standing start.',
  hop: 'Seconds of hopping, or distance hopped.',
  palpation: 'Length of the painful area on the injured leg; 0 when nothing hurts.',
}

const blank = (today: string, tester: string): AssessmentFormValues => ({
  date: today,
  type: 'NordBord',
  unit: 'N',
  left: '',
  right: '',
  value: '',
  painDuring: '',
  insecurity: '',
  device: '',
  tester,
  notes: '',
})

interface Props {
  /** The test to edit; a new one is recorded when absent. */
  initial?: AssessmentFacts
  injuredSide: Side | null
  /** Prefilled as tester on a new test. */
  userName: string
  submitLabel: string
  onSubmit: (record: AssessmentFacts) => Promise<unknown>
  onCancel: () => void
}

/**
 * One test: the type decides the units offered and whether each leg or a single value is
 * recorded (the rules of the shared schema), so the form never asks for a field the test
 * does not have.
 */
export function AssessmentForm({
  initial,
  injuredSide,
  userName,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const today = localDay(new Date())
  const form = useZodForm<AssessmentFormValues>(assessmentInputSchema, {
    initialValues: initial
      ? (nullToEmpty({ ...initial }) as unknown as AssessmentFormValues)
      : blank(today, userName),
  })
  const values = form.getValues()
  const rules = assessmentRules[values.type]
  const unit = unitLabel(values.unit)

  const chooseType = (type: AssessmentType) => {
    const next = assessmentRules[type]
    form.setValues({
      type,
      unit: next.units.some((u) => u.unit === values.unit)
        ? values.unit
        : (next.units[0]?.unit ?? values.unit),
      left: next.perLeg ? values.left : '',
      right: next.perLeg ? values.right : '',
      value: next.perLeg ? '' : values.value,
      insecurity: type === 'Askling_H' ? values.insecurity : '',
    })
    form.clearErrors()
  }

  const submit = form.onSubmit(async (submitted) => {
    try {
      await onSubmit(submitted as unknown as AssessmentFacts)
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields) {
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([key, message]) => [key.replace(/^record\./, ''), message]),
          ),
        )
      } else notifyError('The test was not saved', error)
    }
  })

  const legLabel = (side: Side) =>
    `${side === 'left' ? 'Left' : 'Right'} leg${injuredSide === side ? ' (injured)' : ''}`
  const unitSection = (
    <Text size="xs" c="dimmed" pr={6}>
      {unit}
    </Text>
  )

  return (
    <form onSubmit={submit} noValidate aria-label="Test">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Test"
            data={assessmentTypes.map((type) => ({
              value: type,
              label: assessmentTypeLabels[type],
            }))}
            allowDeselect={false}
            value={values.type}
            onChange={(type) => type && chooseType(type as AssessmentType)}
            error={form.errors['type']}
          />
          <DayInput label="Date" required maxDate={today} {...form.getInputProps('date')} />
        </SimpleGrid>
        {hints[values.type] && (
          <Text size="sm" c="dimmed" mt={-6}>
            {hints[values.type]}
          </Text>
        )}
        {rules.units.length > 1 && (
          <div>
            <Text size="sm" fw={500} mb={4}>
              Unit
            </Text>
            <SegmentedControl
              data={rules.units.map((u) => ({ value: u.unit, label: unitLabel(u.unit) }))}
              {...form.getInputProps('unit')}
            />
            {form.errors['unit'] && (
              <Text size="xs" c="red" mt={4}>
                {form.errors['unit']}
              </Text>
            )}
          </div>
        )}
        {rules.perLeg ? (
          <SimpleGrid cols={2}>
            <NumberInput
              label={legLabel('left')}
              description={`Result in ${unit}`}
              min={0}
              decimalScale={2}
              rightSection={unitSection}
              {...form.getInputProps('left')}
            />
            <NumberInput
              label={legLabel('right')}
              description={`Result in ${unit}`}
              min={0}
              decimalScale={2}
              rightSection={unitSection}
              {...form.getInputProps('right')}
            />
          </SimpleGrid>
        ) : (
          <NumberInput
            label="Result"
            description={`In ${unit}`}
            min={0}
            decimalScale={2}
            rightSection={unitSection}
            w={{ base: '100%', sm: '50%' }}
            {...form.getInputProps('value')}
          />
        )}
        {values.type === 'Askling_H' && (
          <Radio.Group
            label="Insecurity on the injured leg"
            description="Askling 2013: the athlete's own sense of insecurity during the kicks"
            required
            value={values.insecurity === '' ? '' : values.insecurity ? 'yes' : 'no'}
            onChange={(choice) => form.setFieldValue('insecurity', choice === 'yes')}
            error={form.errors['insecurity']}
          >
            <Group mt={6}>
              <Radio value="no" label="No insecurity" />
              <Radio value="yes" label="Felt insecure" />
            </Group>
          </Radio.Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label="Pain during the test"
            description="0–10, blank if not asked"
            min={0}
            max={10}
            allowDecimal={false}
            rightSection={
              <Text size="xs" c="dimmed" pr={6}>
                /10
              </Text>
            }
            {...form.getInputProps('painDuring')}
          />
          <TextInput
            label="Device"
            placeholder="e.g. NordBord, handheld dynamometer"
            {...form.getInputProps('device')}
          />
          <TextInput label="Tester" {...form.getInputProps('tester')} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
