import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { logout } from '../lib/api';
import { useSession } from '../lib/session';
import { screensFor } from './screens';

/** Header (name, language, sign-out) and a nav of the role's screens; the screen in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  if (!session) return null;
  const { user } = session;

  const signOut = async () => {
    await logout().catch(() => undefined);
    queryClient.clear();
    await navigate('/login', { replace: true });
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Text fw={700} c="teal.9">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" visibleFrom="sm">
            <LanguageSwitch />
            <Button variant="default" onClick={() => void signOut()}>
              {t('session.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} component="nav">
        <Stack gap={4} style={{ flex: 1 }}>
          {screensFor(user.role).map((screen) => (
            <NavLink
              key={screen.path}
              component={RouterNavLink}
              to={screen.path}
              label={t(screen.label)}
              onClick={close}
              h={48}
            />
          ))}
        </Stack>
        <Stack gap="xs" pt="sm">
          <Text size="sm">{t('session.signedInAs', { name: user.fullName })}</Text>
          <Text size="xs" c="dimmed">
            {t(`roles.${user.role}`)}
          </Text>
          {user.facilityName ? (
            <Text size="xs" c="dimmed">
              {user.facilityName}
            </Text>
          ) : null}
          <Group hiddenFrom="sm" gap="xs">
            <LanguageSwitch />
            <Button variant="default" onClick={() => void signOut()}>
              {t('session.logout')}
            </Button>
          </Group>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
