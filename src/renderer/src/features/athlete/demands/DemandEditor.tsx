import {
  Alert,
  Badge,
  Box,
  Button,
  Fieldset,
  Grid,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import type { SpeedUnit } from '@shared/domain/units'
import { athleteLevels } from '@shared/schemas/classification'
import {
  demandBasisKinds,
  demandDimensionLabels,
  type DemandDimension,
  type DemandFlag,
  type SportDemandFacts,
} from '@shared/schemas/sport-demand'
import { fieldErrors } from '../../../lib/ipc'
import { notifyError } from '../../../lib/notify'
import { options } from '../injury/labels'
import { FlagsPanel, type Flags } from './FlagsPanel'
import { useDemandForm, type DemandFormValues } from './form'
import { basisKindLabels, flaggedDimensions, levelLabels } from './labels'
import { LaddersTable } from './LaddersTable'
import { MatchDemandsTable } from './MatchDemandsTable'
import { deps, errorsAt, Slice } from './Slice'
import { ThresholdsTable } from './ThresholdsTable'

interface Props {
  profile: SportDemandFacts
  speedUnit: SpeedUnit
  /** An athlete's profile has feared / untested flags; a club template has none. */
  kind: 'athlete' | 'template'
  /** The values are not stored yet (a template was just applied): saving is always allowed. */
  unsaved?: boolean
  /** Shown beside the sport fields: the template this profile started from. */
  origin?: string | null
  submitLabel: string
  ariaLabel: string
  failureTitle: string
  onSubmit: (profile: SportDemandFacts) => Promise<unknown>
  onDiscard?: () => void
}

/** Values still "enter from club data" (mean left blank), counted for the coach. */
function missingCount(values: DemandFormValues): number {
  const perMatch = Object.values(values.perMatch).filter((v) => v.mean === '').length
  return perMatch + values.contactsByType.filter((c) => c.value.mean === '').length
}

/**
 * The sport-demand editor, shared by the athlete's Sport demands tab and the club templates:
 * every number with its unit, threshold and source, validated by the shared schema.
 */
export function DemandEditor({
  profile,
  speedUnit,
  kind,
  unsaved = false,
  origin,
  submitLabel,
  ariaLabel,
  failureTitle,
  onSubmit,
  onDiscard,
}: Props) {
  const form = useDemandForm(profile)
  const values = form.getValues()
  const [invalidCount, setInvalidCount] = useState(0)
  const flags = values.flags as Flags
  const context = { form, speedUnit }
  const missing = missingCount(values)
  const dirty = unsaved || form.isDirty()

  // The editor is long: take the coach to the first field that needs attention.
  const focusFirstError = (element: EventTarget | null | undefined) =>
    requestAnimationFrame(() => {
      if (element instanceof HTMLFormElement) {
        element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      }
    })

  const submit = form.onSubmit(
    async (submitted, event) => {
      const element = event?.currentTarget
      setInvalidCount(0)
      try {
        await onSubmit(submitted as unknown as SportDemandFacts)
        form.resetDirty()
      } catch (error) {
        const fields = fieldErrors(error)
        if (fields) {
          const errors = Object.fromEntries(
            Object.entries(fields).map(([key, message]) => [
              key.replace(/^profile\./, ''),
              message,
            ]),
          )
          form.setErrors(errors)
          setInvalidCount(Object.keys(errors).length)
          focusFirstError(element)
        } else notifyError(failureTitle, error)
      }
    },
    (errors, _values, event) => {
      setInvalidCount(Object.keys(errors).length)
      focusFirstError(event?.currentTarget)
    },
  )

  const setFlag = (dimension: DemandDimension, flag: DemandFlag) => {
    const next: Flags = { ...flags }
    if (flag.feared || flag.untested) next[dimension] = flag
    else delete next[dimension]
    form.setFieldValue('flags', next as DemandFormValues['flags'])
  }

  const feared = flaggedDimensions(flags, 'feared')
  const untested = flaggedDimensions(flags, 'untested')
  const names = (dimensions: DemandDimension[]) =>
    dimensions.length === 0 ? 'none' : dimensions.map((d) => demandDimensionLabels[d]).join(', ')

  return (
    <form onSubmit={submit} noValidate aria-label={ariaLabel}>
      <Stack gap="lg">
        <Slice
          deps={deps(
            [values.sport, values.position, values.level, values.basis, values.citation],
            values.matchesPerWeek,
            ['sport', 'position', 'level', 'basis', 'citation', 'matchesPerWeek'].map((key) =>
              errorsAt(form, key),
            ),
            origin,
          )}
          render={() => (
            <Fieldset legend="Sport and where the numbers come from">
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
                <TextInput label="Sport" maxLength={60} {...form.getInputProps('sport')} />
                <TextInput
                  label="Position"
                  placeholder="All positions"
                  maxLength={60}
                  {...form.getInputProps('position')}
                />
                <Select
                  label="Level"
                  data={options(athleteLevels, levelLabels)}
                  allowDeselect={false}
                  {...form.getInputProps('level')}
                />
                <Select
                  label="Basis of the demand"
                  description="The athlete's own matches beat a template"
                  data={options(demandBasisKinds, basisKindLabels)}
                  allowDeselect={false}
                  {...form.getInputProps('basis')}
                />
              </SimpleGrid>
              <Grid gap="sm" mt="xs">
                <Grid.Col span={{ base: 12, md: 6 }}>
                  <TextInput
                    label="Citation"
                    description={
                      origin ? `Started from ${origin}` : 'Where the profile as a whole comes from'
                    }
                    maxLength={300}
                    {...form.getInputProps('citation')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 4, md: 2 }}>
                  <NumberInput
                    label="Matches per week"
                    description={
                      kind === 'athlete' ? 'Sprinters: speed sessions' : 'Or speed sessions'
                    }
                    placeholder="Enter"
                    allowNegative={false}
                    decimalScale={1}
                    hideControls
                    {...form.getInputProps('matchesPerWeek.value')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 8, md: 4 }}>
                  <TextInput
                    label="Matches per week, source"
                    description="e.g. the fixture list"
                    maxLength={200}
                    {...form.getInputProps('matchesPerWeek.source')}
                  />
                </Grid.Col>
              </Grid>
            </Fieldset>
          )}
        />

        {kind === 'athlete' && (
          <Fieldset legend="What the athlete fears or has not tried">
            <Text size="sm" mb="xs">
              Ask the athlete. Feared and untested demands are circled in the gap analysis and the
              handover PDF.
            </Text>
            <Group gap="lg" mb="sm" aria-live="polite">
              <Text size="sm">
                <Text span c="red.7" fw={600}>
                  Feared:
                </Text>{' '}
                {names(feared)}
              </Text>
              <Text size="sm">
                <Text span c="orange.8" fw={600}>
                  Untested:
                </Text>{' '}
                {names(untested)}
              </Text>
            </Group>
            <Slice
              deps={deps(flags)}
              render={() => <FlagsPanel flags={flags} onChange={setFlag} />}
            />
          </Fieldset>
        )}

        <Fieldset legend="Match demands">
          <Group justify="space-between" mb="xs" gap="xs">
            <Text size="sm" c="dimmed">
              Speeds in {speedUnit} (change in Settings). Numbers from different devices or
              thresholds are not comparable: keep the threshold with each value.
            </Text>
            {missing > 0 && (
              <Badge color="yellow" variant="light">
                {missing} to enter from club data
              </Badge>
            )}
          </Group>
          <Box style={{ overflowX: 'auto' }}>
            <MatchDemandsTable
              {...context}
              values={values}
              flags={kind === 'athlete' ? flags : null}
            />
          </Box>
        </Fieldset>

        <Fieldset legend="Thresholds">
          <ThresholdsTable {...context} values={values} />
        </Fieldset>

        <Fieldset legend="Ladders: cutting, contact, chaos, kicking">
          <LaddersTable {...context} values={values} flags={kind === 'athlete' ? flags : null} />
        </Fieldset>

        <Slice
          deps={deps(values.notes, errorsAt(form, 'notes'))}
          render={() => (
            <Textarea
              label="Notes"
              autosize
              minRows={2}
              maxRows={6}
              maxLength={1000}
              {...form.getInputProps('notes')}
            />
          )}
        />

        <Group
          justify="space-between"
          py="sm"
          px="md"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <Group gap="xs">
            {invalidCount > 0 ? (
              <Alert
                variant="transparent"
                color="red"
                p={0}
                icon={<IconAlertTriangle size={16} />}
                title={`${invalidCount} ${invalidCount === 1 ? 'value needs' : 'values need'} attention before saving`}
              />
            ) : unsaved ? (
              <Alert
                variant="transparent"
                color="indigo"
                p={0}
                icon={<IconInfoCircle size={16} />}
                title="Not saved yet: check the values against your own data, then save"
              />
            ) : (
              <Text size="sm" c="dimmed">
                {dirty ? 'Unsaved changes' : 'All changes saved'}
              </Text>
            )}
          </Group>
          <Group gap="xs">
            {onDiscard && dirty && (
              <Button variant="default" onClick={onDiscard}>
                Discard changes
              </Button>
            )}
            <Button type="submit" loading={form.submitting} disabled={!dirty}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
