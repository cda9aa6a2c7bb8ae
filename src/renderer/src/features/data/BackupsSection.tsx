import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Loader,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { IconAlertTriangle, IconFolderOpen, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import {
  backupKindLabels,
  MAX_BACKUPS_KEPT,
  MIN_BACKUPS_KEPT,
} from '@shared/schemas/backup-settings'
import type { BackupInfo, BackupOverview, RestoreInput } from '@shared/schemas/data-safety'
import { fieldErrors } from '../../lib/ipc'
import { notifyError, notifySuccess } from '../../lib/notify'
import {
  useBackupNow,
  useBackups,
  useChooseBackupFolder,
  useClearBackupFolder,
  useRestore,
  useReveal,
  useUpdateBackupSettings,
} from './api'
import { formatBytes, formatInstant } from './format'

export function BackupsSection() {
  const backups = useBackups()
  if (backups.isPending) return <Loader size="sm" />
  if (backups.isError) return <Text c="red">{backups.error.message}</Text>
  return <BackupsPanel overview={backups.data} />
}

function BackupsPanel({ overview }: { overview: BackupOverview }) {
  const backupNow = useBackupNow()
  const reveal = useReveal()
  const [restoring, setRestoring] = useState<RestoreChoice | null>(null)

  const makeBackup = async () => {
    try {
      const result = await backupNow.mutateAsync()
      notifySuccess(`Backup made: ${formatBytes(result.backup.sizeBytes)}, checked and kept.`)
      if (result.extraFolderProblem)
        notifyError('Extra copy not made', new Error(result.extraFolderProblem))
    } catch (error) {
      notifyError('The backup was not made', error)
    }
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        RTS Bridge backs up your data once a day while it runs, and when you quit after making
        changes. Each backup is checked before it is kept. Backups stay on this computer unless you
        add an extra folder below, such as a USB stick.
      </Text>
      {overview.lastProblem && (
        <Alert color="orange" icon={<IconAlertTriangle />} title="The last backup had a problem">
          {overview.lastProblem}
        </Alert>
      )}
      <Group>
        <Button onClick={makeBackup} loading={backupNow.isPending}>
          Back up now
        </Button>
        <Button
          variant="default"
          leftSection={<IconFolderOpen size={16} />}
          onClick={() => reveal.mutate('backups')}
        >
          Show backups folder
        </Button>
        <Button
          variant="default"
          leftSection={<IconRestore size={16} />}
          onClick={() => setRestoring({ input: { from: 'file' }, label: 'a file you choose' })}
        >
          Restore from a file…
        </Button>
      </Group>
      <KeepCountForm keepCount={overview.settings.keepCount} />
      <ExtraFolder folder={overview.settings.extraFolder} count={overview.extraFolderBackupCount} />
      <BackupTable
        backups={overview.backups}
        onRestore={(backup) =>
          setRestoring({
            input: { from: 'backup', fileName: backup.fileName },
            label: `the backup of ${formatInstant(backup.createdAt)}`,
          })
        }
      />
      <Text size="xs" c="dimmed">
        Backups folder: <Code>{overview.backupsFolder}</Code>
      </Text>
      <RestoreModal choice={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  )
}

function KeepCountForm({ keepCount }: { keepCount: number }) {
  const [value, setValue] = useState<string | number>(keepCount)
  const [error, setError] = useState<string | null>(null)
  const update = useUpdateBackupSettings()
  const save = async () => {
    setError(null)
    try {
      await update.mutateAsync({ keepCount: Number(value) })
      notifySuccess('Backup settings saved')
    } catch (failure) {
      const fields = fieldErrors(failure)
      if (fields?.['keepCount']) setError(fields['keepCount'])
      else notifyError('Backup settings were not saved', failure)
    }
  }
  return (
    <Group align="flex-end">
      <NumberInput
        label="Backups to keep"
        description="Daily, on-quit and manual backups; the oldest are deleted beyond this."
        min={MIN_BACKUPS_KEPT}
        max={MAX_BACKUPS_KEPT}
        allowDecimal={false}
        value={value}
        onChange={setValue}
        error={error}
        w={320}
      />
      <Button
        variant="light"
        onClick={save}
        loading={update.isPending}
        disabled={Number(value) === keepCount}
      >
        Save
      </Button>
    </Group>
  )
}

function ExtraFolder({ folder, count }: { folder: string | null; count: number | null }) {
  const choose = useChooseBackupFolder()
  const clear = useClearBackupFolder()
  const pick = async () => {
    try {
      const result = await choose.mutateAsync()
      if (result.status === 'cancelled') return
      if (result.problem)
        notifyError('The folder was saved, but the copy failed', new Error(result.problem))
      else notifySuccess('Every backup will also be copied to that folder.')
    } catch (error) {
      notifyError('That folder cannot be used', error)
    }
  }
  return (
    <div>
      <Text size="sm" fw={500}>
        Extra backup folder
      </Text>
      <Text size="sm" c="dimmed" mb={6}>
        {folder ? (
          <>
            Each backup is also copied to <Code>{folder}</Code>
            {count !== null && ` (${count} there now)`}.
          </>
        ) : (
          'None. A second place, such as a USB stick or a synced folder, protects against losing this computer.'
        )}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={pick} loading={choose.isPending}>
          {folder ? 'Choose another folder…' : 'Choose a folder…'}
        </Button>
        {folder && (
          <Button
            variant="subtle"
            size="xs"
            color="gray"
            onClick={() => clear.mutate()}
            loading={clear.isPending}
          >
            Stop copying there
          </Button>
        )}
      </Group>
    </div>
  )
}

function BackupTable({
  backups,
  onRestore,
}: {
  backups: BackupInfo[]
  onRestore: (backup: BackupInfo) => void
}) {
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No backups yet. The first one is made within a few minutes, or now with “Back up now”.
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={560} mah={320}>
      <Table striped highlightOnHover aria-label="Backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Made</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th>Data format</Table.Th>
            <Table.Th>Size</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <Table.Tr key={backup.fileName}>
              <Table.Td>{formatInstant(backup.createdAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={backup.kind === 'manual' ? 'indigo' : 'gray'}>
                  {backupKindLabels[backup.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>{backup.schemaVersion}</Table.Td>
              <Table.Td>{formatBytes(backup.sizeBytes)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onRestore(backup)}
                  aria-label={`Restore the backup of ${formatInstant(backup.createdAt)}`}
                >
                  Restore…
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

interface RestoreChoice {
  input: RestoreInput
  label: string
}

function RestoreModal({ choice, onClose }: { choice: RestoreChoice | null; onClose: () => void }) {
  const restore = useRestore()
  const run = async () => {
    if (!choice) return
    try {
      const result = await restore.mutateAsync(choice.input)
      onClose()
      if (result.status === 'restored') {
        const migrated =
          result.migratedFrom !== null ? ' It was brought up to this version’s data format.' : ''
        notifySuccess(
          `Restored from ${result.source}.${migrated} The data it replaced was kept as a “Before restore” backup.`,
        )
      }
    } catch (error) {
      notifyError('Nothing was restored', error)
    }
  }
  return (
    <Modal opened={choice !== null} onClose={onClose} title="Restore your data?" centered>
      <Stack>
        <Text size="sm">
          RTS Bridge will replace all its data with {choice?.label}. It checks the file first and
          changes nothing if the file is damaged or not an RTS Bridge backup.
        </Text>
        <Text size="sm">
          Your current data is saved as a “Before restore” backup first, so you can go back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={run} loading={restore.isPending}>
            Restore
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
