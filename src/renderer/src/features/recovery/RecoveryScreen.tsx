import {
  Alert,
  Button,
  Center,
  Checkbox,
  Code,
  Collapse,
  Divider,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconFolderOpen, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import type { DataStatus, RecoveryReason } from '@shared/schemas/data-safety'
import { errorMessage } from '../../lib/ipc'
import { useBackups, useRestore, useReveal, useStartFresh } from '../data/api'
import { formatBytes, formatInstant } from '../data/format'

type Recovery = Extract<DataStatus, { mode: 'recovery' }>

const headlines: Record<RecoveryReason, string> = {
  missing: 'Your data file is missing',
  corrupt: 'Your data file is damaged',
  not_rts_bridge: 'The data file is not an RTS Bridge file',
  too_new: 'Your data was saved by a newer version of RTS Bridge',
  unreadable: 'Your data file could not be read',
  migration_failed: 'RTS Bridge could not update your data file',
}

/**
 * Shown instead of the app when the data file cannot be opened. Nothing has been changed: the
 * file stays as it is, no empty database was created, and restoring keeps it aside.
 */
export function RecoveryScreen({ status }: { status: Recovery }) {
  const restore = useRestore()
  const reveal = useReveal()
  const [problem, setProblem] = useState<string | null>(null)
  const [showAll, setShowAll] = useState(false)
  const tooNew = status.reason === 'too_new'

  const run = async (input: Parameters<typeof restore.mutateAsync>[0]) => {
    setProblem(null)
    try {
      await restore.mutateAsync(input)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" p="lg">
      <Paper withBorder radius="lg" p="xl" maw={720} w="100%">
        <Stack gap="md">
          <Title order={2}>{headlines[status.reason]}</Title>
          <Text>{status.message}</Text>
          <Alert variant="light" color="indigo" title="Nothing has been changed or deleted">
            {status.databaseFileExists ? (
              <>
                The file was left exactly as it was. If you restore a backup, RTS Bridge keeps this
                file in a “damaged” folder next to it.
              </>
            ) : (
              <>RTS Bridge did not create a new, empty data file in its place.</>
            )}
            <Code block mt="xs">
              {status.databasePath}
            </Code>
            <Button
              mt="xs"
              size="xs"
              variant="default"
              leftSection={<IconFolderOpen size={14} />}
              onClick={() => reveal.mutate('dataFile')}
            >
              Show in folder
            </Button>
          </Alert>
          {tooNew && (
            <Alert color="orange" icon={<IconAlertTriangle />} title="Update RTS Bridge first">
              Install the newest version of RTS Bridge to open this file. Restoring an older backup
              would lose what was added with the newer version.
            </Alert>
          )}
          {problem && (
            <Alert color="red" icon={<IconAlertTriangle />} title="Nothing was restored">
              {problem}
            </Alert>
          )}
          {status.backupCount > 0 && status.latestBackupAt ? (
            <Group>
              <Button
                size="md"
                variant={tooNew ? 'default' : 'filled'}
                leftSection={<IconRestore size={18} />}
                loading={restore.isPending}
                onClick={() => run({ from: 'latest' })}
              >
                Restore the latest backup ({formatInstant(status.latestBackupAt)})
              </Button>
              <Button variant="subtle" onClick={() => setShowAll((open) => !open)}>
                {showAll
                  ? 'Hide the list'
                  : `Choose from ${status.backupCount} backup${status.backupCount === 1 ? '' : 's'}`}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              There are no backups in RTS Bridge’s backups folder. If you have a backup elsewhere (a
              USB stick, another computer), restore it from a file.
            </Text>
          )}
          <Collapse expanded={showAll}>
            {showAll && (
              <BackupChoices onRestore={(fileName) => run({ from: 'backup', fileName })} />
            )}
          </Collapse>
          <Group>
            <Button
              variant="default"
              loading={restore.isPending}
              onClick={() => run({ from: 'file' })}
            >
              Restore from a file…
            </Button>
          </Group>
          <Divider />
          <StartFresh />
        </Stack>
      </Paper>
    </Center>
  )
}

function BackupChoices({ onRestore }: { onRestore: (fileName: string) => void }) {
  const backups = useBackups()
  if (!backups.data) return null
  return (
    <Stack gap={4}>
      {backups.data.backups.map((backup) => (
        <Group key={backup.fileName} justify="space-between">
          <Text size="sm">
            {formatInstant(backup.createdAt)} · {formatBytes(backup.sizeBytes)} · data format{' '}
            {backup.schemaVersion}
          </Text>
          <Button size="compact-sm" variant="light" onClick={() => onRestore(backup.fileName)}>
            Restore
          </Button>
        </Group>
      ))}
    </Stack>
  )
}

function StartFresh() {
  const [understood, setUnderstood] = useState(false)
  const startFresh = useStartFresh()
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        No backup to restore?
      </Text>
      <Text size="sm" c="dimmed">
        You can start again with an empty data file. The damaged file is kept in the “damaged”
        folder, and your backups stay where they are, to restore later.
      </Text>
      <Checkbox
        label="I understand my squads and athletes will not be there"
        checked={understood}
        onChange={(event) => setUnderstood(event.currentTarget.checked)}
      />
      <Group>
        <Button
          color="red"
          variant="light"
          disabled={!understood}
          loading={startFresh.isPending}
          onClick={() => startFresh.mutate()}
        >
          Start with an empty data file
        </Button>
      </Group>
      {startFresh.isError && <Text c="red">{errorMessage(startFresh.error)}</Text>}
    </Stack>
  )
}
