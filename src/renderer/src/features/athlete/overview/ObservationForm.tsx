import { Button, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { localDay } from '@shared/dates'
import type { CriterionResult } from '@shared/domain/phases'
import {
  criterionObservationInputSchema,
  type CriterionObservationFacts,
} from '@shared/schemas/phase-record'
import { DayInput } from '../../../components/DayInput'
import { useZodForm } from '../../../lib/use-zod-form'
import { showSaveError } from './form-errors'

interface Values extends Record<string, unknown> {
  injuryId: string
  criterionId: string
  date: string
  met: boolean
  observedBy: string
  note: string
}

interface Props {
  criterion: CriterionResult
  injuryId: string
  userName: string
  onSubmit: (record: CriterionObservationFacts) => Promise<unknown>
  onCancel: () => void
}

/** What a coach or clinician saw, for the criteria judged by eye (limp, stride rhythm). */
export function ObservationForm({ criterion, injuryId, userName, onSubmit, onCancel }: Props) {
  const today = localDay(new Date())
  const form = useZodForm<Values>(criterionObservationInputSchema, {
    initialValues: {
      injuryId,
      criterionId: criterion.id,
      date: today,
      met: true,
      observedBy: userName,
      note: '',
    },
  })
  const values = form.getValues()
  const submit = form.onSubmit(async (submitted) => {
    try {
      await onSubmit(submitted as unknown as CriterionObservationFacts)
    } catch (error) {
      showSaveError(form, 'The observation was not saved', error)
    }
  })
  return (
    <form onSubmit={submit} noValidate aria-label="Observation">
      <Stack gap="md">
        <div>
          <Text fw={600}>{criterion.name}</Text>
          <Text size="sm" c="dimmed">
            {criterion.threshold} · {criterion.source}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={500} mb={4}>
            What you saw
          </Text>
          <SegmentedControl
            data={[
              { value: 'met', label: 'Met' },
              { value: 'not met', label: 'Not met' },
            ]}
            value={values.met ? 'met' : 'not met'}
            onChange={(choice) => form.setFieldValue('met', choice === 'met')}
          />
        </div>
        <Group grow align="flex-start">
          <DayInput label="Date" required maxDate={today} {...form.getInputProps('date')} />
          <TextInput label="Observed by" required {...form.getInputProps('observedBy')} />
        </Group>
        <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Record observation
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
