import { Alert, Paper, Stack, Text, ThemeIcon, Title, Group } from '@mantine/core'
import { IconStairsUp } from '@tabler/icons-react'
import type { AthleteAssessment } from '@shared/domain/assess'
import { severityColors } from './status'

/** The suggested next smallest step and the guardrail alerts, shared by the overview and the gap analysis. */

export function NextStepCard({ assessment }: { assessment: AthleteAssessment }) {
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

export function AlertsCard({ assessment }: { assessment: AthleteAssessment }) {
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
