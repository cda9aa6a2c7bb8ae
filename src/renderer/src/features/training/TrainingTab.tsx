import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPlus, IconSunrise } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import type { ExposureSession } from '@shared/schemas/exposure-session'
import type { ResponseCheck } from '@shared/schemas/response-check'
import { useAthlete } from '../athlete/api'
import { useAssessment } from '../athlete/use-assessment'
import { useAppSettings } from '../settings/api'
import { buildLog } from './log-model'
import { MorningCheckModal } from './MorningCheckModal'
import { SessionLog } from './SessionLog'
import { SessionModal } from './SessionModal'

type Dialog =
  | { kind: 'none' }
  | { kind: 'session'; session?: ExposureSession }
  | { kind: 'check'; check?: ResponseCheck }

/** Training and responses: the session log of the open episode with each next morning. */
export function TrainingTab({ athleteId }: { athleteId: string }) {
  const state = useAssessment(athleteId)
  const athlete = useAthlete(athleteId)
  const appSettings = useAppSettings()
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' })
  const athleteCase = state.status === 'ready' ? state.athleteCase : null
  const settings = state.status === 'ready' ? state.settings : null
  const weeks = useMemo(
    () => (athleteCase && settings ? buildLog(athleteCase, settings) : []),
    [athleteCase, settings],
  )
  const name = athlete.data?.name ?? ''
  const close = () => setDialog({ kind: 'none' })

  const actions = (
    <Group gap="sm">
      <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'session' })}>
        Log session
      </Button>
      <Button
        variant="light"
        leftSection={<IconSunrise size={16} />}
        onClick={() => setDialog({ kind: 'check' })}
      >
        Morning check
      </Button>
    </Group>
  )

  let body
  if (state.status === 'loading' || appSettings.isPending) {
    body = <Loader size="sm" aria-label="Loading the training log" />
  } else if (state.status === 'error') {
    body = <Text c="red">{state.message}</Text>
  } else if (state.status === 'no injury') {
    body = (
      <Paper withBorder radius="lg" p="lg">
        <Text>
          No open injury. The log shows the sessions and morning checks of an injury episode.
          Sessions logged now still count as this athlete&apos;s usual load if an injury is recorded
          later.
        </Text>
      </Paper>
    )
  } else if (weeks.length === 0) {
    body = (
      <Paper withBorder radius="lg" p="lg">
        <Text>
          Nothing logged since the injury on {state.athleteCase.injury.injuryDate}. Log the first
          session, then the next morning&apos;s check.
        </Text>
      </Paper>
    )
  } else {
    body = (
      <SessionLog
        weeks={weeks}
        settings={state.settings}
        speedUnit={appSettings.data?.speedUnit ?? 'km/h'}
        vmaxMps={state.athleteCase.profile?.baselines.vmaxMps?.value ?? null}
        onEditSession={(session) => setDialog({ kind: 'session', session })}
        onEditCheck={(check) => setDialog({ kind: 'check', check })}
        athleteId={athleteId}
      />
    )
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>Training and responses</Title>
          <Text size="sm" c="dimmed">
            Each session with the next morning&apos;s response. Green may progress, amber repeats
            the same load, red backs off.
          </Text>
        </div>
        {actions}
      </Group>
      {body}
      <SessionModal
        athleteId={athleteId}
        athleteName={name}
        opened={dialog.kind === 'session'}
        session={dialog.kind === 'session' ? dialog.session : undefined}
        onClose={close}
      />
      <MorningCheckModal
        athleteId={athleteId}
        athleteName={name}
        opened={dialog.kind === 'check'}
        check={dialog.kind === 'check' ? dialog.check : undefined}
        onClose={close}
      />
    </Stack>
  )
}
