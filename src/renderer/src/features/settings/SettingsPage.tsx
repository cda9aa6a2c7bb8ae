import { Alert, Code, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { DataSections } from '../data/DataSections'
import { SportTemplatesSummary } from '../templates/SportTemplatesSummary'
import { useAppInfo, useAppSettings } from './api'
import { PreferencesForm } from './PreferencesForm'

export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  )
}

export function SettingsPage() {
  const info = useAppInfo()
  const settings = useAppSettings()
  return (
    <Stack gap="lg" maw={900}>
      <Title order={2}>Settings</Title>
      <SettingsSection title="You and your club">
        {settings.isPending ? (
          <Loader size="sm" />
        ) : settings.isError ? (
          <Text c="red">{settings.error.message}</Text>
        ) : (
          <PreferencesForm settings={settings.data} />
        )}
      </SettingsSection>
      <SettingsSection title="Sport templates">
        <SportTemplatesSummary />
      </SettingsSection>
      <SettingsSection title="Your data">
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
      </SettingsSection>
      <DataSections />
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
