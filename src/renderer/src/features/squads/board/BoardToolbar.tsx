import { Group, MultiSelect, Select, Switch, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { availabilities, availabilityLabels, type Availability } from '@shared/schemas/athlete'
import { phaseIds, type PhaseId } from '@shared/schemas/scales'
import type { BoardFilter } from './model'

interface Props {
  filter: BoardFilter
  onChange: (filter: BoardFilter) => void
  positions: readonly string[]
  shown: number
  total: number
  showArchived: boolean
  onShowArchived: (show: boolean) => void
}

const phaseOptions = [
  ...phaseIds.map((p) => ({ value: p, label: `Phase ${p.slice(1)}` })),
  { value: 'none', label: 'No open injury' },
]

export function BoardToolbar({
  filter,
  onChange,
  positions,
  shown,
  total,
  showArchived,
  onShowArchived,
}: Props) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label="Search athletes"
          placeholder="Search name or position"
          leftSection={<IconSearch size={16} />}
          value={filter.search}
          onChange={(event) => onChange({ ...filter, search: event.currentTarget.value })}
          w={240}
        />
        <MultiSelect
          aria-label="Filter by status"
          placeholder={filter.availability.length ? undefined : 'Any status'}
          data={availabilities.map((value) => ({ value, label: availabilityLabels[value] }))}
          value={filter.availability}
          onChange={(values) => onChange({ ...filter, availability: values as Availability[] })}
          clearable
          w={220}
        />
        <MultiSelect
          aria-label="Filter by phase"
          placeholder={filter.phases.length ? undefined : 'Any phase'}
          data={phaseOptions}
          value={filter.phases}
          onChange={(values) => onChange({ ...filter, phases: values as (PhaseId | 'none')[] })}
          clearable
          w={220}
        />
        <Select
          aria-label="Filter by position"
          placeholder="Any position"
          data={positions as string[]}
          value={filter.position}
          onChange={(position) => onChange({ ...filter, position })}
          clearable
          searchable
          w={180}
        />
      </Group>
      <Group gap="md">
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown === total ? `${total} athletes` : `${shown} of ${total} athletes`}
        </Text>
        <Switch
          label="Show archived"
          checked={showArchived}
          onChange={(e) => onShowArchived(e.currentTarget.checked)}
        />
      </Group>
    </Group>
  )
}
