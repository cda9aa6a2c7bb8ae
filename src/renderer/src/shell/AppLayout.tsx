import { AppShell, Group, NavLink, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconActivityHeartbeat, IconSettings, IconUsersGroup } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'wouter'

const links = [
  {
    href: '/',
    label: 'Squad board',
    icon: IconUsersGroup,
    match: (path: string) => !path.startsWith('/settings'),
  },
  {
    href: '/settings',
    label: 'Settings',
    icon: IconSettings,
    match: (path: string) => path.startsWith('/settings'),
  },
]

export function AppLayout({ children }: { children: ReactNode }) {
  const [location] = useLocation()
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <ThemeIcon size="lg" radius="md" variant="filled" aria-hidden>
            <IconActivityHeartbeat size={20} />
          </ThemeIcon>
          <Stack gap={0}>
            <Title order={4} lh={1.1}>
              RTS Bridge
            </Title>
            <Text size="xs" c="dimmed" lh={1.1}>
              Hamstring return to sport
            </Text>
          </Stack>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {links.map((link) => (
          <NavLink
            key={link.href}
            component={Link}
            href={link.href}
            label={link.label}
            leftSection={<link.icon size={18} stroke={1.6} />}
            active={link.match(location)}
            variant="light"
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          Decision support, not medical clearance.
        </Text>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  )
}
