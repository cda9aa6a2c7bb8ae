import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { dateOrderLabels, type DateOrder } from '@shared/import/dates'
import type { RosterImportPreview, RosterImportRow } from '@shared/schemas/roster-import'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useRosterImportCommit, useRosterImportPreview } from './api'

type Preview = Extract<RosterImportPreview, { status: 'preview' }>

const statusBadge: Record<RosterImportRow['status'], { color: string; label: string }> = {
  new: { color: 'teal', label: 'New' },
  existing: { color: 'gray', label: 'Already in squad' },
  error: { color: 'red', label: 'Fix' },
}

function Cell({ value, error }: { value: string | null; error: string | undefined }) {
  return (
    <Table.Td>
      <Text size="sm" c={error ? 'red' : value ? undefined : 'dimmed'}>
        {value ?? '—'}
      </Text>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Table.Td>
  )
}

export function RosterImportModal({
  opened,
  onClose,
  squad,
}: {
  opened: boolean
  onClose: () => void
  squad: { id: string; name: string }
}) {
  const [preview, setPreview] = useState<Preview | null>(null)
  const read = useRosterImportPreview()
  const commit = useRosterImportCommit()

  const close = () => {
    setPreview(null)
    onClose()
  }

  const chooseFile = () =>
    read.mutate(
      { squadId: squad.id },
      {
        onSuccess: (result) => setPreview(result.status === 'preview' ? result : null),
        onError: (error) => notifyError('The file could not be read', error),
      },
    )

  const setDateOrder = (order: DateOrder) =>
    preview &&
    read.mutate(
      { squadId: squad.id, token: preview.token, dateOrder: order },
      {
        onSuccess: (result) => result.status === 'preview' && setPreview(result),
        onError: (error) => notifyError('The file could not be read again', error),
      },
    )

  const importRows = () =>
    preview &&
    commit.mutate(preview.token, {
      onSuccess: (result) => {
        const skipped =
          result.skipped > 0
            ? ` (${result.skipped} already in the squad were left as they are)`
            : ''
        notifySuccess(
          `Imported ${result.imported} athlete${result.imported === 1 ? '' : 's'} into ${squad.name}${skipped}`,
        )
        close()
      },
      onError: (error) => notifyError('Nothing was imported', error),
    })

  const blocked =
    !preview ||
    preview.fileErrors.length > 0 ||
    preview.counts.error > 0 ||
    preview.dateOrder.needsChoice ||
    preview.counts.new === 0

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={`Import roster into ${squad.name}`}
      size="xl"
      centered
    >
      <Stack>
        {!preview && (
          <>
            <Text size="sm">
              Choose a CSV file with one athlete per row. RTS Bridge reads the columns <b>Name</b>{' '}
              (or First name and Last name), <b>Position</b>, <b>Date of birth</b> and{' '}
              <b>Dominant leg</b>; other columns are ignored. You will see every row before anything
              is saved, and nothing is saved unless every row is right.
            </Text>
            <Group>
              <Button
                leftSection={<IconFileImport size={16} />}
                onClick={chooseFile}
                loading={read.isPending}
              >
                Choose CSV file…
              </Button>
            </Group>
          </>
        )}

        {preview && (
          <>
            <Group justify="space-between">
              <Text fw={600}>{preview.fileName}</Text>
              <Group gap="xs">
                <Badge color="teal" variant="light">
                  {preview.counts.new} new
                </Badge>
                <Badge color="gray" variant="light">
                  {preview.counts.existing} already in squad
                </Badge>
                <Badge color="red" variant={preview.counts.error > 0 ? 'filled' : 'light'}>
                  {preview.counts.error} to fix
                </Badge>
              </Group>
            </Group>

            {preview.fileErrors.length > 0 && (
              <Alert color="red" icon={<IconAlertTriangle />} title="This file cannot be imported">
                <List size="sm">
                  {preview.fileErrors.map((message) => (
                    <List.Item key={message}>{message}</List.Item>
                  ))}
                </List>
              </Alert>
            )}

            {(preview.dateOrder.needsChoice || preview.dateOrder.used !== null) && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  How are dates written in this file?
                </Text>
                {preview.dateOrder.needsChoice && (
                  <Text size="xs" c="dimmed">
                    Every date could be read either way (03/04 is 3 April or 4 March), so please
                    choose.
                  </Text>
                )}
                <SegmentedControl
                  value={preview.dateOrder.used ?? ''}
                  onChange={(value) => setDateOrder(value as DateOrder)}
                  data={(Object.keys(dateOrderLabels) as DateOrder[]).map((order) => ({
                    value: order,
                    label: dateOrderLabels[order],
                  }))}
                  disabled={
                    !preview.dateOrder.needsChoice &&
                    preview.dateOrder.used !== null &&
                    read.isPending
                  }
                />
              </Stack>
            )}

            {preview.rows.length > 0 && (
              <ScrollArea.Autosize mah={380}>
                <Table striped stickyHeader aria-label="Rows to import" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={56}>Line</Table.Th>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Position</Table.Th>
                      <Table.Th>Date of birth</Table.Th>
                      <Table.Th>Dominant leg</Table.Th>
                      <Table.Th w={130}>Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.rows.map((row) => (
                      <Table.Tr key={row.line}>
                        <Table.Td>{row.line}</Table.Td>
                        <Cell value={row.name || null} error={row.errors['name']} />
                        <Cell value={row.position} error={row.errors['position']} />
                        <Cell value={row.dateOfBirth} error={row.errors['dateOfBirth']} />
                        <Cell value={row.dominantLeg} error={row.errors['dominantLeg']} />
                        <Table.Td>
                          <Badge color={statusBadge[row.status].color} variant="light">
                            {statusBadge[row.status].label}
                          </Badge>
                          {row.errors['_row'] && (
                            <Text size="xs" c="red">
                              {row.errors['_row']}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}

            {preview.counts.error > 0 && (
              <Text size="sm" c="red">
                Nothing will be imported until the rows marked “Fix” are corrected. Edit the file,
                save it, and choose it again.
              </Text>
            )}

            <Group justify="space-between">
              <Button variant="default" onClick={chooseFile} loading={read.isPending}>
                Choose another file…
              </Button>
              <Group>
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button onClick={importRows} disabled={blocked} loading={commit.isPending}>
                  Import {preview.counts.new} athlete{preview.counts.new === 1 ? '' : 's'}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  )
}
