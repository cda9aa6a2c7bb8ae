import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import {
  athleteFieldsSchema,
  dominantLegLabels,
  dominantLegs,
  type Athlete,
  type DominantLeg,
} from '@shared/schemas/athlete'
import { fieldErrors } from '../../lib/ipc'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useZodForm } from '../../lib/use-zod-form'
import { useCreateAthlete, useUpdateAthlete } from './api'

interface FormValues extends Record<string, unknown> {
  name: string
  position: string
  dateOfBirth: string
  dominantLeg: DominantLeg | ''
}

/** The roster fields the form edits. */
export type EditableAthlete = Pick<
  Athlete,
  'id' | 'name' | 'position' | 'dateOfBirth' | 'dominantLeg'
>

interface Props {
  opened: boolean
  onClose: () => void
  squadId: string
  /** The athlete to edit; a new athlete is added when absent. */
  athlete?: EditableAthlete | undefined
}

export function AthleteFormModal({ opened, onClose, squadId, athlete }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={athlete ? `Edit ${athlete.name}` : 'Add athlete'}
      size="lg"
      centered
    >
      {opened && <AthleteForm squadId={squadId} athlete={athlete} onClose={onClose} />}
    </Modal>
  )
}

const legOptions = dominantLegs.map((leg) => ({ value: leg, label: dominantLegLabels[leg] }))

function AthleteForm({ squadId, athlete, onClose }: Omit<Props, 'opened'>) {
  const form = useZodForm<FormValues>(athleteFieldsSchema, {
    initialValues: {
      name: athlete?.name ?? '',
      position: athlete?.position ?? '',
      dateOfBirth: athlete?.dateOfBirth ?? '',
      dominantLeg: athlete?.dominantLeg ?? '',
    },
  })
  const create = useCreateAthlete()
  const update = useUpdateAthlete()

  const submit = form.onSubmit(async (values) => {
    const fields = {
      name: values.name,
      position: values.position,
      dateOfBirth: values.dateOfBirth,
      dominantLeg: values.dominantLeg as DominantLeg,
    }
    try {
      const saved = athlete
        ? await update.mutateAsync({ id: athlete.id, ...fields })
        : await create.mutateAsync({ squadId, ...fields })
      notifySuccess(athlete ? `Saved ${saved.name}` : `Added ${saved.name} to the squad`)
      onClose()
    } catch (error) {
      const messages = fieldErrors(error)
      if (messages) form.setErrors(messages)
      else notifyError('The athlete was not saved', error)
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-label={athlete ? 'Edit athlete' : 'Add athlete'}>
      <Stack>
        <TextInput
          label="Name"
          placeholder="First and last name"
          required
          data-autofocus
          maxLength={120}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Position"
            placeholder="e.g. Winger, Full-back"
            maxLength={60}
            {...form.getInputProps('position')}
          />
          <TextInput
            label="Date of birth"
            placeholder="YYYY-MM-DD"
            description="Optional. Age is one of the re-injury risk factors."
            maxLength={10}
            inputMode="numeric"
            {...form.getInputProps('dateOfBirth')}
          />
        </SimpleGrid>
        <Select
          label="Dominant leg"
          placeholder="Choose"
          required
          data={legOptions}
          allowDeselect={false}
          {...form.getInputProps('dominantLeg')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {athlete ? 'Save changes' : 'Add athlete'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
