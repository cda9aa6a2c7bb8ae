import { Alert, Code, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { rts, unwrap } from '../../lib/ipc'

export function SettingsPage() {
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => unwrap(rts().app.info({})) })
  return (
    <Stack gap="lg" maw={860}>
      <Title order={2}>Settings</Title>
      <Paper withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          Your data
        </Title>
        <Text size="sm" mb="md">
          Everything RTS Bridge records stays in one file on this computer. Nothing is sent
          anywhere; a file leaves the machine only when you save a report or an export yourself.
        </Text>
        {info.isPending ? (
          <Loader size="sm" />
        ) : info.isError ? (
          <Text c="red">{info.error.message}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Data file
              </Text>
              <Code block>{info.data.databasePath}</Code>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Data format version
              </Text>
              <Text>{info.data.schemaVersion}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                App version
              </Text>
              <Text>{info.data.version}</Text>
            </div>
          </SimpleGrid>
        )}
      </Paper>
      <Alert
        variant="light"
        color="indigo"
        icon={<IconInfoCircle />}
        title="Decision support, not clearance"
      >
        RTS Bridge shows where an athlete stands against return-to-sport criteria and how far
        training is from what the sport demands. Return to training and return to play are decided
        and signed off by a named clinician together with the athlete and coach.
      </Alert>
    </Stack>
  )
}
