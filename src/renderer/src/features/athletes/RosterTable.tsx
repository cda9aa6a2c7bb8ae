import { ActionIcon, Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core'
import { Link } from 'wouter'
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react'
import { ageInYears, localDay } from '@shared/dates'
import { dominantLegLabels, type Athlete } from '@shared/schemas/athlete'

interface Props {
  athletes: readonly Athlete[]
  onEdit: (athlete: Athlete) => void
  onArchive: (athlete: Athlete, archived: boolean) => void
}

export function RosterTable({ athletes, onEdit, onArchive }: Props) {
  const today = localDay(new Date())
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Roster">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Position</Table.Th>
            <Table.Th>Age</Table.Th>
            <Table.Th>Dominant leg</Table.Th>
            <Table.Th w={96}>
              <Text span size="sm" fw={600} c="dimmed">
                Actions
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {athletes.map((athlete) => {
            const archived = athlete.archivedAt !== null
            return (
              <Table.Tr key={athlete.id} c={archived ? 'dimmed' : undefined}>
                <Table.Td>
                  <Group gap="xs">
                    <Anchor component={Link} href={`/athletes/${athlete.id}`} fw={500} c="inherit">
                      {athlete.name}
                    </Anchor>
                    {archived && (
                      <Badge size="xs" color="gray" variant="light">
                        Archived
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{athlete.position ?? <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>
                  {athlete.dateOfBirth ? (
                    ageInYears(athlete.dateOfBirth, today)
                  ) : (
                    <Text c="dimmed">—</Text>
                  )}
                </Table.Td>
                <Table.Td>{dominantLegLabels[athlete.dominantLeg]}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="Edit" withArrow>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Edit ${athlete.name}`}
                        onClick={() => onEdit(athlete)}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={archived ? 'Restore to roster' : 'Archive'} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${archived ? 'Restore' : 'Archive'} ${athlete.name}`}
                        onClick={() => onArchive(athlete, !archived)}
                      >
                        {archived ? <IconArchiveOff size={18} /> : <IconArchive size={18} />}
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
