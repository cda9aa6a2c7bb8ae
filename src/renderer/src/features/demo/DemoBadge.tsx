import { Badge } from '@mantine/core'
import type { Squad } from '@shared/schemas/squad'

/** Marks a demo squad wherever its name shows, so fictional athletes are never taken for real. */
export function DemoBadge({ squad }: { squad: Pick<Squad, 'demo'> }) {
  if (!squad.demo) return null
  return (
    <Badge color="grape" variant="light" radius="sm">
      Demo · fictional athletes
    </Badge>
  )
}
