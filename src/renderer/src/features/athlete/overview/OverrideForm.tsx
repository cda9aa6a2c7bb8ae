import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { localDay } from '@shared/dates'
import type { CriterionResult } from '@shared/domain/phases'
import {
  clinicianRoles,
  criterionOverrideInputSchema,
  type CriterionOverrideFacts,
} from '@shared/schemas/phase-record'
import { DayInput } from '../../../components/DayInput'
import { useZodForm } from '../../../lib/use-zod-form'
import { showSaveError } from './form-errors'

interface Values extends Record<string, unknown> {
  injuryId: string
  criterionId: string
  date: string
  status: 'met' | 'not met'
  clinicianName: string
  clinicianRole: string
  reason: string
}

interface Props {
  criterion: CriterionResult
  injuryId: string
  /** A surgeon's restriction is in force: say that an override cannot lift it. */
  locked: boolean
  onSubmit: (record: CriterionOverrideFacts) => Promise<unknown>
  onCancel: () => void
}

/**
 * A clinician's override of one criterion: always named, with a role and a reason, never silent.
 * It wins over the computed status but never over a surgeon's restriction (G9).
 */
export function OverrideForm({ criterion, injuryId, locked, onSubmit, onCancel }: Props) {
  const today = localDay(new Date())
  const form = useZodForm<Values>(criterionOverrideInputSchema, {
    initialValues: {
      injuryId,
      criterionId: criterion.id,
      date: today,
      status: criterion.status === 'met' ? 'not met' : 'met',
      clinicianName: '',
      clinicianRole: '',
      reason: '',
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values as unknown as CriterionOverrideFacts)
    } catch (error) {
      showSaveError(form, 'The override was not saved', error)
    }
  })
  return (
    <form onSubmit={submit} noValidate aria-label="Override">
      <Stack gap="md">
        <div>
          <Text fw={600}>{criterion.name}</Text>
          <Text size="sm" c="dimmed">
            {criterion.threshold} · {criterion.source}
          </Text>
          <Text size="sm" mt={4}>
            From the data: <b>{criterion.computedStatus}</b>
            {criterion.evidence ? ` — ${criterion.evidence.text}` : ` — ${criterion.reason}`}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={500} mb={4}>
            Set the criterion to
          </Text>
          <SegmentedControl
            data={[
              { value: 'met', label: 'Met' },
              { value: 'not met', label: 'Not met' },
            ]}
            {...form.getInputProps('status')}
          />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Clinician name" required {...form.getInputProps('clinicianName')} />
          <Select
            label="Clinician role"
            required
            placeholder="Choose a role"
            data={[...clinicianRoles]}
            {...form.getInputProps('clinicianRole')}
          />
        </SimpleGrid>
        <Textarea
          label="Reason"
          required
          description="What the clinician saw or decided; at least 5 characters"
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <DayInput label="Date" required maxDate={today} w={200} {...form.getInputProps('date')} />
        <Text size="xs" c="dimmed">
          The override shows on the criterion with the clinician&apos;s name, role, date and reason,
          in the handover PDF and in the audit trail.
        </Text>
        {locked && (
          <Alert color="grape" icon={<IconLock size={18} />} p="xs">
            A surgeon&apos;s restriction is in force. An override never lifts it: the restriction
            keeps the phase locked until its date.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save override
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
