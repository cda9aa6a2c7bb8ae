import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { localDay } from '@shared/dates'
import {
  bamicGrades,
  hamstringMuscleLabels,
  hamstringMuscles,
  injuryActivities,
  injuryActivityLabels,
  injuryLocations,
  mechanismLabels,
  mechanisms,
  munichGradeLabels,
  munichGrades,
} from '@shared/schemas/classification'
import { injuryEpisodeInputSchema, lockablePhases, type InjuryFacts } from '@shared/schemas/injury'
import type { InjuryRecord } from '@shared/schemas/injury-record'
import { sideLabels, sides, stressorLabels, stressors } from '@shared/schemas/scales'
import { DayInput } from '../../../components/DayInput'
import { nullToEmpty } from '../../../lib/form-values'
import { fieldErrors } from '../../../lib/ipc'
import { notifyError } from '../../../lib/notify'
import { useZodForm } from '../../../lib/use-zod-form'
import { bamicLabel, options } from './labels'

export type InjuryFormValues = ReturnType<typeof toFormValues>

const blankInjury: InjuryFacts = {
  injuryDate: '',
  side: 'right',
  mechanism: 'unknown',
  activity: 'other',
  muscle: 'BFlh',
  location: 'mid',
  freeTendon: null,
  bamicGrade: null,
  munichGrade: null,
  avulsion: null,
  mriDate: null,
  palpationPainLengthCm: null,
  akeDeficitDeg: null,
  isometricPain: null,
  management: 'conservative',
  surgeryDate: null,
  dischargeDate: null,
  surgeonRestrictions: [],
  recurrenceOf: null,
  notes: null,
}

function toFormValues(injury: InjuryFacts) {
  return nullToEmpty({ ...injury }) as unknown as Record<string, unknown> & {
    location: string
    management: string
    avulsion: Record<string, unknown> | ''
    surgeonRestrictions: { restriction: string; until: string; gate: string; stressors: string[] }[]
    freeTendon: boolean | ''
  }
}

const newAvulsion = {
  tendonsInvolved: 2,
  extent: 'complete',
  retractionCm: '',
  bonyAvulsion: false,
  chronicity: 'acute',
  sciaticNerveInvolved: false,
}

interface Props {
  /** The episode to edit; a new one is recorded when absent. */
  injury?: InjuryRecord
  /** Earlier episodes of this athlete, for "recurrence of". */
  earlier: readonly InjuryRecord[]
  submitLabel: string
  onSubmit: (injury: InjuryFacts) => Promise<unknown>
  onCancel?: () => void
}

/**
 * The injury episode: classification, first examination, management and the surgeon's
 * restrictions. Avulsion details appear only for a proximal injury, the surgery date only for
 * surgical management.
 */
export function InjuryForm({ injury, earlier, submitLabel, onSubmit, onCancel }: Props) {
  const form = useZodForm<InjuryFormValues>(injuryEpisodeInputSchema, {
    initialValues: toFormValues(injury ?? blankInjury),
  })
  const values = form.getValues()
  const proximal = values.location === 'proximal'
  const surgical = values.management === 'surgical'
  const today = localDay(new Date())

  const submit = form.onSubmit(async (submitted) => {
    try {
      await onSubmit(submitted as unknown as InjuryFacts)
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields) {
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([key, message]) => [key.replace(/^injury\./, ''), message]),
          ),
        )
      } else notifyError('The injury was not saved', error)
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Injury">
      <Stack gap="md">
        <Fieldset legend="What happened">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DayInput
              label="Date of injury"
              required
              maxDate={today}
              {...form.getInputProps('injuryDate')}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Side
              </Text>
              <SegmentedControl
                fullWidth
                data={options(sides, sideLabels)}
                {...form.getInputProps('side')}
              />
            </div>
            <Select
              label="Muscle"
              data={options(hamstringMuscles, hamstringMuscleLabels)}
              allowDeselect={false}
              {...form.getInputProps('muscle')}
            />
            <Select
              label="Mechanism"
              data={options(mechanisms, mechanismLabels)}
              allowDeselect={false}
              {...form.getInputProps('mechanism')}
            />
            <Select
              label="Activity"
              data={options(injuryActivities, injuryActivityLabels)}
              allowDeselect={false}
              {...form.getInputProps('activity')}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Location in the muscle
              </Text>
              <SegmentedControl
                fullWidth
                data={options(injuryLocations, {
                  proximal: 'Proximal',
                  mid: 'Mid',
                  distal: 'Distal',
                })}
                {...form.getInputProps('location')}
                onChange={(location) => {
                  form.setFieldValue('location', location)
                  if (location !== 'proximal') form.setFieldValue('avulsion', '')
                }}
              />
            </div>
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Grade and imaging">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="BAMIC grade"
              description="British Athletics, MRI-based (Pollock 2014)"
              placeholder="Not graded"
              clearable
              data={bamicGrades.map((grade) => ({ value: grade, label: bamicLabel(grade) }))}
              {...form.getInputProps('bamicGrade')}
            />
            <Select
              label="Munich grade"
              description="Munich consensus (Mueller-Wohlfahrt 2013)"
              placeholder="Not graded"
              clearable
              data={options(munichGrades, munichGradeLabels)}
              {...form.getInputProps('munichGrade')}
            />
            <DayInput
              label="MRI date"
              description="Leave blank if there was no scan"
              maxDate={today}
              {...form.getInputProps('mriDate')}
            />
            <Select
              label="Free tendon involved"
              placeholder="Not reported"
              clearable
              data={[
                { value: 'true', label: 'Yes' },
                { value: 'false', label: 'No' },
              ]}
              value={values.freeTendon === '' ? null : String(values.freeTendon)}
              onChange={(choice) =>
                form.setFieldValue('freeTendon', choice === null ? '' : choice === 'true')
              }
              error={form.errors['freeTendon']}
            />
          </SimpleGrid>
        </Fieldset>

        {proximal && (
          <Fieldset legend="Proximal avulsion">
            <Switch
              label="The tendon is torn off the bone (avulsion)"
              checked={values.avulsion !== ''}
              onChange={(event) =>
                form.setFieldValue('avulsion', event.currentTarget.checked ? newAvulsion : '')
              }
              mb={values.avulsion !== '' ? 'md' : 0}
            />
            {values.avulsion !== '' && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  label="Tendons torn off"
                  description="0–3 (semimembranosus, conjoint ST/BF)"
                  min={0}
                  max={3}
                  allowDecimal={false}
                  {...form.getInputProps('avulsion.tendonsInvolved')}
                />
                <Select
                  label="Complete or partial"
                  data={[
                    { value: 'complete', label: 'Complete' },
                    { value: 'partial', label: 'Partial' },
                  ]}
                  allowDeselect={false}
                  {...form.getInputProps('avulsion.extent')}
                />
                <NumberInput
                  label="Retraction"
                  suffix=" cm"
                  min={0}
                  max={30}
                  decimalScale={1}
                  {...form.getInputProps('avulsion.retractionCm')}
                />
                <Select
                  label="Acute or chronic"
                  description="Acute: repaired or seen within 4 weeks"
                  data={[
                    { value: 'acute', label: 'Acute' },
                    { value: 'chronic', label: 'Chronic' },
                  ]}
                  allowDeselect={false}
                  {...form.getInputProps('avulsion.chronicity')}
                />
                <Switch
                  mt="xl"
                  label="Bony avulsion"
                  {...form.getInputProps('avulsion.bonyAvulsion', { type: 'checkbox' })}
                />
                <Switch
                  mt="xl"
                  label="Sciatic nerve involved"
                  {...form.getInputProps('avulsion.sciaticNerveInvolved', { type: 'checkbox' })}
                />
              </SimpleGrid>
            )}
          </Fieldset>
        )}

        <Fieldset legend="First examination">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label="Length painful on palpation"
              suffix=" cm"
              min={0}
              max={40}
              decimalScale={1}
              {...form.getInputProps('palpationPainLengthCm')}
            />
            <NumberInput
              label="Active knee extension deficit"
              description="Against the other leg"
              suffix="°"
              min={0}
              max={90}
              {...form.getInputProps('akeDeficitDeg')}
            />
            <NumberInput
              label="Pain on isometric contraction"
              description="0 none – 10 worst"
              min={0}
              max={10}
              decimalScale={1}
              {...form.getInputProps('isometricPain')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Management">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <div>
              <Text size="sm" fw={500} mb={4}>
                Treatment
              </Text>
              <SegmentedControl
                fullWidth
                data={[
                  { value: 'conservative', label: 'Conservative' },
                  { value: 'surgical', label: 'Surgical repair' },
                ]}
                {...form.getInputProps('management')}
                onChange={(management) => {
                  form.setFieldValue('management', management)
                  if (management === 'conservative') form.setFieldValue('surgeryDate', '')
                }}
              />
            </div>
            {surgical && (
              <DayInput label="Date of surgery" required {...form.getInputProps('surgeryDate')} />
            )}
            <DayInput
              label="Discharged from medical care"
              description="Leave blank while still under care"
              {...form.getInputProps('dischargeDate')}
            />
            {earlier.length > 0 && (
              <Select
                label="Recurrence of"
                placeholder="Not a recurrence"
                clearable
                data={earlier.map((e) => ({
                  value: e.id,
                  label: `${e.injuryDate} · ${sideLabels[e.side]} ${e.muscle}${e.bamicGrade ? ` · ${e.bamicGrade}` : ''}`,
                }))}
                {...form.getInputProps('recurrenceOf')}
              />
            )}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Surgeon's restrictions">
          <Text size="sm" c="dimmed" mb="sm">
            A restriction locks progression until its date; nobody can override it in the app.
            Change it here when the surgeon changes it.
          </Text>
          <Stack gap="sm">
            {values.surgeonRestrictions.map((_, index) => (
              <Group
                key={index}
                align="flex-start"
                wrap="nowrap"
                gap="sm"
                aria-label={`Restriction ${index + 1}`}
                role="group"
              >
                <TextInput
                  label="Restriction"
                  placeholder="e.g. No running"
                  style={{ flex: 2 }}
                  {...form.getInputProps(`surgeonRestrictions.${index}.restriction`)}
                />
                <DayInput
                  label="Until"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`surgeonRestrictions.${index}.until`)}
                />
                <Select
                  label="Locks entry to"
                  placeholder="No phase lock"
                  clearable
                  style={{ flex: 1 }}
                  data={lockablePhases.map((p) => ({ value: p, label: `Phase ${p.slice(1)}` }))}
                  {...form.getInputProps(`surgeonRestrictions.${index}.gate`)}
                />
                <MultiSelect
                  label="Rules out"
                  placeholder="Kinds of load"
                  style={{ flex: 2 }}
                  data={options(stressors, stressorLabels)}
                  {...form.getInputProps(`surgeonRestrictions.${index}.stressors`)}
                />
                <ActionIcon
                  mt={28}
                  variant="subtle"
                  color="red"
                  aria-label={`Remove restriction ${index + 1}`}
                  onClick={() => form.removeListItem('surgeonRestrictions', index)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  form.insertListItem('surgeonRestrictions', {
                    restriction: '',
                    until: '',
                    gate: '',
                    stressors: [],
                  })
                }
              >
                Add restriction
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Textarea
          label="Notes"
          autosize
          minRows={2}
          maxRows={6}
          maxLength={1000}
          {...form.getInputProps('notes')}
        />

        <Group justify="flex-end">
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
