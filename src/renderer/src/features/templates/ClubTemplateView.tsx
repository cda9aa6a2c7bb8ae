import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useLocation } from 'wouter'
import type { SpeedUnit } from '@shared/domain/units'
import type { ClubTemplate } from '@shared/ipc/contracts/templates'
import { notifyError, notifySuccess } from '../../lib/notify'
import { DemandEditor } from '../athlete/demands/DemandEditor'
import { describeOrigin } from '../athlete/demands/templates'
import { useRemoveClubTemplate, useUpdateClubTemplate } from './api'
import { TemplateNameModal } from './TemplateNameModal'

/** One of the club's templates: rename, delete, and edit with the athlete's demand editor. */
export function ClubTemplateView({
  template,
  speedUnit,
}: {
  template: ClubTemplate
  speedUnit: SpeedUnit
}) {
  const update = useUpdateClubTemplate()
  const remove = useRemoveClubTemplate()
  const [renaming, setRenaming] = useState(false)
  const [version, setVersion] = useState(0)
  const [, navigate] = useLocation()
  const origin = describeOrigin(template.basedOn, [])

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: `Delete “${template.name}”?`,
      children: (
        <Text size="sm">
          The template leaves the picker. Athletes whose demands started from it keep their own copy
          of the numbers.
        </Text>
      ),
      labels: { confirm: 'Delete template', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: template.id },
          {
            onSuccess: () => {
              notifySuccess('Club template deleted')
              navigate('/settings/templates')
            },
            onError: (error) => notifyError('The template was not deleted', error),
          },
        ),
    })

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={3}>{template.name}</Title>
            <Badge variant="light">Club template</Badge>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {origin ? `Copied from ${origin}. ` : ''}Appears in every athlete&apos;s template
            picker.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => setRenaming(true)}
          >
            Rename…
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={confirmDelete}
          >
            Delete…
          </Button>
        </Group>
      </Group>

      <DemandEditor
        key={`${template.id}-${version}`}
        profile={template.profile}
        speedUnit={speedUnit}
        kind="template"
        submitLabel="Save template"
        ariaLabel="Club template"
        failureTitle="The template was not saved"
        onSubmit={async (profile) => {
          await update.mutateAsync({ id: template.id, name: template.name, profile })
          notifySuccess('Template saved')
        }}
        onDiscard={() => setVersion((v) => v + 1)}
      />

      <TemplateNameModal
        opened={renaming}
        title="Rename the club template"
        description="Athletes keep their own copy of the numbers; only the name in the picker changes."
        initialName={template.name}
        submitLabel="Rename"
        onClose={() => setRenaming(false)}
        onSubmit={async (name) => {
          await update.mutateAsync({ id: template.id, name, profile: template.profile })
          setRenaming(false)
          notifySuccess('Template renamed')
        }}
      />
    </Stack>
  )
}
