import { Button, Group, Text } from '@mantine/core'
import { IconTemplate } from '@tabler/icons-react'
import { Link } from 'wouter'
import { sportTemplates } from '@shared/templates'
import { useClubTemplates } from './api'

/** The Settings entry for sport templates: what there is, and the way in. */
export function SportTemplatesSummary() {
  const club = useClubTemplates()
  const clubCount = club.data?.length ?? 0
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap" gap="lg">
      <Text size="sm">
        {sportTemplates.length} built-in templates with published match demands and their sources
        {club.isSuccess
          ? clubCount === 0
            ? ', and no club templates yet.'
            : `, and ${clubCount} club ${clubCount === 1 ? 'template' : 'templates'} of your own.`
          : '.'}{' '}
        Copy a built-in template to fit your own GPS data; club templates appear in each
        athlete&apos;s template picker.
      </Text>
      <Button
        component={Link}
        href="/settings/templates"
        variant="light"
        leftSection={<IconTemplate size={16} />}
        style={{ flexShrink: 0 }}
      >
        Open sport templates
      </Button>
    </Group>
  )
}
