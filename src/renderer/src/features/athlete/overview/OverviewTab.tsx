import {
  Accordion,
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconGavel, IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'wouter'
import type { AthleteAssessment } from '@shared/domain/assess'
import type { CriterionResult } from '@shared/domain/phases'
import type { StoredAthleteCaseData } from '@shared/schemas/athlete-case'
import type { PhaseRecord } from '@shared/schemas/phase-record'
import { phaseIds } from '@shared/schemas/scales'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useAppSettings } from '../../settings/api'
import { useAssessment } from '../use-assessment'
import {
  useCreateObservation,
  useCreateOverride,
  useCreatePhaseRecord,
  useRemoveOverride,
} from './api'
import { CriteriaChecklist, type CriterionActions } from './CriteriaChecklist'
import { AlertsCard, NextStepCard } from './GuidanceCards'
import { ObservationForm } from './ObservationForm'
import { OverrideForm } from './OverrideForm'
import { PhaseDecisionForm } from './PhaseDecisionForm'
import { phaseStatusColors } from './status'

type Dialog =
  | { kind: 'none' }
  | { kind: 'override'; criterion: CriterionResult }
  | { kind: 'observe'; criterion: CriterionResult }
  | { kind: 'decision' }

export function OverviewTab({ athleteId }: { athleteId: string }) {
  const state = useAssessment(athleteId)
  const app = useAppSettings()
  const createOverride = useCreateOverride(athleteId)
  const removeOverride = useRemoveOverride(athleteId)
  const createObservation = useCreateObservation(athleteId)
  const createPhaseRecord = useCreatePhaseRecord(athleteId)
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' })
  if (state.status === 'loading') return <Loader size="sm" aria-label="Loading overview" />
  if (state.status === 'error') return <Text c="red">{state.message}</Text>
  if (state.status === 'no injury') {
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text>
          No open injury. Phases, criteria and the gap to the sport&apos;s demands start from an
          injury record.
        </Text>
        <Button component={Link} href={`/athletes/${athleteId}/injury`} mt="md" variant="light">
          Go to the injury record
        </Button>
      </Paper>
    )
  }
  const { assessment, athleteCase } = state
  const injuryId = athleteCase.injury.id
  const userName = app.data?.userName ?? ''
  const close = () => setDialog({ kind: 'none' })
  const locked = assessment.phases.locks.some((lock) => lock.active)

  const confirmRemoveOverride = (criterion: CriterionResult) => {
    const shown = criterion.override
    if (shown === null) return
    // The engine shows the latest override of the criterion; remove that stored row.
    const row = athleteCase.overrides
      .filter(
        (o) =>
          o.criterionId === criterion.id &&
          o.date === shown.date &&
          o.clinicianName === shown.by &&
          o.reason === shown.reason &&
          o.status === shown.status,
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .pop()
    if (row === undefined) return
    modals.openConfirmModal({
      title: 'Remove this override?',
      children: (
        <Text size="sm">
          {criterion.name} goes back to what the data show ({criterion.computedStatus}, or an
          earlier override). The override by {shown.by} of {shown.date} stays in the audit trail.
        </Text>
      ),
      labels: { confirm: 'Remove override', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        removeOverride.mutate(
          { id: row.id },
          {
            onSuccess: () => notifySuccess('Override removed'),
            onError: (error) => notifyError('The override was not removed', error),
          },
        ),
    })
  }

  const actions: CriterionActions = {
    onOverride: (criterion) => setDialog({ kind: 'override', criterion }),
    onRemoveOverride: confirmRemoveOverride,
    onObserve: (criterion) => setDialog({ kind: 'observe', criterion }),
  }

  return (
    <>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <CurrentPhase
              assessment={assessment}
              onRecordDecision={() => setDialog({ kind: 'decision' })}
            />
            <PhaseCriteria assessment={assessment} actions={actions} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <NextStepCard assessment={assessment} />
            <AlertsCard assessment={assessment} />
            <TimelineCard assessment={assessment} athleteCase={athleteCase} />
            <RiskCard assessment={assessment} />
          </Stack>
        </Grid.Col>
      </Grid>

      <Modal
        opened={dialog.kind === 'override'}
        onClose={close}
        title="Clinician override"
        size="lg"
      >
        {dialog.kind === 'override' && (
          <OverrideForm
            criterion={dialog.criterion}
            injuryId={injuryId}
            locked={locked}
            onCancel={close}
            onSubmit={async (record) => {
              await createOverride.mutateAsync({ athleteId, record })
              notifySuccess('Override saved')
              close()
            }}
          />
        )}
      </Modal>
      <Modal opened={dialog.kind === 'observe'} onClose={close} title="Record an observation">
        {dialog.kind === 'observe' && (
          <ObservationForm
            criterion={dialog.criterion}
            injuryId={injuryId}
            userName={userName}
            onCancel={close}
            onSubmit={async (record) => {
              await createObservation.mutateAsync({ athleteId, record })
              notifySuccess('Observation recorded')
              close()
            }}
          />
        )}
      </Modal>
      <Modal
        opened={dialog.kind === 'decision'}
        onClose={close}
        title="Record a phase decision"
        size="xl"
      >
        {dialog.kind === 'decision' && (
          <PhaseDecisionForm
            phases={assessment.phases}
            injuryId={injuryId}
            userName={userName}
            onCancel={close}
            onSubmit={async (record) => {
              await createPhaseRecord.mutateAsync({ athleteId, record })
              notifySuccess('Phase decision recorded')
              close()
            }}
          />
        )}
      </Modal>
    </>
  )
}

function CurrentPhase({
  assessment,
  onRecordDecision,
}: {
  assessment: AthleteAssessment
  onRecordDecision: () => void
}) {
  const p = assessment.phases
  const activeLocks = p.locks.filter((lock) => lock.active)
  return (
    <Paper component="section" withBorder radius="lg" p="lg" aria-label="Current phase">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {p.pathwayName}
          </Text>
          <Title order={3}>
            Phase {p.currentPhase.slice(1)} · {p.currentPhaseName}
          </Title>
          <Text size="sm" c="dimmed">
            Since {p.phaseEntryDate} · {p.daysInPhase} day{p.daysInPhase === 1 ? '' : 's'} in this
            phase
          </Text>
        </div>
        <Stack gap={6} align="flex-end">
          <Badge size="lg" variant="light" color={phaseStatusColors[p.status]}>
            {p.status}
          </Badge>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconGavel size={14} />}
            onClick={onRecordDecision}
          >
            Record phase decision
          </Button>
        </Stack>
      </Group>
      <Text mt="sm">{p.statusText}</Text>
      {activeLocks.map((lock) => (
        <Alert
          key={lock.restriction + lock.until}
          mt="sm"
          color="grape"
          icon={<IconLock size={18} />}
          title="Surgeon's restriction in force"
        >
          {lock.restriction} until {lock.until} ({lock.daysLeft} days left)
          {lock.gate ? ` · phase ${lock.gate.slice(1)} stays locked` : ''}. Only the surgeon can
          change this; no override or phase decision lifts it.
        </Alert>
      ))}
      {p.conflicts.map((conflict) => (
        <Alert
          key={conflict}
          mt="sm"
          color="grape"
          variant="outline"
          icon={<IconLock size={18} />}
          title="The surgeon's restriction wins"
        >
          {conflict}.
        </Alert>
      ))}
      {p.blockers.length > 0 && (
        <>
          <Text fw={600} mt="md" size="sm">
            {p.nextPhase ? `Before phase ${p.nextPhase.slice(1)}` : 'Still open'}
          </Text>
          <List size="sm" spacing={4} mt={4}>
            {p.blockers.map((b) => (
              <List.Item key={b.text}>{b.text}</List.Item>
            ))}
          </List>
        </>
      )}
      {p.noLongerMet.length > 0 && (
        <Alert mt="md" color="yellow" title="No longer met on today's data">
          {p.noLongerMet.map((c) => c.name).join('; ')}. The earlier gate stays passed; staff decide
          whether to move back.
        </Alert>
      )}
      <Text size="xs" c="dimmed" mt="md">
        Decision support, not medical clearance: a named clinician signs off return to training and
        return to sport (G10).
      </Text>
    </Paper>
  )
}

function PhaseCriteria({
  assessment,
  actions,
}: {
  assessment: AthleteAssessment
  actions: CriterionActions
}) {
  const current = assessment.phases.currentPhase
  const results = assessment.phases.phases
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={4} mb="xs">
        Criteria
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Progression is earned by criteria met repeatably, not by days. Thresholds are editable
        defaults; each shows where it comes from and how strong that evidence is. A clinician may
        override a criterion, always by name and with a reason.
      </Text>
      <Accordion multiple defaultValue={[current]} variant="separated">
        {results.map((phase) => (
          <Accordion.Item key={phase.phase} value={phase.phase}>
            <Accordion.Control>
              <Group gap="sm">
                <Text fw={phase.phase === current ? 700 : 500}>
                  Phase {phase.phase.slice(1)} · {phase.name}
                </Text>
                {phase.phase === current && <Badge size="sm">current</Badge>}
                {phaseIds.indexOf(phase.phase) < phaseIds.indexOf(current) && (
                  <Badge size="sm" color="teal" variant="light">
                    passed
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {phase.criteria.filter((c) => c.status === 'met').length} of{' '}
                  {phase.criteria.length} met
                </Text>
                {phase.criteria.some((c) => c.override) && (
                  <Text size="xs" c="indigo">
                    {phase.criteria.filter((c) => c.override).length} overridden
                  </Text>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" c="dimmed" mb="xs">
                {phase.content}
              </Text>
              <CriteriaChecklist
                criteria={phase.criteria}
                label={`Phase ${phase.phase.slice(1)} criteria`}
                actions={actions}
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  )
}

/** The latest decision in force today: the one a surgeon's lock overrules when they conflict. */
function decisionInForce(records: readonly PhaseRecord[], today: string): PhaseRecord | null {
  return (
    [...records]
      .filter((r) => r.entryDate <= today)
      .sort(
        (a, b) => a.entryDate.localeCompare(b.entryDate) || a.createdAt.localeCompare(b.createdAt),
      )
      .pop() ?? null
  )
}

function snapshotSummary(record: PhaseRecord): string | null {
  if (record.criteriaSnapshot.length === 0) return null
  const met = record.criteriaSnapshot.filter((c) => c.status === 'met').length
  return `Criteria at the time: ${met} of ${record.criteriaSnapshot.length} met`
}

function TimelineCard({
  assessment,
  athleteCase,
}: {
  assessment: AthleteAssessment
  athleteCase: StoredAthleteCaseData
}) {
  const injury = athleteCase.injury
  const overruled =
    assessment.phases.conflicts.length > 0
      ? decisionInForce(athleteCase.phaseRecords, assessment.today)
      : null
  const items: { date: string; title: string; record?: PhaseRecord }[] = [
    { date: injury.injuryDate, title: 'Injury' },
  ]
  if (injury.surgeryDate) items.push({ date: injury.surgeryDate, title: 'Surgery' })
  if (injury.dischargeDate)
    items.push({ date: injury.dischargeDate, title: 'Discharged from medical care' })
  for (const record of athleteCase.phaseRecords) {
    items.push({
      date: record.entryDate,
      title: `Phase ${record.phase.slice(1)} decided`,
      record,
    })
  }
  items.sort((a, b) => a.date.localeCompare(b.date))
  const window = assessment.expectedWindow
  return (
    <Paper component="section" withBorder radius="lg" p="lg" aria-label="Timeline">
      <Title order={5} mb="sm">
        Timeline
      </Title>
      <Timeline active={items.length - 1} bulletSize={14} lineWidth={2}>
        {items.map((item, i) => (
          <Timeline.Item key={`${item.date}-${i}`} title={item.title}>
            <Text size="xs" c="dimmed">
              {item.date}
              {item.record ? ` · ${item.record.decidedBy} (${item.record.decidedByRole})` : ''}
            </Text>
            {item.record && (
              <DecisionDetail record={item.record} overruled={item.record === overruled} />
            )}
          </Timeline.Item>
        ))}
        <Timeline.Item title={`Today · phase ${assessment.phases.currentPhase.slice(1)}`}>
          <Text size="xs" c="dimmed">
            {assessment.today}
          </Text>
        </Timeline.Item>
      </Timeline>
      {window && (
        <Text size="xs" c="dimmed" mt="sm">
          Grade-typical window: {window.basis}, about {window.days} days (from {window.typicalDay}).{' '}
          {window.source}. A guide for expectations, not a target.
        </Text>
      )}
    </Paper>
  )
}

function DecisionDetail({ record, overruled }: { record: PhaseRecord; overruled: boolean }) {
  const starrt = record.starrt
  const notes = starrt
    ? (
        [
          ['Tissue health', starrt.tissueHealth],
          ['Tissue stresses', starrt.tissueStresses],
          ['Risk tolerance', starrt.riskTolerance],
        ] as const
      ).filter(([, text]) => text)
    : []
  const summary = snapshotSummary(record)
  return (
    <Stack gap={2} mt={2}>
      {record.reason && <Text size="xs">{record.reason}</Text>}
      {notes.map(([label, text]) => (
        <Text key={label} size="xs">
          <b>{label}:</b> {text}
        </Text>
      ))}
      {summary && (
        <Text size="xs" c="dimmed">
          {summary}
        </Text>
      )}
      {overruled && (
        <Badge
          size="xs"
          color="grape"
          variant="light"
          leftSection={<IconLock size={10} aria-hidden />}
        >
          overruled by a surgeon&apos;s restriction
        </Badge>
      )}
    </Stack>
  )
}

function RiskCard({ assessment }: { assessment: AthleteAssessment }) {
  return (
    <Paper component="section" withBorder radius="lg" p="lg" aria-label="Risk factors">
      <Title order={5} mb={4}>
        Re-injury risk factors
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        A panel of known factors, not a prediction.
        {assessment.riskFactors.some((r) => !r.recorded)
          ? ' Add the injury history in the profile to complete it.'
          : ''}
      </Text>
      <Stack gap={6}>
        {assessment.riskFactors.map((r) => (
          <div key={r.factor}>
            <Group gap={6}>
              <Badge
                size="xs"
                variant={r.recorded ? 'light' : 'outline'}
                color={r.present === true ? 'orange' : r.present === false ? 'teal' : 'gray'}
              >
                {r.present === true
                  ? 'present'
                  : r.present === false
                    ? 'absent'
                    : r.recorded
                      ? 'reference'
                      : 'not recorded'}
              </Badge>
              <Text size="sm" fw={500}>
                {r.factor}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {r.detail} · {r.source}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  )
}
