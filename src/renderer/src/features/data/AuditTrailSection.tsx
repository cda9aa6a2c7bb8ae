import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core'
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react'
import type { AuditRowView } from '@shared/schemas/audit'
import { notifyError } from '../../lib/notify'
import { useAuditTrail, useVerifyAudit } from './api'
import { describeAction, formatInstant } from './format'

function recordLabel(row: AuditRowView): string {
  if (row.athleteId) return row.athleteName ?? 'Erased athlete'
  if (row.entityType === 'backup' && row.entityId) return row.entityId
  if (row.entityType === 'settings') return `Settings: ${row.entityId ?? ''}`.trim()
  return row.entityType === 'database' ? 'All data' : row.entityType
}

function detailLabel(row: AuditRowView) {
  if (!row.hasDetail) return <Text c="dimmed">—</Text>
  if (row.detailErased) {
    return (
      <Badge variant="light" color="gray">
        Erased with the athlete
      </Badge>
    )
  }
  return <Text size="sm">Kept</Text>
}

/**
 * The audit trail, read-only: every change, override, sign-off, export, erasure, backup and
 * restore, newest first, with a check of its hash chain. It can only be read here.
 */
export function AuditTrailSection() {
  const trail = useAuditTrail()
  const verify = useVerifyAudit()
  const rows = trail.data?.pages.flatMap((page) => page.rows) ?? []
  const total = trail.data?.pages[0]?.total ?? 0
  return (
    <Stack gap="md">
      <Text size="sm">
        Every change to the records is written here, with who made it and when. Entries cannot be
        edited or deleted, and each one is chained to the one before, so a change made outside RTS
        Bridge shows up when you verify the trail.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={16} />}
          loading={verify.isPending}
          onClick={() =>
            verify.mutate(undefined, { onError: (e) => notifyError('Not verified', e) })
          }
        >
          Verify the trail
        </Button>
        <Text size="sm" c="dimmed">
          {total} entries
        </Text>
      </Group>
      {verify.data &&
        (verify.data.ok ? (
          <Alert color="teal" icon={<IconShieldCheck />} title="The trail is intact">
            All {verify.data.entries} entries check out
            {verify.data.erasedDetails > 0 &&
              `; the details of ${verify.data.erasedDetails} were erased with their athletes`}
            .
          </Alert>
        ) : (
          <Alert
            color="red"
            icon={<IconShieldX />}
            title="The trail was changed outside RTS Bridge"
          >
            Entry {verify.data.brokenAt}: {verify.data.reason}. Keep this file for investigation and
            compare it with a backup.
          </Alert>
        ))}
      {trail.isPending ? (
        <Loader size="sm" />
      ) : trail.isError ? (
        <Text c="red">{trail.error.message}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Audit trail">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Record</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{formatInstant(row.at)}</Table.Td>
                  <Table.Td>{row.actor}</Table.Td>
                  <Table.Td>{describeAction(row.action)}</Table.Td>
                  <Table.Td>{recordLabel(row)}</Table.Td>
                  <Table.Td>{detailLabel(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {trail.hasNextPage && (
        <Group>
          <Button
            variant="subtle"
            onClick={() => void trail.fetchNextPage()}
            loading={trail.isFetchingNextPage}
          >
            Show older entries
          </Button>
        </Group>
      )}
    </Stack>
  )
}
