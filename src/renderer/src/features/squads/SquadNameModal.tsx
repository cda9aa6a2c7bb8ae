import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { squadCreateSchema, type Squad } from '@shared/schemas/squad'
import { fieldErrors } from '../../lib/ipc'
import { notifyError } from '../../lib/notify'
import { useZodForm } from '../../lib/use-zod-form'
import { useCreateSquad, useRenameSquad } from './api'

interface Props {
  opened: boolean
  onClose: () => void
  /** The squad to rename; a new squad is created when absent. */
  squad?: Squad
  onSaved?: (squad: Squad) => void
}

export function SquadNameModal({ opened, onClose, squad, onSaved }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={squad ? 'Rename squad' : 'New squad'} centered>
      {opened && <SquadNameForm squad={squad} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  )
}

function SquadNameForm({ squad, onClose, onSaved }: Omit<Props, 'opened'>) {
  const form = useZodForm<{ name: string }>(squadCreateSchema, {
    initialValues: { name: squad?.name ?? '' },
  })
  const create = useCreateSquad()
  const rename = useRenameSquad()
  const saving = create.isPending || rename.isPending

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = squad
        ? await rename.mutateAsync({ id: squad.id, name: values.name })
        : await create.mutateAsync({ name: values.name })
      onSaved?.(saved)
      onClose()
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields) form.setErrors(fields)
      else notifyError('The squad was not saved', error)
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Squad name"
          placeholder="e.g. First team, U21"
          data-autofocus
          required
          maxLength={80}
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {squad ? 'Save name' : 'Create squad'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
