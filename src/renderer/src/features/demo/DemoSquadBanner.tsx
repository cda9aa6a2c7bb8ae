import { Button, Group, Paper, Text, ThemeIcon } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconFlask, IconTrash } from '@tabler/icons-react'
import type { Squad } from '@shared/schemas/squad'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useRemoveDemoSquad } from './api'
import { DemoBadge } from './DemoBadge'

/**
 * Above a demo squad: what it is, and a way to remove it. Removal erases every demo athlete
 * the same way a real athlete is erased, so it asks first.
 */
export function DemoSquadBanner({ squad, onRemoved }: { squad: Squad; onRemoved: () => void }) {
  const remove = useRemoveDemoSquad()
  if (!squad.demo) return null

  const confirmRemove = () =>
    modals.openConfirmModal({
      title: 'Remove the demo squad?',
      children: (
        <Text size="sm">
          Every fictional athlete of {squad.name} and everything logged for them is erased. Your own
          squads and athletes are not touched.
        </Text>
      ),
      labels: { confirm: 'Remove demo squad', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(undefined, {
          onSuccess: (result) => {
            notifySuccess(`Demo squad removed (${result.athletes} fictional athletes)`)
            onRemoved()
          },
          onError: (error) => notifyError('The demo squad was not removed', error),
        }),
    })

  return (
    <Paper
      component="section"
      aria-label="Demo squad"
      radius="lg"
      p="md"
      bg="var(--mantine-color-grape-light)"
    >
      <Group justify="space-between" align="center" wrap="nowrap" gap="lg">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <ThemeIcon color="grape" variant="light" size="lg" radius="md">
            <IconFlask size={20} />
          </ThemeIcon>
          <div>
            <Group gap="xs" mb={4}>
              <Text fw={600}>{squad.name}</Text>
              <DemoBadge squad={squad} />
            </Group>
            <Text size="sm">
              These athletes are invented to show how the app works: injured athletes at different
              phases with six weeks of sessions, morning checks and tests. Look around, edit, print;
              nothing here is real. Remove the squad when you are ready to add your own.
            </Text>
          </div>
        </Group>
        <Button
          variant="default"
          leftSection={<IconTrash size={16} />}
          loading={remove.isPending}
          onClick={confirmRemove}
          style={{ flexShrink: 0 }}
        >
          Remove demo squad
        </Button>
      </Group>
    </Paper>
  )
}
