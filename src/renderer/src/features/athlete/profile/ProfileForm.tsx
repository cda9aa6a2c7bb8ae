import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { localDay } from '@shared/dates'
import {
  athleteProfileInputSchema,
  emptyBaselines,
  isometricProtocols,
  previousInjuryTypes,
  type AthleteProfile,
  type AthleteProfileInput,
  type Baselines,
} from '@shared/schemas/athlete-profile'
import { athleteLevels, sexes } from '@shared/schemas/classification'
import { DayInput } from '../../../components/DayInput'
import { nullToEmpty } from '../../../lib/form-values'
import { fieldErrors } from '../../../lib/ipc'
import { notifyError } from '../../../lib/notify'
import { useZodForm } from '../../../lib/use-zod-form'
import { options } from '../injury/labels'

type BaselineKey = keyof Baselines

/** Each pre-injury baseline: how it is entered and what unit it is in. */
const baselineRows: {
  key: BaselineKey
  label: string
  unit: string
  perLeg: boolean
  max: number
  decimals: number
}[] = [
  { key: 'vmaxMps', label: 'Max velocity', unit: 'm/s', perLeg: false, max: 13, decimals: 2 },
  {
    key: 'tenMetreSeconds',
    label: '10 m sprint time',
    unit: 's',
    perLeg: false,
    max: 4,
    decimals: 2,
  },
  {
    key: 'nordicPeakForceN',
    label: 'Nordic peak force',
    unit: 'N',
    perLeg: true,
    max: 1500,
    decimals: 0,
  },
  {
    key: 'isometricKneeFlexorForceN',
    label: 'Isometric knee-flexor force',
    unit: 'N',
    perLeg: true,
    max: 1500,
    decimals: 0,
  },
  {
    key: 'slhbReps',
    label: 'Single-leg hamstring bridge',
    unit: 'reps',
    perLeg: true,
    max: 200,
    decimals: 0,
  },
  { key: 'akeDeg', label: 'Active knee extension', unit: '°', perLeg: true, max: 180, decimals: 0 },
  {
    key: 'pslrDeg',
    label: 'Passive straight-leg raise',
    unit: '°',
    perLeg: true,
    max: 180,
    decimals: 0,
  },
]

const blankProfile: AthleteProfileInput = {
  sex: 'not recorded',
  sport: '',
  level: 'amateur',
  massKg: null,
  baselines: emptyBaselines,
  history: [],
  flags: {
    priorHamstringInjury: false,
    hamstringInjuryLast12Months: false,
    priorAclInjury: false,
    priorCalfStrain: false,
  },
}

type Values = Record<string, unknown> & {
  baselines: Record<BaselineKey, Record<string, unknown> | ''>
  history: { date: string; side: string; type: string; grade: string }[]
}

function blankBaseline(perLeg: boolean, key: BaselineKey) {
  const common = { date: localDay(new Date()), source: '' }
  if (!perLeg) return { value: '', ...common }
  return key === 'isometricKneeFlexorForceN'
    ? { left: '', right: '', protocol: '90/90', ...common }
    : { left: '', right: '', ...common }
}

interface Props {
  profile: AthleteProfile | null
  defaultSport?: string | null
  onSubmit: (profile: AthleteProfileInput) => Promise<unknown>
}

/** Sex, sport, level, body mass, dated pre-injury baselines and the injury history. */
export function ProfileForm({ profile, defaultSport, onSubmit }: Props) {
  const initial = profile
    ? {
        sex: profile.sex,
        sport: profile.sport,
        level: profile.level,
        massKg: profile.massKg,
        baselines: profile.baselines,
        history: profile.history,
        flags: profile.flags,
      }
    : { ...blankProfile, sport: defaultSport ?? '' }
  const form = useZodForm<Values>(athleteProfileInputSchema, {
    initialValues: nullToEmpty(initial) as unknown as Values,
  })
  const values = form.getValues()

  const submit = form.onSubmit(async (submitted) => {
    try {
      await onSubmit(submitted as unknown as AthleteProfileInput)
      form.resetDirty()
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields)
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([k, m]) => [k.replace(/^profile\./, ''), m]),
          ),
        )
      else notifyError('The profile was not saved', error)
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Athlete profile">
      <Stack>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Select
            label="Sex"
            data={options(sexes, {
              female: 'Female',
              male: 'Male',
              'not recorded': 'Not recorded',
            })}
            allowDeselect={false}
            {...form.getInputProps('sex')}
          />
          <TextInput
            label="Sport"
            placeholder="e.g. Soccer"
            maxLength={60}
            {...form.getInputProps('sport')}
          />
          <Select
            label="Level"
            data={options(athleteLevels, {
              elite: 'Elite',
              'sub-elite': 'Sub-elite',
              amateur: 'Amateur',
              youth: 'Youth',
            })}
            allowDeselect={false}
            {...form.getInputProps('level')}
          />
          <NumberInput
            label="Body mass"
            suffix=" kg"
            min={25}
            max={200}
            decimalScale={1}
            {...form.getInputProps('massKg')}
          />
        </SimpleGrid>

        <Fieldset legend="Pre-injury baselines">
          <Text size="sm" c="dimmed" mb="sm">
            Recovery is judged against these: % of baseline and side-to-side symmetry. Each needs
            the date it was measured and where it came from.
          </Text>
          <Table verticalSpacing={6} aria-label="Baselines">
            <Table.Tbody>
              {baselineRows.map((row) => {
                const present = values.baselines[row.key] !== ''
                const path = `baselines.${row.key}`
                return (
                  <Table.Tr key={row.key}>
                    <Table.Td w={230}>
                      <Switch
                        label={`${row.label} (${row.unit})`}
                        checked={present}
                        onChange={(event) =>
                          form.setFieldValue(
                            path,
                            event.currentTarget.checked ? blankBaseline(row.perLeg, row.key) : '',
                          )
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      {present && (
                        <Group gap="xs" wrap="nowrap" align="flex-start">
                          {row.perLeg ? (
                            <>
                              <NumberInput
                                aria-label={`${row.label}, left`}
                                placeholder="Left"
                                w={90}
                                min={0}
                                max={row.max}
                                decimalScale={row.decimals}
                                {...form.getInputProps(`${path}.left`)}
                              />
                              <NumberInput
                                aria-label={`${row.label}, right`}
                                placeholder="Right"
                                w={90}
                                min={0}
                                max={row.max}
                                decimalScale={row.decimals}
                                {...form.getInputProps(`${path}.right`)}
                              />
                            </>
                          ) : (
                            <NumberInput
                              aria-label={row.label}
                              placeholder={row.unit}
                              w={100}
                              min={0}
                              max={row.max}
                              decimalScale={row.decimals}
                              {...form.getInputProps(`${path}.value`)}
                            />
                          )}
                          {row.key === 'isometricKneeFlexorForceN' && (
                            <Select
                              aria-label="Isometric test position"
                              w={120}
                              data={options(isometricProtocols)}
                              allowDeselect={false}
                              {...form.getInputProps(`${path}.protocol`)}
                            />
                          )}
                          <DayInput
                            aria-label={`${row.label}, date`}
                            w={150}
                            {...form.getInputProps(`${path}.date`)}
                          />
                          <TextInput
                            aria-label={`${row.label}, source`}
                            placeholder="Source, e.g. NordBord, pre-season"
                            style={{ flex: 1 }}
                            maxLength={120}
                            {...form.getInputProps(`${path}.source`)}
                          />
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Fieldset>

        <Fieldset legend="Injury history and risk flags">
          <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
            <Checkbox
              label="Earlier hamstring injury"
              {...form.getInputProps('flags.priorHamstringInjury', { type: 'checkbox' })}
            />
            <Checkbox
              label="Hamstring injury in the last 12 months"
              {...form.getInputProps('flags.hamstringInjuryLast12Months', { type: 'checkbox' })}
            />
            <Checkbox
              label="Earlier ACL injury"
              {...form.getInputProps('flags.priorAclInjury', { type: 'checkbox' })}
            />
            <Checkbox
              label="Earlier calf strain"
              {...form.getInputProps('flags.priorCalfStrain', { type: 'checkbox' })}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mb="xs">
            Tick these when the dates are unknown; dated injuries below set them automatically.
          </Text>
          <Stack gap="xs">
            {values.history.map((_, index) => (
              <Group
                key={index}
                gap="xs"
                align="flex-start"
                wrap="nowrap"
                role="group"
                aria-label={`Earlier injury ${index + 1}`}
              >
                <DayInput
                  aria-label="Date"
                  w={150}
                  {...form.getInputProps(`history.${index}.date`)}
                />
                <Select
                  aria-label="Side"
                  w={110}
                  data={[
                    { value: 'left', label: 'Left' },
                    { value: 'right', label: 'Right' },
                    { value: 'both', label: 'Both' },
                  ]}
                  allowDeselect={false}
                  {...form.getInputProps(`history.${index}.side`)}
                />
                <Select
                  aria-label="Injury type"
                  w={130}
                  data={options(previousInjuryTypes, {
                    hamstring: 'Hamstring',
                    ACL: 'ACL',
                    calf: 'Calf',
                    other: 'Other',
                  })}
                  allowDeselect={false}
                  {...form.getInputProps(`history.${index}.type`)}
                />
                <TextInput
                  aria-label="Grade"
                  placeholder="Grade"
                  w={100}
                  maxLength={20}
                  {...form.getInputProps(`history.${index}.grade`)}
                />
                <ActionIcon
                  mt={6}
                  variant="subtle"
                  color="red"
                  aria-label={`Remove earlier injury ${index + 1}`}
                  onClick={() => form.removeListItem('history', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  form.insertListItem('history', {
                    date: '',
                    side: 'right',
                    type: 'hamstring',
                    grade: '',
                  })
                }
              >
                Add earlier injury
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
