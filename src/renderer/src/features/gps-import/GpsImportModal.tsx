import { Alert, Button, Group, Loader, Modal, Stack, Stepper, Text } from '@mantine/core'
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import type { GpsSettings } from '@shared/schemas/gps-import'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useAppSettings } from '../settings/api'
import { useGpsImportCommit, useGpsImportOpen, useGpsImportPreview } from './api'
import { plural, type ImportState, type OpenedFile } from './labels'
import { MappingStep } from './MappingStep'
import { PlayersStep } from './PlayersStep'
import { PreviewStep } from './PreviewStep'

interface Props {
  opened: boolean
  onClose: () => void
  squad: { id: string; name: string }
}

const STEPS = ['File', 'Columns', 'Players', 'Check and import'] as const

/**
 * Importing a GPS / LPS export: choose the file (read in main, which keeps it), map its columns,
 * match its players, check what would be imported, then import it all in one go.
 */
export function GpsImportModal({ opened, onClose, squad }: Props) {
  const [step, setStep] = useState(0)
  const [file, setFile] = useState<OpenedFile | null>(null)
  const [refusal, setRefusal] = useState<{ fileName: string; message: string } | null>(null)
  const [state, setState] = useState<ImportState | null>(null)
  const [settings, setSettings] = useState<GpsSettings | null>(null)
  const open = useGpsImportOpen()
  const preview = useGpsImportPreview()
  const commit = useGpsImportCommit()
  const appSettings = useAppSettings()
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  const reset = () => {
    setStep(0)
    setFile(null)
    setRefusal(null)
    setState(null)
    setSettings(null)
  }
  const close = () => {
    reset()
    onClose()
  }

  const chooseFile = () =>
    open.mutate(squad.id, {
      onSuccess: (result) => {
        if (result.status === 'cancelled') return
        if (result.status === 'refused') {
          reset()
          setRefusal({ fileName: result.fileName, message: result.message })
          return
        }
        setRefusal(null)
        setFile(result)
        setState(result)
        setSettings(result.settings)
        setStep(1)
      },
      onError: (error) => notifyError('The file could not be read', error),
    })

  // Every change is checked in main against the file it holds; only the newest answer counts.
  const send = (next: GpsSettings, useSavedMapping?: string | null) => {
    if (!file) return
    const ticket = ++latest.current
    preview.mutate(
      {
        token: file.token,
        settings: next,
        ...(useSavedMapping !== undefined ? { useSavedMapping } : {}),
      },
      {
        onSuccess: (result) => {
          if (ticket !== latest.current) return
          setState(result)
          if (useSavedMapping !== undefined) setSettings(result.settings)
        },
        onError: (error) => notifyError('The file could not be checked again', error),
      },
    )
  }
  const change = (next: GpsSettings, options: { debounce?: boolean } = {}) => {
    setSettings(next)
    if (timer.current) clearTimeout(timer.current)
    if (options.debounce) timer.current = setTimeout(() => send(next), 300)
    else send(next)
  }

  const importAll = () => {
    if (!file || !settings) return
    commit.mutate(
      { token: file.token, settings },
      {
        onSuccess: (result) => {
          const skipped =
            result.skippedDuplicates > 0
              ? `; ${plural(result.skippedDuplicates, 'session')} already there ${result.skippedDuplicates === 1 ? 'was' : 'were'} skipped`
              : ''
          notifySuccess(
            `Imported ${plural(result.imported, 'session')} for ${plural(result.athletes, 'athlete')} from ${file.fileName}${skipped}`,
          )
          close()
        },
        onError: (error) => notifyError('Nothing was imported', error),
      },
    )
  }

  const busy = preview.isPending
  const blocked = !state || state.blockers.length > 0 || busy
  const speedUnit = appSettings.data?.speedUnit ?? 'km/h'

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={`Import GPS / LPS file into ${squad.name}`}
      size={1120}
      centered
    >
      <Stack gap="md">
        <Stepper
          active={step}
          onStepClick={(index) => file && setStep(index === 0 ? step : index)}
          size="sm"
          allowNextStepsSelect={Boolean(file)}
        >
          {STEPS.map((label, index) => (
            <Stepper.Step
              key={label}
              label={label}
              description={index === 0 && file ? file.fileName : undefined}
            />
          ))}
        </Stepper>

        {step === 0 && (
          <Stack gap="sm">
            <Text size="sm">
              Choose a session or drill report exported from your GPS or LPS system (Catapult,
              STATSports, Kinexon, Polar…) as CSV: one row per player per session, half or drill.
              You will see how each column is read, match the players to the squad and check every
              session before anything is saved. Nothing is saved unless the whole file is right.
            </Text>
            <Text size="sm" c="dimmed">
              Raw sample files (10–100 rows per second) are not session reports and are refused.
            </Text>
            {refusal && (
              <Alert
                color="red"
                icon={<IconAlertTriangle />}
                title={`${refusal.fileName} cannot be imported`}
              >
                {refusal.message}
              </Alert>
            )}
            <Group>
              <Button
                leftSection={<IconFileImport size={16} />}
                onClick={chooseFile}
                loading={open.isPending}
              >
                {refusal ? 'Choose another file…' : 'Choose GPS file…'}
              </Button>
            </Group>
          </Stack>
        )}

        {step > 0 && state && settings && file && (
          <>
            {step === 1 && (
              <MappingStep
                state={state}
                columns={file.columns}
                settings={settings}
                onChange={change}
                onUseSaved={(id) => send(settings, id)}
              />
            )}
            {step === 2 && (
              <PlayersStep
                state={state}
                settings={settings}
                squadName={squad.name}
                onChange={(next) => change(next)}
              />
            )}
            {step === 3 && (
              <PreviewStep
                state={state}
                settings={settings}
                speedUnit={speedUnit}
                onChange={(next) => change(next)}
              />
            )}

            <Group justify="space-between">
              <Group gap="sm">
                <Button variant="default" onClick={chooseFile} loading={open.isPending}>
                  Choose another file…
                </Button>
                {busy && <Loader size="xs" aria-label="Checking the file" />}
              </Group>
              <Group gap="sm">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                {step > 1 && (
                  <Button variant="default" onClick={() => setStep(step - 1)}>
                    Back
                  </Button>
                )}
                {step < 3 ? (
                  <Button onClick={() => setStep(step + 1)}>
                    Next: {STEPS[step + 1]!.toLowerCase()}
                  </Button>
                ) : (
                  <Button onClick={importAll} disabled={blocked} loading={commit.isPending}>
                    Import {plural(state.summary.sessions, 'session')}
                  </Button>
                )}
              </Group>
            </Group>
            {step === 3 && state.blockers.length > 0 && (
              <Text size="xs" c="dimmed" ta="right">
                Import is off until this is solved: {state.blockers[0]}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Modal>
  )
}
