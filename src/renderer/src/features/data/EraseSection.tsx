import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { AthleteChoice } from '@shared/schemas/data-safety'
import { fieldErrors } from '../../lib/ipc'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useAthleteChoices, useBackups, useEraseAthlete } from './api'
import { athleteOption } from './ExportSection'

/** The same comparison main makes: case, spacing and accent composition do not matter. */
function sameName(typed: string, name: string): boolean {
  const normal = (text: string) =>
    text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()
  return normal(typed) === normal(name)
}

export function EraseSection() {
  const athletes = useAthleteChoices()
  const [athleteId, setAthleteId] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<AthleteChoice | null>(null)
  const chosen = athletes.data?.find((athlete) => athlete.id === athleteId) ?? null
  return (
    <Stack gap="md">
      <Text size="sm">
        When an athlete asks for their data to be deleted, erase them here. Every record about them
        is deleted for good; consider exporting it for them first.
      </Text>
      <Group align="flex-end">
        <Select
          label="Athlete to erase"
          placeholder={athletes.isPending ? 'Loading…' : 'Choose an athlete'}
          data={(athletes.data ?? []).map(athleteOption)}
          value={athleteId}
          onChange={setAthleteId}
          searchable
          w={360}
        />
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrash size={16} />}
          disabled={chosen === null}
          onClick={() => setConfirming(chosen)}
        >
          Erase…
        </Button>
      </Group>
      <EraseModal
        athlete={confirming}
        onClose={() => setConfirming(null)}
        onErased={() => {
          setConfirming(null)
          setAthleteId(null)
        }}
      />
    </Stack>
  )
}

function EraseModal({
  athlete,
  onClose,
  onErased,
}: {
  athlete: AthleteChoice | null
  onClose: () => void
  onErased: () => void
}) {
  const [typed, setTyped] = useState('')
  const [removeBackups, setRemoveBackups] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const erase = useEraseAthlete()
  const backups = useBackups()
  const keepCount = backups.data?.settings.keepCount
  const close = () => {
    setTyped('')
    setError(null)
    setRemoveBackups(false)
    onClose()
  }
  const run = async () => {
    if (!athlete) return
    setError(null)
    try {
      const result = await erase.mutateAsync({
        athleteId: athlete.id,
        confirmName: typed,
        removeBackups,
      })
      setTyped('')
      setRemoveBackups(false)
      onErased()
      notifySuccess(
        result.backupsRemoved > 0
          ? `${athlete.name} was erased, with ${result.backupsRemoved} older backups. A fresh backup was made.`
          : `${athlete.name} was erased.`,
      )
    } catch (failure) {
      const fields = fieldErrors(failure)
      if (fields?.['confirmName']) setError(fields['confirmName'])
      else notifyError('Nothing was erased', failure)
    }
  }
  return (
    <Modal
      opened={athlete !== null}
      onClose={close}
      title={athlete ? `Erase ${athlete.name}?` : ''}
      centered
      size="lg"
    >
      {athlete && (
        <Stack>
          <Text size="sm">This deletes, for good and from this computer:</Text>
          <List size="sm" spacing={2}>
            <List.Item>
              their profile, injuries, sport demands, sessions, morning checks, tests and phase
              decisions;
            </List.Item>
            <List.Item>the details of every change to their records in the audit trail.</List.Item>
          </List>
          <Text size="sm">
            The audit trail keeps one line saying that an athlete was erased, by whom and when,
            without their name or any health details.
          </Text>
          <Alert color="orange" icon={<IconAlertTriangle />} title="Older backups">
            Backups made before now still hold {athlete.name}’s data until they are deleted by
            rotation
            {keepCount ? ` (after ${keepCount} newer backups)` : ''}, including copies in the extra
            backup folder.
            <Checkbox
              mt="sm"
              label={`Also delete all existing backups now, and make a fresh one without ${athlete.name}`}
              checked={removeBackups}
              onChange={(event) => setRemoveBackups(event.currentTarget.checked)}
            />
          </Alert>
          <TextInput
            label={`Type “${athlete.name}” to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={error}
            autoComplete="off"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={run}
              loading={erase.isPending}
              disabled={!sameName(typed, athlete.name)}
            >
              Erase for good
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
