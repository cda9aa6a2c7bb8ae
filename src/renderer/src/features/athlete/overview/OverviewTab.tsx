import {
  Accordion,
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconLock, IconStairsUp } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { AthleteAssessment } from '@shared/domain/assess'
import { phaseIds } from '@shared/schemas/scales'
import type { StoredAthleteCaseData } from '@shared/schemas/athlete-case'
import { useAssessment } from '../use-assessment'
import { CriteriaChecklist } from './CriteriaChecklist'
import { phaseStatusColors, severityColors } from './status'

export function OverviewTab({ athleteId }: { athleteId: string }) {
  const state = useAssessment(athleteId)
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
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          <CurrentPhase assessment={assessment} />
          <PhaseCriteria assessment={assessment} />
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
  )
}

function CurrentPhase({ assessment }: { assessment: AthleteAssessment }) {
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
        <Badge size="lg" variant="light" color={phaseStatusColors[p.status]}>
          {p.status}
        </Badge>
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
          change this.
        </Alert>
      ))}
      {p.conflicts.map((conflict) => (
        <Alert key={conflict} mt="sm" color="orange" icon={<IconAlertTriangle size={18} />}>
          {conflict}
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
    </Paper>
  )
}

function PhaseCriteria({ assessment }: { assessment: AthleteAssessment }) {
  const current = assessment.phases.currentPhase
  const results = assessment.phases.phases
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={4} mb="xs">
        Criteria
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Progression is earned by criteria met repeatably, not by days. Thresholds are editable
        defaults; each shows where it comes from and how strong that evidence is.
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
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" c="dimmed" mb="xs">
                {phase.content}
              </Text>
              <CriteriaChecklist
                criteria={phase.criteria}
                label={`Phase ${phase.phase.slice(1)} criteria`}
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  )
}

function NextStepCard({ assessment }: { assessment: AthleteAssessment }) {
  const step = assessment.nextStep
  return (
    <Paper component="section" withBorder radius="lg" p="lg" aria-label="Suggested next step">
      <Group gap="xs" mb={6}>
        <ThemeIcon variant="light" radius="xl" aria-hidden>
          <IconStairsUp size={16} />
        </ThemeIcon>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Suggested next smallest step
        </Text>
      </Group>
      <Title order={4}>{step.title}</Title>
      <Text size="sm" mt={4}>
        {step.detail}
      </Text>
      {step.blockedSteps.map((b) => (
        <Text key={b.stepId} size="xs" c="grape" mt={4}>
          Not yet: {b.title} — {b.restriction} until {b.until}
        </Text>
      ))}
      <Text size="xs" c="dimmed" mt="sm">
        {step.rule} · {step.source}
      </Text>
      <Text size="sm" fw={600} mt="xs">
        {step.forDiscussion}
      </Text>
    </Paper>
  )
}

function AlertsCard({ assessment }: { assessment: AthleteAssessment }) {
  const alerts = assessment.alerts
  return (
    <Paper component="section" withBorder radius="lg" p="lg" aria-label="Guardrail alerts">
      <Title order={5} mb="xs">
        Guardrails
      </Title>
      {alerts.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing to flag on today&apos;s data.
        </Text>
      ) : (
        <Stack gap="xs">
          {alerts.map((a) => (
            <Alert
              key={`${a.rule}-${a.title}-${a.date ?? ''}`}
              color={severityColors[a.severity]}
              title={`${a.rule} · ${a.title}`}
              p="xs"
            >
              <Text size="sm">{a.message}</Text>
              <Text size="xs" c="dimmed" mt={2}>
                {a.source} · {a.strength}
                {a.notValidated ? ' · not validated' : ''}
              </Text>
            </Alert>
          ))}
        </Stack>
      )}
    </Paper>
  )
}

function TimelineCard({
  assessment,
  athleteCase,
}: {
  assessment: AthleteAssessment
  athleteCase: StoredAthleteCaseData
}) {
  const injury = athleteCase.injury
  const items: { date: string; title: string; detail?: string }[] = [
    { date: injury.injuryDate, title: 'Injury' },
  ]
  if (injury.surgeryDate) items.push({ date: injury.surgeryDate, title: 'Surgery' })
  if (injury.dischargeDate)
    items.push({ date: injury.dischargeDate, title: 'Discharged from medical care' })
  for (const record of athleteCase.phaseRecords) {
    items.push({
      date: record.entryDate,
      title: `Phase ${record.phase.slice(1)}`,
      detail: `${record.decidedBy} (${record.decidedByRole})`,
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
              {item.detail ? ` · ${item.detail}` : ''}
            </Text>
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
