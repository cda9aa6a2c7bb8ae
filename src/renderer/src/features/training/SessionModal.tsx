import { Loader, Modal, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { addDays, localDay } from '@shared/dates'
import type { ExposureSession } from '@shared/schemas/exposure-session'
import { rts, unwrap } from '../../lib/ipc'
import { notifySuccess } from '../../lib/notify'
import { recordKeys, useProfile } from '../athlete/api'
import { useAppSettings } from '../settings/api'
import { useCreateSession, useUpdateSession } from './api'
import { longDay } from './format'
import { prefillFromLast, sessionToValues } from './session-values'
import { SessionForm } from './SessionForm'

/** How far back "the last session" is looked for when pre-filling a new one. */
const LAST_SESSION_DAYS = 120

/** The athlete's latest session up to today, or null. */
function useLastSession(athleteId: string, today: string, enabled: boolean) {
  return useQuery({
    queryKey: recordKeys.part(athleteId, 'last-session'),
    enabled,
    queryFn: async () => {
      const sessions = await unwrap(
        rts().sessions.list({ athleteId, from: addDays(today, -LAST_SESSION_DAYS), to: today }),
      )
      return sessions.at(-1) ?? null
    },
  })
}

interface Props {
  athleteId: string
  athleteName: string
  opened: boolean
  onClose: () => void
  /** The session to edit; a new one, pre-filled from the last, when absent. */
  session?: ExposureSession | undefined
}

export function SessionModal({ opened, onClose, athleteName, session, athleteId }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={960}
      title={
        <Text fw={650}>
          {session ? `Edit session of ${longDay(session.date)}` : 'Log session'} · {athleteName}
        </Text>
      }
    >
      {opened && <SessionEditor athleteId={athleteId} session={session} onClose={onClose} />}
    </Modal>
  )
}

function SessionEditor({
  athleteId,
  session,
  onClose,
}: {
  athleteId: string
  session: ExposureSession | undefined
  onClose: () => void
}) {
  const today = localDay(new Date())
  const last = useLastSession(athleteId, today, session === undefined)
  const profile = useProfile(athleteId)
  const settings = useAppSettings()
  const create = useCreateSession(athleteId)
  const update = useUpdateSession(athleteId)

  if ((session === undefined && last.isPending) || profile.isPending || settings.isPending) {
    return <Loader size="sm" aria-label="Loading the last session" />
  }
  const failed = last.error ?? profile.error ?? settings.error
  if (failed) return <Text c="red">{failed.message}</Text>

  const initial = session ? sessionToValues(session) : prefillFromLast(last.data ?? null, today)
  return (
    <SessionForm
      initial={initial}
      prefilledFrom={session ? null : last.data ? longDay(last.data.date) : null}
      speedUnit={settings.data?.speedUnit ?? 'km/h'}
      vmaxMps={profile.data?.baselines.vmaxMps?.value ?? null}
      today={today}
      submitLabel={session ? 'Save session' : 'Log session'}
      onCancel={onClose}
      onSubmit={async (record) => {
        if (session) {
          await update.mutateAsync({ id: session.id, record })
          notifySuccess(`Session of ${longDay(record.date)} saved`)
        } else {
          await create.mutateAsync({ athleteId, record })
          notifySuccess(`Session of ${longDay(record.date)} logged`)
        }
        onClose()
      }}
    />
  )
}
