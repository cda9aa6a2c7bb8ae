import { Button, Loader, Modal, Stack, Text } from '@mantine/core'
import { Link } from 'wouter'
import { localDay } from '@shared/dates'
import type { ResponseCheck } from '@shared/schemas/response-check'
import { notifySuccess } from '../../lib/notify'
import { useAthleteCase, useDomainSettings } from '../athlete/api'
import { useCreateResponse, useUpdateResponse } from './api'
import { longDay } from './format'
import { checkToValues, MorningCheckForm, newMorningCheck } from './MorningCheckForm'

interface Props {
  athleteId: string
  athleteName: string
  opened: boolean
  onClose: () => void
  /** The check to edit; a new one for this morning when absent. */
  check?: ResponseCheck | undefined
}

export function MorningCheckModal({ athleteId, athleteName, opened, onClose, check }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={720}
      title={
        <Text fw={650}>
          {check ? `Edit morning check of ${longDay(check.date)}` : 'Morning check'} · {athleteName}
        </Text>
      }
    >
      {opened && <MorningCheckEditor athleteId={athleteId} check={check} onClose={onClose} />}
    </Modal>
  )
}

function MorningCheckEditor({
  athleteId,
  check,
  onClose,
}: {
  athleteId: string
  check: ResponseCheck | undefined
  onClose: () => void
}) {
  const athleteCase = useAthleteCase(athleteId)
  const settings = useDomainSettings()
  const create = useCreateResponse(athleteId)
  const update = useUpdateResponse(athleteId)

  if (athleteCase.isPending || settings.isPending) {
    return <Loader size="sm" aria-label="Loading the athlete's record" />
  }
  const failed = athleteCase.error ?? settings.error
  if (failed) return <Text c="red">{failed.message}</Text>
  if (!athleteCase.data || !settings.data) {
    return (
      <Stack gap="sm">
        <Text>
          No open injury. The morning check answers a loading day of an injury episode: record the
          injury first.
        </Text>
        <Button
          component={Link}
          href={`/athletes/${athleteId}/injury`}
          variant="light"
          onClick={onClose}
          w="fit-content"
        >
          Go to the injury record
        </Button>
      </Stack>
    )
  }
  const today = localDay(new Date())
  return (
    <MorningCheckForm
      athleteCase={athleteCase.data}
      settings={settings.data}
      initial={check ? checkToValues(check) : newMorningCheck(today)}
      editing={check ? { id: check.id, createdAt: check.createdAt } : null}
      today={today}
      submitLabel={check ? 'Save check' : 'Save morning check'}
      onCancel={onClose}
      onSubmit={async (record) => {
        if (check) {
          await update.mutateAsync({ id: check.id, record })
          notifySuccess(`Morning check of ${longDay(record.date)} saved`)
        } else {
          await create.mutateAsync({ athleteId, record })
          notifySuccess(`Morning check of ${longDay(record.date)} saved`)
        }
        onClose()
      }}
    />
  )
}
