import {
  Button,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useId } from 'react'
import type { TrafficLight } from '@shared/schemas/scales'
import { weeklyCheckInInputSchema, type WeeklyCheckInInput } from '@shared/schemas/weekly-check-in'
import { fieldErrors } from '../../lib/ipc'
import { notifyError } from '../../lib/notify'
import { useZodForm } from '../../lib/use-zod-form'
import { LightIcon } from '../training/LightBadge'

export interface CheckInValues extends Record<string, unknown> {
  injuryId: string | null
  weekStart: string
  loadsSummary: string
  response: TrafficLight | ''
  learned: string
  nextStep: string
  agreedBy: string
  preparedBy: string
}

const responseOptions: { value: TrafficLight; word: string }[] = [
  { value: 'green', word: 'Green · settled' },
  { value: 'amber', word: 'Amber · repeat' },
  { value: 'red', word: 'Red · back off' },
]

interface Props {
  initial: CheckInValues
  /** Why the response is pre-selected, e.g. "from 5 green, 1 amber mornings". */
  responseHint: string
  submitLabel: string
  onSubmit: (record: WeeklyCheckInInput) => Promise<unknown>
  onCancel?: () => void
}

/** How the week went, what was learned, and the smallest safe next step with who agreed it. */
export function CheckInForm({ initial, responseHint, submitLabel, onSubmit, onCancel }: Props) {
  const form = useZodForm<CheckInValues>(weeklyCheckInInputSchema, { initialValues: initial })
  const values = form.getValues()
  const responseLabel = useId()

  const submit = form.onSubmit(async (submitted) => {
    try {
      await onSubmit(submitted as unknown as WeeklyCheckInInput)
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields) {
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([key, message]) => [key.replace(/^record\./, ''), message]),
          ),
        )
      } else notifyError('The check-in was not saved', error)
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Weekly check-in">
      <Stack gap="md">
        <div>
          <Input.Label id={responseLabel} mb={4}>
            How it responded
          </Input.Label>
          <SegmentedControl
            aria-labelledby={responseLabel}
            data={responseOptions.map((o) => ({
              value: o.value,
              label: (
                <Group gap={6} wrap="nowrap" justify="center">
                  <LightIcon light={o.value} />
                  <span>{o.word}</span>
                </Group>
              ),
            }))}
            color={
              values.response === 'green'
                ? 'teal'
                : values.response === 'amber'
                  ? 'yellow'
                  : values.response === 'red'
                    ? 'red'
                    : undefined
            }
            value={values.response}
            onChange={(value) => form.setFieldValue('response', value as TrafficLight)}
          />
          <Text size="xs" c={form.errors['response'] ? 'red' : 'dimmed'} mt={4}>
            {form.errors['response'] ?? responseHint}
          </Text>
        </div>
        <Textarea
          label="Loads this week"
          description="Summarised from the log; add anything the log does not show"
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          {...form.getInputProps('loadsSummary')}
        />
        <Textarea
          label="What we learned"
          placeholder="e.g. Strides at 80 % settled by the next morning; cutting still feels guarded"
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          {...form.getInputProps('learned')}
        />
        <TextInput
          label="Smallest safe next step"
          description="Suggested from today's criteria. For discussion with medical staff."
          maxLength={500}
          {...form.getInputProps('nextStep')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Agreed by"
            placeholder="Name and role, e.g. Dr Ana Silva, physiotherapist"
            maxLength={200}
            {...form.getInputProps('agreedBy')}
          />
          <TextInput
            label="Prepared by"
            required
            maxLength={120}
            {...form.getInputProps('preparedBy')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
