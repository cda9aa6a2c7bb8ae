import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { CLUB_DATA } from '@shared/templates'
import { DemandValueRow } from './DemandValueRow'
import { FlagMarks, type Flags } from './FlagsPanel'
import type { DemandForm, DemandFormValues, EditorContext } from './form'
import { deps, errorsAt, Slice } from './Slice'
import { formatNumber, perMatchRows } from './labels'

const MAX_CONTACT_TYPES = 12

interface Props extends EditorContext {
  values: DemandFormValues
  /** The athlete's flags; templates have none. */
  flags: Flags | null
}

function DemandName({ label, flag }: { label: string; flag: Flags[keyof Flags] | undefined }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <FlagMarks flag={flag} />
    </Group>
  )
}

/**
 * The numbers of one match (or one minute of it): max velocity, running, acc/dec, cuts,
 * contacts (with their types) and volume, each with its unit, threshold and source.
 */
export function MatchDemandsTable({ form, speedUnit, values, flags }: Props) {
  const context = { form, speedUnit }
  const threshold = (key: 'hsrKmh' | 'sprintKmh' | null) => {
    const value = key === null ? '' : values.thresholds[key]
    return value === '' || typeof value.value !== 'number' ? null : value.value
  }

  return (
    <Table
      layout="fixed"
      verticalSpacing={8}
      horizontalSpacing="xs"
      aria-label="Match demands"
      style={{ minWidth: 960 }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>Demand</Table.Th>
          <Table.Th w={300}>Mean ± SD</Table.Th>
          <Table.Th w={116}>Per</Table.Th>
          <Table.Th w={128}>Threshold</Table.Th>
          <Table.Th>Source and note</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Slice
          deps={deps(
            values.vmaxPercentRequired,
            errorsAt(form, 'vmaxPercentRequired'),
            flags?.maxVelocity,
          )}
          render={() => <MaxVelocityRow form={form} flags={flags} />}
        />
        {perMatchRows.map((row) => {
          const accel = row.accelerationThreshold
            ? values.thresholds[row.accelerationThreshold]
            : ''
          const accelValue = accel === '' || typeof accel.value !== 'number' ? null : accel.value
          const path = `perMatch.${row.key}`
          const profileSpeedKmh = threshold(row.profileSpeedThreshold)
          const flag = flags?.[row.dimension]
          return [
            <Slice
              key={row.key}
              deps={deps(
                values.perMatch[row.key],
                errorsAt(form, path),
                speedUnit,
                flag,
                profileSpeedKmh,
                accelValue,
              )}
              render={() => (
                <DemandValueRow
                  {...context}
                  path={path}
                  value={values.perMatch[row.key]}
                  label={row.label}
                  name={<DemandName label={row.label} flag={flag} />}
                  countNoun={row.countNoun}
                  speedThreshold={row.speedThreshold}
                  profileSpeedKmh={profileSpeedKmh}
                  fixedThreshold={
                    row.accelerationThreshold ? (
                      <Text size="sm" mt={4} c={accelValue === null ? 'dimmed' : undefined}>
                        {accelValue === null
                          ? 'Set under thresholds'
                          : `> ${formatNumber(accelValue)} m/s²`}
                      </Text>
                    ) : undefined
                  }
                />
              )}
            />,
            ...(row.key === 'contactCount' ? contactTypeRows({ form, speedUnit, values }) : []),
          ]
        })}
      </Table.Tbody>
    </Table>
  )
}

/** Max velocity: a percentage of the athlete's own maximum, not a distance or a count. */
function MaxVelocityRow({ form, flags }: { form: DemandForm; flags: Flags | null }) {
  return (
    <Table.Tr>
      <Table.Td>
        <DemandName label="Max velocity" flag={flags?.maxVelocity} />
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <NumberInput
            size="xs"
            w={92}
            aria-label="Max velocity required"
            allowNegative={false}
            hideControls
            decimalScale={1}
            {...form.getInputProps('vmaxPercentRequired.value')}
          />
          <Text size="sm" mt={4} style={{ whiteSpace: 'nowrap' }}>
            % of own max velocity
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" mt={4}>
          match
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" mt={4} aria-label="No threshold applies">
          —
        </Text>
      </Table.Td>
      <Table.Td>
        <Textarea
          size="xs"
          aria-label="Max velocity required, source"
          placeholder="Where this number comes from"
          autosize
          minRows={1}
          maxRows={3}
          maxLength={200}
          {...form.getInputProps('vmaxPercentRequired.source')}
        />
      </Table.Td>
    </Table.Tr>
  )
}

/** Contacts by type (tackles, carries, rucks…), under the contact count they break down. */
function contactTypeRows({
  form,
  speedUnit,
  values,
}: EditorContext & { values: DemandFormValues }) {
  const rows = values.contactsByType.map((entry, index) => {
    const label = entry.type === '' ? `Contact type ${index + 1}` : entry.type
    const path = `contactsByType.${index}`
    return (
      <Slice
        key={`contact-${index}`}
        deps={deps(entry, errorsAt(form, path), speedUnit)}
        render={() => (
          <DemandValueRow
            form={form}
            speedUnit={speedUnit}
            path={`contactsByType.${index}.value`}
            value={entry.value}
            label={label}
            name={
              <Group gap={4} wrap="nowrap" pl="md" align="flex-start">
                <TextInput
                  size="xs"
                  aria-label={`Contact type ${index + 1}`}
                  placeholder="e.g. Tackles"
                  maxLength={40}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`contactsByType.${index}.type`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  mt={3}
                  aria-label={`Remove ${label}`}
                  onClick={() => form.removeListItem('contactsByType', index)}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            }
            countNoun={entry.type === '' ? 'count' : entry.type.toLowerCase()}
            speedThreshold={false}
            profileSpeedKmh={null}
          />
        )}
      />
    )
  })
  const full = values.contactsByType.length >= MAX_CONTACT_TYPES
  return [
    ...rows,
    <Table.Tr key="add-contact-type">
      <Table.Td colSpan={5}>
        <Group pl="md">
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPlus size={12} />}
            disabled={full}
            onClick={() =>
              form.insertListItem('contactsByType', {
                type: '',
                value: {
                  mean: '',
                  sd: '',
                  unit: 'count',
                  basis: 'per match',
                  source: CLUB_DATA,
                  thresholdKmh: '',
                  note: '',
                },
              })
            }
          >
            Add a contact type (tackles, carries, rucks…)
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>,
  ]
}
