import { Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { useState } from 'react'
import type { AthleteLevel } from '@shared/schemas/classification'
import type { SportDemandFacts } from '@shared/schemas/sport-demand'
import { notifySuccess } from '../../../lib/notify'
import { useAppSettings } from '../../settings/api'
import { useClubTemplates } from '../../templates/api'
import { useDemands, useSaveDemands } from '../api'
import { DemandEditor } from './DemandEditor'
import { TemplatePicker } from './TemplatePicker'
import { describeOrigin, profileFacts, profileForAthlete, type TemplateChoice } from './templates'

/**
 * What the athlete's sport asks of them: start from a template, then edit every number with
 * its unit, threshold and source, and mark what the athlete fears or has not tried.
 */
export function DemandsTab({ athleteId }: { athleteId: string }) {
  const demands = useDemands(athleteId)
  const settings = useAppSettings()
  const clubTemplates = useClubTemplates()
  const save = useSaveDemands(athleteId)
  // A template applied but not saved yet; the stored profile stays until the coach saves.
  const [draft, setDraft] = useState<SportDemandFacts | null>(null)
  const [version, setVersion] = useState(0)

  if (demands.isError) return <Text c="red">{demands.error.message}</Text>
  if (settings.isError) return <Text c="red">{settings.error.message}</Text>
  if (clubTemplates.isError) return <Text c="red">{clubTemplates.error.message}</Text>
  if (demands.isPending || settings.isPending || clubTemplates.isPending) {
    return <Loader size="sm" aria-label="Loading sport demands" />
  }

  const stored = demands.data ? profileFacts(demands.data) : null
  const current = draft ?? stored
  const club = clubTemplates.data

  const apply = (choice: TemplateChoice, level: AthleteLevel) => {
    const next = () => {
      setDraft(profileForAthlete(choice, level, current?.flags ?? {}))
      setVersion((v) => v + 1)
    }
    if (current === null) return next()
    modals.openConfirmModal({
      title: 'Replace the sport demands?',
      children: (
        <Text size="sm">
          Every number, threshold, source and note is replaced by the template. The athlete&apos;s
          feared and untested flags are kept. Nothing is saved until you press Save.
        </Text>
      ),
      labels: { confirm: 'Replace with template', cancel: 'Keep current values' },
      onConfirm: next,
    })
  }

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {current ? 'Start again from a template' : 'Start from a template'}
        </Title>
        <TemplatePicker
          clubTemplates={club}
          initialTemplateId={current?.templateId ?? null}
          replacing={current !== null}
          onApply={apply}
        />
      </Paper>
      {current ? (
        <Paper withBorder radius="lg" p="lg">
          <Title order={4} mb="md">
            {[current.sport, current.position].filter(Boolean).join(' · ')}
          </Title>
          <DemandEditor
            key={`${demands.data?.updatedAt ?? 'new'}-${version}`}
            profile={current}
            speedUnit={settings.data.speedUnit}
            kind="athlete"
            unsaved={draft !== null}
            origin={describeOrigin(current.templateId, club)}
            submitLabel="Save sport demands"
            ariaLabel="Sport demands"
            failureTitle="The sport demands were not saved"
            onSubmit={async (profile) => {
              await save.mutateAsync({ athleteId, profile })
              setDraft(null)
              setVersion((v) => v + 1)
              notifySuccess('Sport demands saved')
            }}
            onDiscard={() => {
              setDraft(null)
              setVersion((v) => v + 1)
            }}
          />
        </Paper>
      ) : (
        <Text c="dimmed" size="sm">
          No sport demands yet. Choose the athlete&apos;s sport and position above: the template
          fills in published match numbers with their sources, and you adjust them to your own data.
        </Text>
      )}
    </Stack>
  )
}
