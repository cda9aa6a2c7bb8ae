import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core'
import { daysBetween, localDay } from '@shared/dates'
import { hamstringMuscleLabels, mechanismLabels } from '@shared/schemas/classification'
import type { InjuryRecord } from '@shared/schemas/injury-record'
import { sideLabels, stressorLabels } from '@shared/schemas/scales'
import { bamicLabel } from './labels'

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  )
}

/** The facts of one episode as a coach reads them, restrictions first when they are in force. */
export function InjurySummary({ injury }: { injury: InjuryRecord }) {
  const today = localDay(new Date())
  const inForce = injury.surgeonRestrictions.filter((r) => r.until > today)
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fact label="Injured">
          {injury.injuryDate} ({daysBetween(injury.injuryDate, today)} days ago)
        </Fact>
        <Fact label="Muscle">
          {sideLabels[injury.side]} · {hamstringMuscleLabels[injury.muscle]} · {injury.location}
        </Fact>
        <Fact label="Grade">
          {[
            injury.bamicGrade && `BAMIC ${bamicLabel(injury.bamicGrade)}`,
            injury.munichGrade && `Munich ${injury.munichGrade}`,
          ]
            .filter(Boolean)
            .join(' · ') || 'Not graded'}
        </Fact>
        <Fact label="Mechanism">{mechanismLabels[injury.mechanism]}</Fact>
        <Fact label="Management">
          {injury.management === 'surgical'
            ? `Surgical repair on ${injury.surgeryDate}`
            : 'Conservative'}
        </Fact>
        {injury.avulsion && (
          <Fact label="Avulsion">
            {injury.avulsion.tendonsInvolved} tendon
            {injury.avulsion.tendonsInvolved === 1 ? '' : 's'}, {injury.avulsion.extent}
            {injury.avulsion.retractionCm !== null
              ? `, ${injury.avulsion.retractionCm} cm retraction`
              : ''}
            , {injury.avulsion.chronicity}
          </Fact>
        )}
        <Fact label="Discharged">{injury.dischargeDate ?? 'Still under medical care'}</Fact>
      </SimpleGrid>
      {injury.surgeonRestrictions.length > 0 && (
        <div>
          <Group gap="xs" mb={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Surgeon&apos;s restrictions
            </Text>
            {inForce.length > 0 && (
              <Badge color="red" variant="light" size="sm">
                {inForce.length} in force
              </Badge>
            )}
          </Group>
          <List size="sm" spacing={2}>
            {injury.surgeonRestrictions.map((r, i) => (
              <List.Item key={i} c={r.until > today ? undefined : 'dimmed'}>
                {r.restriction} — until {r.until}
                {r.gate ? ` · locks phase ${r.gate.slice(1)}` : ''}
                {r.stressors.length > 0
                  ? ` · no ${r.stressors.map((s) => stressorLabels[s].toLowerCase()).join(', ')}`
                  : ''}
                {r.until <= today ? ' (lifted)' : ''}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {injury.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {injury.notes}
        </Text>
      )}
    </Stack>
  )
}
