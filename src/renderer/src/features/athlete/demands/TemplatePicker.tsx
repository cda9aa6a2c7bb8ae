import { Button, Group, Select, Stack, Text } from '@mantine/core'
import { IconTemplate } from '@tabler/icons-react'
import { useState } from 'react'
import type { ClubTemplate } from '@shared/ipc/contracts/templates'
import { athleteLevels, type AthleteLevel } from '@shared/schemas/classification'
import { findTemplate, sportTemplates } from '@shared/templates'
import { options } from '../injury/labels'
import { levelLabels } from './labels'
import { CLUB_PREFIX, type TemplateChoice } from './templates'

interface Props {
  clubTemplates: readonly ClubTemplate[]
  /** Preselect the sport of the profile being replaced, if it came from a template. */
  initialTemplateId: string | null
  replacing: boolean
  onApply: (choice: TemplateChoice, level: AthleteLevel) => void
}

function initialChoice(templateId: string | null): string | null {
  if (templateId === null) return null
  if (templateId.startsWith(CLUB_PREFIX)) return `club:${templateId.slice(CLUB_PREFIX.length)}`
  const sport = templateId.split('/')[0] ?? ''
  return findTemplate(sport) ? `builtin:${sport}` : null
}

/** Sport, position and level from the built-in templates or the club's own. */
export function TemplatePicker({ clubTemplates, initialTemplateId, replacing, onApply }: Props) {
  const [choice, setChoice] = useState<string | null>(() => initialChoice(initialTemplateId))
  const [positionId, setPositionId] = useState<string | null>(
    () => initialTemplateId?.split('/')[1] ?? null,
  )
  const [level, setLevel] = useState<AthleteLevel | null>(null)

  const builtin = choice?.startsWith('builtin:') ? findTemplate(choice.slice(8)) : null
  const club = choice?.startsWith('club:')
    ? (clubTemplates.find((t) => t.id === choice.slice(5)) ?? null)
    : null
  const position = builtin
    ? (builtin.positions.find((p) => p.id === positionId) ??
      (builtin.positions.length === 1 ? builtin.positions[0]! : null))
    : null
  const templateLevel = builtin?.level ?? club?.profile.level ?? null
  const chosenLevel = level ?? templateLevel
  const ready = chosenLevel !== null && (club !== null || position !== null)

  const describe = builtin
    ? [builtin.citation, ...builtin.notes, position?.notes ?? null]
        .filter((n): n is string => n !== null)
        .join(' · ')
    : club
      ? [club.profile.citation, club.profile.notes].filter(Boolean).join(' · ')
      : 'Built-in templates hold published match demands with their sources; club templates are your own copies.'

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Sport template"
          placeholder="Choose a sport"
          w={260}
          searchable
          data={[
            {
              group: 'Built-in',
              items: sportTemplates.map((t) => ({
                value: `builtin:${t.id}`,
                label: `${t.sport} · ${levelLabels[t.level]}`,
              })),
            },
            {
              group: 'Your club',
              items: clubTemplates.map((t) => ({ value: `club:${t.id}`, label: t.name })),
            },
          ]}
          value={choice}
          onChange={(value) => {
            setChoice(value)
            setPositionId(null)
            setLevel(null)
          }}
        />
        <Select
          label="Position"
          placeholder={club ? (club.profile.position ?? 'As in the template') : 'Choose a position'}
          w={220}
          disabled={builtin === null}
          data={builtin?.positions.map((p) => ({ value: p.id, label: p.name })) ?? []}
          value={position?.id ?? null}
          onChange={setPositionId}
          allowDeselect={false}
        />
        <Select
          label="Level"
          w={140}
          disabled={templateLevel === null}
          data={options(athleteLevels, levelLabels)}
          value={chosenLevel}
          onChange={(value) => setLevel(value as AthleteLevel)}
          allowDeselect={false}
        />
        <Button
          leftSection={<IconTemplate size={16} />}
          disabled={!ready}
          onClick={() => {
            if (!ready) return
            if (club) onApply({ kind: 'club', template: club }, chosenLevel)
            else if (builtin && position)
              onApply(
                { kind: 'builtin', templateId: builtin.id, positionId: position.id },
                chosenLevel,
              )
          }}
        >
          {replacing ? 'Replace with template…' : 'Apply template'}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" maw={900}>
        {describe}
      </Text>
      {templateLevel !== null && chosenLevel !== templateLevel && (
        <Text size="xs" c="orange.8">
          The template&apos;s numbers come from {levelLabels[templateLevel].toLowerCase()} players;
          a note asks you to adjust them from club data.
        </Text>
      )}
    </Stack>
  )
}
