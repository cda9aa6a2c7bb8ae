import { Anchor, Grid, Group, Loader, NavLink, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { Link } from 'wouter'
import { findTemplate, sportTemplates } from '@shared/templates'
import { levelLabels } from '../athlete/demands/labels'
import { describeOrigin } from '../athlete/demands/templates'
import { useAppSettings } from '../settings/api'
import { useClubTemplates } from './api'
import { BuiltInTemplateView } from './BuiltInTemplateView'
import { ClubTemplateView } from './ClubTemplateView'

interface Props {
  /** 'builtin' or 'club'; nothing shows the first built-in template. */
  kind?: string
  id?: string
}

/**
 * Settings → Sport templates: the built-in templates with their citations, and the club's own
 * copies, which appear in every athlete's template picker.
 */
export function TemplatesPage({ kind, id }: Props) {
  const settings = useAppSettings()
  const club = useClubTemplates()

  const builtin = kind === 'club' ? null : (findTemplate(id ?? '') ?? sportTemplates[0]!)
  const clubTemplate = kind === 'club' ? (club.data?.find((t) => t.id === id) ?? null) : null

  // A club template opens in the full width: its editor needs the room of the athlete page.
  if (kind === 'club') {
    return (
      <Stack gap="md">
        <Anchor component={Link} href="/settings/templates" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} /> Sport templates
          </Group>
        </Anchor>
        <Paper withBorder radius="lg" p="lg">
          {settings.isPending || club.isPending ? (
            <Loader size="sm" />
          ) : settings.isError ? (
            <Text c="red">{settings.error.message}</Text>
          ) : club.isError ? (
            <Text c="red">{club.error.message}</Text>
          ) : clubTemplate ? (
            <ClubTemplateView
              key={clubTemplate.id}
              template={clubTemplate}
              speedUnit={settings.data.speedUnit}
            />
          ) : (
            <Text c="dimmed">This club template is no longer there.</Text>
          )}
        </Paper>
      </Stack>
    )
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} href="/settings" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Settings
        </Group>
      </Anchor>
      <div>
        <Title order={2}>Sport templates</Title>
        <Text size="sm" c="dimmed" maw={760}>
          Built-in templates hold published match demands, each number with its source and the
          threshold it was measured above. Copy one into a club template to fit your own data; club
          templates appear in each athlete&apos;s template picker.
        </Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder radius="lg" p="xs">
            <nav aria-label="Sport templates">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={4}>
                Built-in
              </Text>
              {sportTemplates.map((t) => (
                <NavLink
                  key={t.id}
                  component={Link}
                  href={`/settings/templates/builtin/${t.id}`}
                  label={t.sport}
                  description={`${levelLabels[t.level]} · ${t.citation}`}
                  active={builtin?.id === t.id}
                  variant="light"
                />
              ))}
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
                Your club
              </Text>
              {club.isPending ? (
                <Loader size="xs" m="sm" />
              ) : club.isError ? (
                <Text size="sm" c="red" px="sm">
                  {club.error.message}
                </Text>
              ) : club.data.length === 0 ? (
                <Text size="sm" c="dimmed" px="sm" pb="xs">
                  None yet. Open a built-in template and copy it.
                </Text>
              ) : (
                club.data.map((t) => (
                  <NavLink
                    key={t.id}
                    component={Link}
                    href={`/settings/templates/club/${t.id}`}
                    label={t.name}
                    description={describeOrigin(t.basedOn, []) ?? t.profile.sport}
                    variant="light"
                  />
                ))
              )}
            </nav>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Paper withBorder radius="lg" p="lg">
            {settings.isPending ? (
              <Loader size="sm" />
            ) : settings.isError ? (
              <Text c="red">{settings.error.message}</Text>
            ) : (
              builtin && (
                <BuiltInTemplateView
                  key={builtin.id}
                  template={builtin}
                  speedUnit={settings.data.speedUnit}
                />
              )
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
