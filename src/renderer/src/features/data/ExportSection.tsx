import { Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { IconDownload, IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import type { AthleteChoice, ExportFormat } from '@shared/schemas/data-safety'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useAthleteChoices, useExportAll, useExportAthlete, useImportAthlete } from './api'

/** "Zoë Kowalczyk — First team (archived)", for pickers. */
export function athleteOption(athlete: AthleteChoice) {
  return {
    value: athlete.id,
    label: `${athlete.name} — ${athlete.squadName}${athlete.archived ? ' (archived)' : ''}`,
  }
}

const formats = [
  { value: 'json', label: 'JSON (complete, can be imported)' },
  { value: 'csv', label: 'CSV (for spreadsheets)' },
]

export function ExportSection() {
  const athletes = useAthleteChoices()
  const [athleteId, setAthleteId] = useState<string | null>(null)
  const [format, setFormat] = useState<ExportFormat>('json')
  const exportAthlete = useExportAthlete()
  const exportAll = useExportAll()
  const importAthlete = useImportAthlete()

  const saved = (result: { status: 'saved'; fileName: string } | { status: 'cancelled' }) => {
    if (result.status === 'saved') notifySuccess(`Saved ${result.fileName}`)
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        Hand an athlete their data, or move it to another computer: the export holds every record
        about them (profile, injuries, sessions, tests, decisions and their history) and nothing
        about anyone else. CSV files can be opened in a spreadsheet; JSON can be imported again.
      </Text>
      <SegmentedControl
        aria-label="Export format"
        data={formats}
        value={format}
        onChange={(value) => setFormat(value as ExportFormat)}
      />
      <Group align="flex-end">
        <Select
          label="Athlete"
          placeholder={athletes.isPending ? 'Loading…' : 'Choose an athlete'}
          data={(athletes.data ?? []).map(athleteOption)}
          value={athleteId}
          onChange={setAthleteId}
          searchable
          w={360}
        />
        <Button
          leftSection={<IconDownload size={16} />}
          disabled={athleteId === null}
          loading={exportAthlete.isPending}
          onClick={async () => {
            if (!athleteId) return
            try {
              saved(await exportAthlete.mutateAsync({ athleteId, format }))
            } catch (error) {
              notifyError('The export was not saved', error)
            }
          }}
        >
          Export athlete
        </Button>
      </Group>
      <Group>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          loading={exportAll.isPending}
          onClick={async () => {
            try {
              saved(await exportAll.mutateAsync(format))
            } catch (error) {
              notifyError('The export was not saved', error)
            }
          }}
        >
          Export everything
        </Button>
        <Button
          variant="default"
          leftSection={<IconUpload size={16} />}
          loading={importAthlete.isPending}
          onClick={async () => {
            try {
              const result = await importAthlete.mutateAsync()
              if (result.status === 'imported') {
                notifySuccess(`${result.name} was imported into ${result.squadName}.`)
              }
            } catch (error) {
              notifyError('Nothing was imported', error)
            }
          }}
        >
          Import an athlete…
        </Button>
      </Group>
    </Stack>
  )
}
