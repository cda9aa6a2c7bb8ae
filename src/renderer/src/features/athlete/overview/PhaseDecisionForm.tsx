import {
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { localDay } from '@shared/dates'
import type { PhaseEvaluation } from '@shared/domain/phases'
import {
  clinicianRoles,
  phaseRecordInputSchema,
  staffRoles,
  type PhaseRecordFacts,
} from '@shared/schemas/phase-record'
import { phaseIds, phaseIndex, type PhaseId } from '@shared/schemas/scales'
import { DayInput } from '../../../components/DayInput'
import { useZodForm } from '../../../lib/use-zod-form'
import { showSaveError } from './form-errors'
import { criteriaSnapshot } from './snapshot'

interface Values extends Record<string, unknown> {
  injuryId: string
  phase: PhaseId
  entryDate: string
  decidedBy: string
  decidedByRole: string
  reason: string
  starrt: { tissueHealth: string; tissueStresses: string; riskTolerance: string }
  criteriaSnapshot: ReturnType<typeof criteriaSnapshot>
}

interface Props {
  phases: PhaseEvaluation
  injuryId: string
  userName: string
  onSubmit: (record: PhaseRecordFacts) => Promise<unknown>
  onCancel: () => void
}

const coachingRoles = staffRoles.filter((r) => !(clinicianRoles as readonly string[]).includes(r))

/**
 * A staff decision to move the athlete to a phase (or back). The criteria as the engine sees them
 * today are saved with it. Return to training and to sport (P5, P6) need a clinician (G10): the
 * shared schema refuses anyone else and says so under the role.
 */
export function PhaseDecisionForm({ phases, injuryId, userName, onSubmit, onCancel }: Props) {
  const today = localDay(new Date())
  const initialPhase = phases.nextPhase ?? phases.currentPhase
  const form = useZodForm<Values>(phaseRecordInputSchema, {
    initialValues: {
      injuryId,
      phase: initialPhase,
      entryDate: today,
      decidedBy: userName,
      decidedByRole: '',
      reason: '',
      starrt: { tissueHealth: '', tissueStresses: '', riskTolerance: '' },
      criteriaSnapshot: criteriaSnapshot(phases, initialPhase),
    },
  })
  const values = form.getValues()
  const snapshot = criteriaSnapshot(phases, values.phase)
  const counts = (['met', 'not met', 'not assessed', 'not required'] as const)
    .map((status) => [status, snapshot.filter((c) => c.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
  const blockingLocks = phases.locks.filter(
    (lock) =>
      lock.active && lock.gate !== null && phaseIndex(values.phase) >= phaseIndex(lock.gate),
  )
  const needsClinician = phaseIndex(values.phase) >= phaseIndex('P5')

  const submit = form.onSubmit(async (submitted) => {
    const starrt = submitted.starrt as unknown as Record<string, string | null> | null
    const record = {
      ...(submitted as unknown as PhaseRecordFacts),
      starrt: starrt && Object.values(starrt).some((v) => v !== null) ? submitted.starrt : null,
      criteriaSnapshot: snapshot,
    } as unknown as PhaseRecordFacts
    try {
      await onSubmit(record)
    } catch (error) {
      showSaveError(form, 'The phase decision was not saved', error)
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Phase decision">
      <Stack gap="md">
        <Text size="sm">
          Today the engine places the athlete in <b>phase {phases.currentPhase.slice(1)}</b> (
          {phases.status}). A recorded decision sets the phase from its date; the criteria stay
          visible either way.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Phase"
            allowDeselect={false}
            data={phases.phases.map((p) => ({
              value: p.phase,
              label: `Phase ${p.phase.slice(1)} · ${p.name}`,
            }))}
            {...form.getInputProps('phase')}
          />
          <DayInput
            label="Entry date"
            required
            maxDate={today}
            {...form.getInputProps('entryDate')}
          />
          <TextInput label="Decided by" required {...form.getInputProps('decidedBy')} />
          <Select
            label="Role"
            required
            placeholder="Choose a role"
            description={
              needsClinician ? 'Phases 5 and 6 are signed off by a clinician (G10)' : undefined
            }
            data={[
              { group: 'Coaching staff', items: coachingRoles },
              { group: 'Clinicians', items: [...clinicianRoles] },
            ]}
            {...form.getInputProps('decidedByRole')}
          />
        </SimpleGrid>
        <Textarea label="Reason" autosize minRows={2} {...form.getInputProps('reason')} />
        <Fieldset legend="StARRT notes (optional, Shrier 2015)">
          <Stack gap="xs">
            <Textarea
              label="Tissue health"
              placeholder="Classification, time since injury, test results"
              autosize
              {...form.getInputProps('starrt.tissueHealth')}
            />
            <Textarea
              label="Tissue stresses"
              placeholder="Sport, position, what the gap analysis shows"
              autosize
              {...form.getInputProps('starrt.tissueStresses')}
            />
            <Textarea
              label="Risk tolerance"
              placeholder="Season timing, what is at stake, the athlete's wishes"
              autosize
              {...form.getInputProps('starrt.riskTolerance')}
            />
          </Stack>
        </Fieldset>
        <Text size="xs" c="dimmed">
          Saved with the decision: the criteria of phase
          {snapshot.length > 0 && phaseIndex(values.phase) - 1 > phaseIndex(phases.currentPhase)
            ? `s ${phases.currentPhase.slice(1)}–${phaseIds[phaseIndex(values.phase) - 1]!.slice(1)}`
            : ` ${phases.currentPhase.slice(1)}`}{' '}
          as the engine sees them today ({counts.join(', ') || 'none'}).
        </Text>
        {blockingLocks.map((lock) => (
          <Alert
            key={lock.restriction + lock.until}
            color="grape"
            icon={<IconLock size={18} />}
            p="xs"
          >
            {lock.restriction} until {lock.until} locks phase {lock.gate!.slice(1)} and above. The
            decision is kept, but the surgeon&apos;s restriction wins until it lifts.
          </Alert>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
