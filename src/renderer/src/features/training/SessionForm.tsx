import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  Input,
  Kbd,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  type NumberInputProps,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useId, type ReactNode } from 'react'
import { sessionLoadAu } from '@shared/domain/exposure'
import { percentOf, type SpeedUnit } from '@shared/domain/units'
import {
  codTypes,
  dataSources,
  exposureSessionInputSchema,
  sessionContactTypes,
  sessionTypes,
  speedWarningSigns,
  type ExposureSessionInput,
} from '@shared/schemas/exposure-session'
import {
  chaosLevelLabels,
  longLeverLevelLabels,
  type ChaosLevel,
  type LongLeverLevel,
} from '@shared/schemas/scales'
import { DayInput } from '../../components/DayInput'
import { fieldErrors } from '../../lib/ipc'
import { notifyError } from '../../lib/notify'
import { useZodForm } from '../../lib/use-zod-form'
import { formatPercent, formatSpeed, withUnit } from './format'
import { enterSubmits } from './quick-keys'
import { SpeedField } from './SpeedField'
import { valuesToInput, type SessionFormValues } from './session-values'
import { useFirstFocus } from './use-first-focus'

const typeLabels = { gym: 'Gym', field: 'Field', match: 'Match' } as const
const codTypeLabels = {
  'pre-planned': 'Pre-planned',
  reactive: 'Reactive (to a cue)',
  opposed: 'Opposed (against a player)',
} as const
const contactTypeLabels = {
  pads: 'Pads or shields',
  'controlled live': 'Controlled live',
  full: 'Full contact',
} as const
const warningLabels = {
  'sharp or grabbing sensation': 'Sharp or grabbing sensation',
  'tightening as pace rises': 'Tightening as pace rises',
  asymmetry: 'Asymmetry',
  'protective stride': 'Protective stride',
} as const
const sourceLabels = { GPS: 'GPS', LPS: 'LPS', estimate: 'Estimate' } as const

function useSessionForm(initial: SessionFormValues) {
  // Uncontrolled: a keystroke re-renders only the field (and the few hints that watch it),
  // not the forty inputs of the whole form.
  return useZodForm<SessionFormValues>(exposureSessionInputSchema, {
    mode: 'uncontrolled',
    initialValues: initial,
  })
}
type SessionFormApi = ReturnType<typeof useSessionForm>

interface Props {
  initial: SessionFormValues
  /** Day of the session the values were copied from, shown so the coach knows what to check. */
  prefilledFrom: string | null
  speedUnit: SpeedUnit
  /** Pre-injury max velocity in m/s, for the % of max shown beside the peak speed. */
  vmaxMps: number | null
  today: string
  submitLabel: string
  onSubmit: (record: ExposureSessionInput) => Promise<unknown>
  onCancel: () => void
}

/** A number field with its unit written after the number and a dash for "not measured". */
function Measure({ unit, ...props }: NumberInputProps & { unit?: string }) {
  return (
    <NumberInput
      hideControls
      allowNegative={false}
      placeholder="–"
      clampBehavior="none"
      suffix={unit === undefined ? undefined : /^[/°]/.test(unit) ? unit : ` ${unit}`}
      thousandSeparator=","
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...props}
    />
  )
}

/** A segmented control with a visible label that also names its radio group. */
function Choice({
  label,
  hint,
  children,
}: {
  label: string
  hint?: ReactNode
  children: (labelId: string) => ReactNode
}) {
  const id = useId()
  return (
    <div>
      <Input.Label id={id} mb={4}>
        {label}
      </Input.Label>
      {children(id)}
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </div>
  )
}

/** Sets a value without re-rendering the whole form; fields that watch it update themselves. */
function quietly(form: SessionFormApi, path: string, value: unknown) {
  form.setFieldValue(path as never, value as never, { forceUpdate: false })
}

function DateField({ form, today }: { form: SessionFormApi; today: string }) {
  const value = form.useWatchValue('date')
  return (
    <DayInput
      label="Date"
      required
      maxDate={today}
      data-autofocus
      {...form.getInputProps('date')}
      defaultValue={undefined}
      value={value}
      onChange={(day) => quietly(form, 'date', day)}
    />
  )
}

function EffortField({ form }: { form: SessionFormApi }) {
  const minutes = form.useWatchValue('minutes')
  const rpe = form.useWatchValue('rpe')
  const load =
    typeof minutes === 'number'
      ? sessionLoadAu({ rpe: typeof rpe === 'number' ? rpe : null, minutes })
      : null
  return (
    <Measure
      label="Effort (RPE)"
      unit="/10"
      description={load === null ? 'CR-10 scale' : `Load ${withUnit(load, 'AU')} (RPE × min)`}
      max={10}
      decimalScale={1}
      key={form.key('rpe')}
      {...form.getInputProps('rpe')}
    />
  )
}

function PeakSpeedField({
  form,
  unit,
  vmaxMps,
}: {
  form: SessionFormApi
  unit: SpeedUnit
  vmaxMps: number | null
}) {
  const peak = form.useWatchValue('running.peakVelocityMps')
  const percent = typeof peak === 'number' && peak > 0 ? percentOf(peak, vmaxMps) : null
  return (
    <SpeedField
      label="Peak speed"
      unit={unit}
      placeholder="–"
      description={
        percent !== null
          ? `${formatPercent(percent)} of pre-injury max (${formatSpeed(vmaxMps!, unit)})`
          : vmaxMps === null
            ? 'No pre-injury max on the profile'
            : 'Shows % of pre-injury max'
      }
      {...form.getInputProps('running.peakVelocityMps')}
      defaultValue={undefined}
      value={peak}
      onChange={(mps) => quietly(form, 'running.peakVelocityMps', mps)}
    />
  )
}

function LevelChoice({
  form,
  path,
  label,
  options,
  hint,
}: {
  form: SessionFormApi
  path: 'chaosLevel' | 'longLeverLevel'
  label: string
  options: { value: string; label: string }[]
  hint: (value: number | '') => string
}) {
  const value = form.useWatchValue(path)
  return (
    <Choice label={label} hint={hint(value)}>
      {(id) => (
        <SegmentedControl
          fullWidth
          aria-labelledby={id}
          data={options}
          value={String(value)}
          onChange={(v) => quietly(form, path, v === '' ? '' : Number(v))}
        />
      )}
    </Choice>
  )
}

/**
 * One session: what it was, how hard, and what it exposed the athlete to. Built for the
 * training ground: pre-filled, Enter saves from any field, Escape cancels (in its modal).
 */
export function SessionForm({
  initial,
  prefilledFrom,
  speedUnit,
  vmaxMps,
  today,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const form = useSessionForm(initial)
  const values = form.getValues()
  const formRef = useFirstFocus<HTMLFormElement>()

  const submit = form.onSubmit(async (submitted) => {
    if (submitted.date > today) {
      form.setFieldError('date', 'That day is still to come: log a session on or after its day')
      return
    }
    try {
      await onSubmit(valuesToInput(submitted))
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields) {
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([key, message]) => [key.replace(/^record\./, ''), message]),
          ),
        )
      } else notifyError('The session was not saved', error)
    }
  })

  /** The form's bindings of a plain field (its `key` is passed beside them, as React wants). */
  const field = (path: string) => form.getInputProps(path)

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={enterSubmits} noValidate aria-label="Session">
      <Stack gap="md">
        {prefilledFrom && (
          <Text size="sm" c="dimmed">
            Copied from the session of {prefilledFrom}. Change what was different today.
          </Text>
        )}
        <Grid columns={24} gap="sm">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <DateField form={form} today={today} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Choice label="Type">
              {(id) => (
                <SegmentedControl
                  fullWidth
                  aria-labelledby={id}
                  data={sessionTypes.map((t) => ({ value: t, label: typeLabels[t] }))}
                  key={form.key('type')}
                  {...field('type')}
                />
              )}
            </Choice>
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4 }}>
            <Measure
              label="Duration"
              unit="min"
              required
              max={300}
              key={form.key('minutes')}
              {...field('minutes')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 5 }}>
            <EffortField form={form} />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4 }}>
            <Measure
              label="Pain during"
              unit="/10"
              description="Worst, 0–10"
              max={10}
              decimalScale={1}
              key={form.key('painDuring')}
              {...field('painDuring')}
            />
          </Grid.Col>
        </Grid>

        <Fieldset legend="Running" variant="filled" p="sm">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
            <Measure
              label="Total distance"
              unit="m"
              key={form.key('running.totalDistanceMetres')}
              {...field('running.totalDistanceMetres')}
            />
            <Measure
              label="High-speed running"
              unit="m"
              key={form.key('running.hsrMetres')}
              {...field('running.hsrMetres')}
            />
            <Measure
              label="Sprint distance"
              unit="m"
              key={form.key('running.sprintMetres')}
              {...field('running.sprintMetres')}
            />
            <Measure
              label="Sprints"
              unit="sprints"
              allowDecimal={false}
              key={form.key('running.sprintCount')}
              {...field('running.sprintCount')}
            />
            <PeakSpeedField form={form} unit={speedUnit} vmaxMps={vmaxMps} />
            <Measure
              label="Efforts ≥ 90 % of max"
              unit="efforts"
              allowDecimal={false}
              key={form.key('running.effortsAt90PercentVmax')}
              {...field('running.effortsAt90PercentVmax')}
            />
            <Measure
              label="Efforts ≥ 95 % of max"
              unit="efforts"
              allowDecimal={false}
              key={form.key('running.effortsAt95PercentVmax')}
              {...field('running.effortsAt95PercentVmax')}
            />
            <Measure
              label="Longest continuous run"
              unit="min"
              key={form.key('running.continuousRunMinutes')}
              {...field('running.continuousRunMinutes')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Accelerations, chaos and long-lever work" variant="filled" p="sm">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
            <Measure
              label="Accelerations"
              unit="acc"
              allowDecimal={false}
              key={form.key('accelerationCount')}
              {...field('accelerationCount')}
            />
            <Measure
              label="Decelerations"
              unit="dec"
              allowDecimal={false}
              key={form.key('decelerationCount')}
              {...field('decelerationCount')}
            />
            <LevelChoice
              form={form}
              path="chaosLevel"
              label="Chaos level (1–5)"
              options={[{ value: '', label: '–' }, ...['1', '2', '3', '4', '5'].map(option)]}
              hint={(level) =>
                typeof level === 'number'
                  ? chaosLevelLabels[level as ChaosLevel]
                  : 'Not rated (gym work)'
              }
            />
            <LevelChoice
              form={form}
              path="longLeverLevel"
              label="Kicking / long-lever (0–3)"
              options={['0', '1', '2', '3'].map(option)}
              hint={(level) => longLeverLevelLabels[level as LongLeverLevel]}
            />
          </SimpleGrid>
          {form.errors['chaosLevel'] && (
            <Text c="red" size="xs" mt={4}>
              {form.errors['chaosLevel']}
            </Text>
          )}
        </Fieldset>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fieldset legend="Cutting" variant="filled" p="sm">
            <Stack gap="xs">
              {values.cod.map((_, index) => (
                <Group
                  key={index}
                  gap="xs"
                  wrap="nowrap"
                  align="flex-end"
                  role="group"
                  aria-label={`Cutting ${index + 1}`}
                >
                  <Select
                    label="Kind"
                    style={{ flex: 3 }}
                    allowDeselect={false}
                    data={codTypes.map((t) => ({ value: t, label: codTypeLabels[t] }))}
                    key={form.key(`cod.${index}.type`)}
                    {...field(`cod.${index}.type`)}
                  />
                  <Measure
                    label="Angle"
                    unit="°"
                    max={180}
                    style={{ flex: 2 }}
                    key={form.key(`cod.${index}.angleDeg`)}
                    {...field(`cod.${index}.angleDeg`)}
                  />
                  <Measure
                    label="Intensity"
                    unit="%"
                    max={100}
                    style={{ flex: 2 }}
                    key={form.key(`cod.${index}.intensityPercent`)}
                    {...field(`cod.${index}.intensityPercent`)}
                  />
                  <Measure
                    label="Cuts"
                    allowDecimal={false}
                    style={{ flex: 2 }}
                    key={form.key(`cod.${index}.count`)}
                    {...field(`cod.${index}.count`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mb={6}
                    aria-label={`Remove cutting ${index + 1}`}
                    onClick={() => form.removeListItem('cod', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {values.cod.length === 0 && (
                <Text size="sm" c="dimmed">
                  No cutting.
                </Text>
              )}
              <AddButton
                label="Add cutting"
                onClick={() =>
                  form.insertListItem('cod', {
                    type: 'pre-planned',
                    angleDeg: '',
                    intensityPercent: '',
                    count: '',
                  })
                }
              />
            </Stack>
          </Fieldset>

          <Fieldset legend="Contact" variant="filled" p="sm">
            <Stack gap="xs">
              {values.contacts.map((_, index) => (
                <Group
                  key={index}
                  gap="xs"
                  wrap="nowrap"
                  align="flex-end"
                  role="group"
                  aria-label={`Contact ${index + 1}`}
                >
                  <Select
                    label="Kind"
                    style={{ flex: 3 }}
                    allowDeselect={false}
                    data={sessionContactTypes.map((t) => ({
                      value: t,
                      label: contactTypeLabels[t],
                    }))}
                    key={form.key(`contacts.${index}.type`)}
                    {...field(`contacts.${index}.type`)}
                  />
                  <Measure
                    label="Contacts"
                    allowDecimal={false}
                    style={{ flex: 2 }}
                    key={form.key(`contacts.${index}.count`)}
                    {...field(`contacts.${index}.count`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mb={6}
                    aria-label={`Remove contact ${index + 1}`}
                    onClick={() => form.removeListItem('contacts', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {values.contacts.length === 0 && (
                <Text size="sm" c="dimmed">
                  No contact.
                </Text>
              )}
              <AddButton
                label="Add contact"
                onClick={() => form.insertListItem('contacts', { type: 'pads', count: '' })}
              />
            </Stack>
          </Fieldset>
        </SimpleGrid>

        <Fieldset legend="Strength and lengthened work" variant="filled" p="sm">
          <Stack gap="xs">
            {values.strength.map((_, index) => (
              <Group
                key={index}
                gap="xs"
                wrap="nowrap"
                align="flex-end"
                role="group"
                aria-label={`Exercise ${index + 1}`}
              >
                <TextInput
                  label="Exercise"
                  style={{ flex: 4 }}
                  maxLength={80}
                  key={form.key(`strength.${index}.exercise`)}
                  {...field(`strength.${index}.exercise`)}
                />
                <Measure
                  label="Sets"
                  allowDecimal={false}
                  style={{ flex: 1 }}
                  key={form.key(`strength.${index}.sets`)}
                  {...field(`strength.${index}.sets`)}
                />
                <Measure
                  label="Reps"
                  allowDecimal={false}
                  style={{ flex: 1 }}
                  key={form.key(`strength.${index}.reps`)}
                  {...field(`strength.${index}.reps`)}
                />
                <Measure
                  label="Load"
                  unit="kg"
                  placeholder="body weight"
                  style={{ flex: 2 }}
                  key={form.key(`strength.${index}.loadKg`)}
                  {...field(`strength.${index}.loadKg`)}
                />
                <Checkbox
                  label="Lengthened"
                  mb={8}
                  key={form.key(`strength.${index}.lengthened`)}
                  {...form.getInputProps(`strength.${index}.lengthened`, { type: 'checkbox' })}
                />
                <Checkbox
                  label="Eccentric"
                  mb={8}
                  key={form.key(`strength.${index}.eccentric`)}
                  {...form.getInputProps(`strength.${index}.eccentric`, { type: 'checkbox' })}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mb={6}
                  aria-label={`Remove exercise ${index + 1}`}
                  onClick={() => form.removeListItem('strength', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            {values.strength.length === 0 && (
              <Text size="sm" c="dimmed">
                No strength work.
              </Text>
            )}
            <AddButton
              label="Add exercise"
              onClick={() =>
                form.insertListItem('strength', {
                  exercise: '',
                  sets: '',
                  reps: '',
                  loadKg: '',
                  lengthened: false,
                  eccentric: false,
                })
              }
            />
          </Stack>
        </Fieldset>

        <Checkbox.Group
          label="Warning signs during speed work"
          description="Any of these means stop and drop one intensity step (G3)"
          key={form.key('warningSigns')}
          {...field('warningSigns')}
        >
          <Group gap="lg" mt={6}>
            {speedWarningSigns.map((sign) => (
              <Checkbox key={sign} value={sign} label={warningLabels[sign]} />
            ))}
          </Group>
        </Checkbox.Group>

        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Choice label="Data source">
            {(id) => (
              <SegmentedControl
                fullWidth
                aria-labelledby={id}
                data={[
                  ...dataSources.map((s) => ({ value: s, label: sourceLabels[s] })),
                  { value: '', label: 'Not recorded' },
                ]}
                key={form.key('dataSource')}
                {...field('dataSource')}
              />
            )}
          </Choice>
          <TextInput
            label="Device"
            placeholder="e.g. Vest 12"
            maxLength={60}
            key={form.key('device')}
            {...field('device')}
          />
          <Choice label="Data quality">
            {(id) => (
              <SegmentedControl
                fullWidth
                aria-labelledby={id}
                data={[
                  { value: 'good', label: 'Good' },
                  { value: 'questionable', label: 'Questionable' },
                ]}
                key={form.key('dataQuality')}
                {...field('dataQuality')}
              />
            )}
          </Choice>
        </SimpleGrid>
        <Textarea
          label="Notes"
          autosize
          minRows={1}
          maxRows={4}
          maxLength={1000}
          key={form.key('notes')}
          {...field('notes')}
        />

        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Enter</Kbd> saves · <Kbd size="xs">Esc</Kbd> cancels
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}

function option(value: string) {
  return { value, label: value }
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} />}
        onClick={onClick}
      >
        {label}
      </Button>
    </Group>
  )
}
