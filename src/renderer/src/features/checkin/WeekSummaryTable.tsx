import { Group, Stack, Table, Text, ThemeIcon } from '@mantine/core'
import type { WeeklySummary } from '@shared/domain/weekly'
import type { SpeedUnit } from '@shared/schemas/app-settings'
import { withUnit } from '../training/format'
import { lightColors } from '../athlete/overview/status'
import { LightIcon } from '../training/LightBadge'
import {
  bestSpeedText,
  chaosReached,
  contactReached,
  cuttingReached,
  speedDetails,
} from './summary-text'

function Value({ main, sub = [] }: { main: string; sub?: string | string[] }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {main}
      </Text>
      {[sub].flat().map((line) => (
        <Text key={line} size="xs" c="dimmed" lh={1.3}>
          {line}
        </Text>
      ))}
    </>
  )
}

/** What the week exposed, from the log through the engine's `weeklySummary`. */
export function WeekSummaryTable({
  summary,
  speedUnit,
}: {
  summary: WeeklySummary
  speedUnit: SpeedUnit
}) {
  const s = summary
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        aria-label="Loads of the week"
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={84}>Sessions</Table.Th>
            <Table.Th w={100}>Load</Table.Th>
            <Table.Th w={100}>Distance</Table.Th>
            <Table.Th w={92}>HSR</Table.Th>
            <Table.Th w={84}>Sprint</Table.Th>
            <Table.Th w={128}>Best speed</Table.Th>
            <Table.Th>Cutting reached</Table.Th>
            <Table.Th>Contact reached</Table.Th>
            <Table.Th>Chaos reached</Table.Th>
            <Table.Th w={112}>Mornings</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr style={{ verticalAlign: 'top' }}>
            <Table.Td>
              <Value main={String(s.sessions)} sub={withUnit(s.minutes, 'min')} />
            </Table.Td>
            <Table.Td>
              <Value main={withUnit(s.loadAu, 'AU')} sub="RPE × min" />
            </Table.Td>
            <Table.Td>
              <Value main={withUnit(s.totalDistanceMetres, 'm')} />
            </Table.Td>
            <Table.Td>
              <Value main={withUnit(s.hsrMetres, 'm')} />
            </Table.Td>
            <Table.Td>
              <Value main={withUnit(s.sprintMetres, 'm')} />
            </Table.Td>
            <Table.Td>
              <Value main={bestSpeedText(s)} sub={speedDetails(s, speedUnit)} />
            </Table.Td>
            <Table.Td>
              <Value
                main={`${s.highestCuttingLevel} of 4`}
                sub={cuttingReached(s.highestCuttingLevel)}
              />
            </Table.Td>
            <Table.Td>
              <Value
                main={`${s.highestContactLevel} of 3`}
                sub={contactReached(s.highestContactLevel)}
              />
            </Table.Td>
            <Table.Td>
              <Value
                main={s.highestChaosLevel === 0 ? '–' : `${s.highestChaosLevel} of 5`}
                sub={chaosReached(s.highestChaosLevel)}
              />
            </Table.Td>
            <Table.Td>
              {s.worstLight === null ? (
                <Text size="sm" c="dimmed">
                  None logged
                </Text>
              ) : (
                <Stack gap={2}>
                  {(['green', 'amber', 'red'] as const)
                    .filter((light) => s.lights[light] > 0)
                    .map((light) => (
                      <Group key={light} gap={4} wrap="nowrap">
                        <ThemeIcon size={16} radius="xl" variant="light" color={lightColors[light]}>
                          <LightIcon light={light} size={11} />
                        </ThemeIcon>
                        <Text size="sm" fw={600}>
                          {s.lights[light]} {light}
                        </Text>
                      </Group>
                    ))}
                </Stack>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
