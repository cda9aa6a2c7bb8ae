import {
  Button,
  Checkbox,
  Group,
  Kbd,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  type NumberInputProps,
} from '@mantine/core'
import { useState } from 'react'
import { addDays, isCalendarDay } from '@shared/dates'
import type { AthleteCase } from '@shared/domain/case'
import type { Settings } from '@shared/domain/settings'
import {
  responseCheckInputSchema,
  type ResponseCheckFacts,
  type ResponseCheckInput,
} from '@shared/schemas/response-check'
import { trafficLightLabels } from '@shared/schemas/scales'
import { DayInput } from '../../components/DayInput'
import { emptyToNull } from '../../lib/form-values'
import { fieldErrors } from '../../lib/ipc'
import { notifyError } from '../../lib/notify'
import { useZodForm } from '../../lib/use-zod-form'
import { draftLight } from './engine'
import { longDay, shortDay, withUnit } from './format'
import { LightBadge, LightReasons } from './LightBadge'
import { enterSubmits } from './quick-keys'
import { useFirstFocus } from './use-first-focus'

type Num = number | ''

export interface MorningCheckValues extends Record<string, unknown> {
  date: string
  respondsTo: string
  painAtRest: Num
  painOnTask: Num
  stiffness: Num
  akeDeg: Num
  palpationPain: boolean
  apprehension: Num
  notes: string
}

/** A new check on `day`, answering the day before (the usual loading day). */
export function newMorningCheck(day: string): MorningCheckValues {
  return {
    date: day,
    respondsTo: addDays(day, -1),
    painAtRest: '',
    painOnTask: '',
    stiffness: '',
    akeDeg: '',
    palpationPain: false,
    apprehension: '',
    notes: '',
  }
}

export function checkToValues(check: ResponseCheckFacts): MorningCheckValues {
  return {
    date: check.date,
    respondsTo: check.respondsTo ?? addDays(check.date, -1),
    painAtRest: check.painAtRest,
    painOnTask: check.painOnTask,
    stiffness: check.stiffness,
    akeDeg: check.akeDeg ?? '',
    palpationPain: check.palpationPain,
    apprehension: check.apprehension,
    notes: check.notes ?? '',
  }
}

function Score({ unit, ...props }: NumberInputProps & { unit: string }) {
  return (
    <NumberInput
      hideControls
      allowNegative={false}
      placeholder="–"
      clampBehavior="none"
      suffix={/^[/°]/.test(unit) ? unit : ` ${unit}`}
      decimalScale={1}
      {...props}
    />
  )
}

interface Props {
  athleteCase: AthleteCase
  settings: Settings
  initial: MorningCheckValues
  /** The stored check being edited (its place among same-day checks is kept). */
  editing: { id: string; createdAt: string } | null
  today: string
  submitLabel: string
  onSubmit: (record: ResponseCheckInput) => Promise<unknown>
  onCancel: () => void
}

/**
 * The morning-after check. The traffic light it produces is shown before saving, computed by
 * the engine from the morning before and what was logged on the loading day.
 */
export function MorningCheckForm({
  athleteCase,
  settings,
  initial,
  editing,
  today,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const form = useZodForm<MorningCheckValues>(responseCheckInputSchema, { initialValues: initial })
  const values = form.getValues()
  const formRef = useFirstFocus<HTMLFormElement>()
  const [followsMorning, setFollowsMorning] = useState(
    () => initial.respondsTo === addDays(initial.date, -1),
  )

  const parsed = responseCheckInputSchema.safeParse(emptyToNull(values))
  const preview = parsed.success ? draftLight(athleteCase, settings, parsed.data, editing) : null
  const loadingDay = isCalendarDay(values.respondsTo) ? values.respondsTo : null
  const loadingSessions = loadingDay
    ? athleteCase.sessions.filter((session) => session.date === loadingDay)
    : []

  const submit = form.onSubmit(async (submitted) => {
    if (submitted.date > today) {
      form.setFieldError('date', 'That morning is still to come: record the check on the day')
      return
    }
    try {
      await onSubmit(submitted as unknown as ResponseCheckInput)
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields) {
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([key, message]) => [key.replace(/^record\./, ''), message]),
          ),
        )
      } else notifyError('The morning check was not saved', error)
    }
  })

  const dateProps = form.getInputProps('date')
  const respondsToProps = form.getInputProps('respondsTo')
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onKeyDown={enterSubmits}
      noValidate
      aria-label="Morning check"
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DayInput
            label="Morning of"
            required
            maxDate={today}
            {...dateProps}
            onChange={(day) => {
              // The loading day follows the morning unless the coach picked another one.
              if (followsMorning && isCalendarDay(day)) {
                form.setFieldValue('respondsTo', addDays(day, -1))
              }
              form.setFieldValue('date', day)
            }}
          />
          <DayInput
            label="Responds to the loading day"
            required
            maxDate={today}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={
              loadingDay === null
                ? ' '
                : loadingSessions.length === 0
                  ? `Nothing logged on ${shortDay(loadingDay)}`
                  : `${shortDay(loadingDay)}: ${loadingSessions
                      .map(
                        (s) =>
                          `${s.type} ${withUnit(s.minutes, 'min')}, pain during ${
                            s.painDuring === null ? 'not recorded' : `${s.painDuring}/10`
                          }`,
                      )
                      .join('; ')}`
            }
            {...respondsToProps}
            onChange={(day) => {
              setFollowsMorning(false)
              respondsToProps.onChange(day)
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Score
            label="Pain at rest"
            unit="/10"
            description="0 none – 10 worst"
            required
            max={10}
            data-autofocus
            {...form.getInputProps('painAtRest')}
          />
          <Score
            label="Pain on the standard task"
            unit="/10"
            description="The usual bridge or walk"
            required
            max={10}
            {...form.getInputProps('painOnTask')}
          />
          <Score
            label="Stiffness"
            unit="/10"
            description="0 none – 10 worst"
            required
            max={10}
            {...form.getInputProps('stiffness')}
          />
          <Score
            label="Active knee extension"
            unit="°"
            description="Degrees reached, injured leg"
            max={180}
            {...form.getInputProps('akeDeg')}
          />
          <Score
            label="Apprehension"
            unit="/100"
            description="0 none – 100 extreme (VAS)"
            required
            max={100}
            decimalScale={0}
            {...form.getInputProps('apprehension')}
          />
          <Checkbox
            mt={{ base: 0, sm: 30 }}
            label="Painful to touch (palpation)"
            {...form.getInputProps('palpationPain', { type: 'checkbox' })}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          autosize
          minRows={1}
          maxRows={3}
          maxLength={500}
          {...form.getInputProps('notes')}
        />

        <Paper
          withBorder
          radius="md"
          p="md"
          role="region"
          aria-label="Traffic light before saving"
          bg="var(--mantine-color-gray-0)"
        >
          {preview === null ? (
            <Text size="sm" c="dimmed">
              The traffic light shows here once pain, stiffness and apprehension are entered and
              every field is valid.
            </Text>
          ) : (
            <Stack gap="xs">
              <Group gap="sm">
                <Text size="sm" fw={600}>
                  This morning reads
                </Text>
                <LightBadge
                  light={preview.light}
                  size="lg"
                  label={trafficLightLabels[preview.light]}
                />
              </Group>
              <Text size="xs" c="dimmed">
                Compared with the morning before and with what was logged on{' '}
                {longDay(preview.respondsTo)}.
              </Text>
              <LightReasons reasons={preview.reasons} />
            </Stack>
          )}
        </Paper>

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
