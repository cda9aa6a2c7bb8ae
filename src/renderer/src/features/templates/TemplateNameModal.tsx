import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { fieldErrors } from '../../lib/ipc'
import { notifyError } from '../../lib/notify'

interface Props {
  opened: boolean
  title: string
  description: string
  initialName: string
  submitLabel: string
  onClose: () => void
  /** Resolves when saved; a rejected name (already taken) shows its message under the field. */
  onSubmit: (name: string) => Promise<unknown>
}

/** Names a club template, for a copy or a rename. Names are unique within the club. */
export function TemplateNameModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      {props.opened && <NameForm {...props} />}
    </Modal>
  )
}

function NameForm({ description, initialName, submitLabel, onClose, onSubmit }: Props) {
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  return (
    <form
      aria-label="Template name"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        if (name.trim() === '') {
          setError('Template name is required')
          return
        }
        setSaving(true)
        try {
          await onSubmit(name)
        } catch (failure) {
          const fields = fieldErrors(failure)
          if (fields?.name) setError(fields.name)
          else notifyError('The template was not saved', failure)
        } finally {
          setSaving(false)
        }
      }}
    >
      <Stack>
        <Text size="sm">{description}</Text>
        <TextInput
          label="Template name"
          data-autofocus
          maxLength={80}
          value={name}
          error={error}
          onChange={(event) => {
            setName(event.currentTarget.value)
            setError(null)
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
