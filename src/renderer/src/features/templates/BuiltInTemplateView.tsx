import { Badge, Button, Group, List, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconCopy } from '@tabler/icons-react'
import { useState } from 'react'
import { useLocation } from 'wouter'
import type { SpeedUnit } from '@shared/domain/units'
import { demandProfileFromTemplate, type SportTemplate } from '@shared/templates'
import { notifySuccess } from '../../lib/notify'
import { levelLabels } from '../athlete/demands/labels'
import { useCreateClubTemplate } from './api'
import { DemandSummary } from './DemandSummary'
import { TemplateNameModal } from './TemplateNameModal'

/** A built-in template as published: read-only, with its citation, notes and every source. */
export function BuiltInTemplateView({
  template,
  speedUnit,
}: {
  template: SportTemplate
  speedUnit: SpeedUnit
}) {
  const [positionId, setPositionId] = useState(template.positions[0]!.id)
  const [copying, setCopying] = useState(false)
  const create = useCreateClubTemplate()
  const [, navigate] = useLocation()
  const position = template.positions.find((p) => p.id === positionId) ?? template.positions[0]!
  const profile = demandProfileFromTemplate(template.id, position.id)
  const positionLabel = position.id === 'all' ? '' : ` · ${position.name}`

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={3}>{template.sport}</Title>
            <Badge variant="light" color="gray">
              {levelLabels[template.level]}
            </Badge>
            <Badge variant="outline" color="gray">
              Built-in, read-only
            </Badge>
          </Group>
          <Text size="sm" mt={4}>
            <Text span c="dimmed">
              Citation:{' '}
            </Text>
            {template.citation}
          </Text>
        </div>
        <Button leftSection={<IconCopy size={16} />} onClick={() => setCopying(true)}>
          Copy to a club template…
        </Button>
      </Group>

      {template.notes.length > 0 && (
        <List size="sm" spacing={2}>
          {template.notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      )}

      {template.positions.length > 1 && (
        <SegmentedControl
          aria-label="Position"
          data={template.positions.map((p) => ({ value: p.id, label: p.name }))}
          value={position.id}
          onChange={setPositionId}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {position.notes && (
        <Text size="sm" c="dimmed">
          {position.name}: {position.notes}
        </Text>
      )}

      <DemandSummary profile={profile} speedUnit={speedUnit} />

      <TemplateNameModal
        opened={copying}
        title="Copy to a club template"
        description="The copy keeps every number with its source. Edit it to your own data; it then appears in each athlete's template picker."
        initialName={`${template.sport}${positionLabel} (club)`}
        submitLabel="Create club template"
        onClose={() => setCopying(false)}
        onSubmit={async (name) => {
          const created = await create.mutateAsync({
            name,
            basedOn: `${template.id}/${position.id}`,
            profile,
          })
          setCopying(false)
          notifySuccess('Club template created')
          navigate(`/settings/templates/club/${created.id}`)
        }}
      />
    </Stack>
  )
}
