import { Group, MultiSelect, Select, Switch, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { availabilities, availabilityLabels, type Availability } from '@shared/schemas/athlete'
import { phaseIds, type PhaseId } from '@shared/schemas/scales'
import { memo, useLayoutEffect, useRef, type RefObject } from 'react'
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

const availabilityOptions = availabilities.map((value) => ({
  value,
  label: availabilityLabels[value],
}))

const phaseOptions = [
  ...phaseIds.map((p) => ({ value: p, label: `Phase ${p.slice(1)}` })),
  { value: 'none', label: 'No open injury' },
]

interface SelectsProps {
  availability: Availability[]
  phases: (PhaseId | 'none')[]
  position: string | null
  positions: readonly string[]
  /** The filter and its setter as of the latest render, read when a choice is made. */
  latest: RefObject<Pick<Props, 'filter' | 'onChange'>>
}

// Typing in the search box redraws the toolbar on every keystroke; the three selects (each a
// Mantine combobox with its popover) only when their own value or options change.
const FilterSelects = memo(function FilterSelects({
  availability,
  phases,
  position,
  positions,
  latest,
}: SelectsProps) {
  const change = (part: Partial<BoardFilter>) =>
    latest.current.onChange({ ...latest.current.filter, ...part })
  return (
    <>
      <MultiSelect
        aria-label="Filter by status"
        placeholder={availability.length ? undefined : 'Any status'}
        data={availabilityOptions}
        value={availability}
        onChange={(values) => change({ availability: values as Availability[] })}
        clearable
        w={220}
      />
      <MultiSelect
        aria-label="Filter by phase"
        placeholder={phases.length ? undefined : 'Any phase'}
        data={phaseOptions}
        value={phases}
        onChange={(values) => change({ phases: values as (PhaseId | 'none')[] })}
        clearable
        w={220}
      />
      <Select
        aria-label="Filter by position"
        placeholder="Any position"
        data={positions as string[]}
        value={position}
        onChange={(value) => change({ position: value })}
        clearable
        searchable
        w={180}
      />
    </>
  )
})

export function BoardToolbar({
  filter,
  onChange,
  positions,
  shown,
  total,
  showArchived,
  onShowArchived,
}: Props) {
  const latest = useRef({ filter, onChange })
  useLayoutEffect(() => {
    latest.current = { filter, onChange }
  })
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
        <FilterSelects
          availability={filter.availability}
          phases={filter.phases}
          position={filter.position}
          positions={positions}
          latest={latest}
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
