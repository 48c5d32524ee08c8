import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, use, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { unsentOnDevice } from '../features/round/api/outbox';
import { logout } from '../lib/api';
import { clearDevice } from '../lib/device';
import { messagesOf } from '../lib/i18n';
import { useSession, type Role } from '../lib/session';
import { mayOpen, navMessages, screensFor } from './screens';

const SignOutDialog = lazy(() =>
  import('./SignOutDialog').then((m) => ({ default: m.SignOutDialog })),
);

/**
 * The nav's labels of some screens live in their feature's message file: the header's buttons and
 * the nav wait for it, the screen in <main> does not (its API reads start at once).
 */
function WithNavMessages({ role, children }: { role: Role; children: ReactNode }) {
  use(messagesOf(navMessages(role)));
  return children;
}

/** Header (name, language, sign-out) and a nav of the role's screens; the screen in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unsent, setUnsent] = useState<number | null>(null);
  if (!session) return null;
  const { user } = session;

  /**
   * Signing out leaves the device clean for the next person on a shared phone: the session, the
   * round's copies and entries in IndexedDB, the query cache. Unsent entries are asked about first.
   */
  const signOutNow = async () => {
    setUnsent(null);
    await logout().catch(() => undefined);
    await clearDevice();
    queryClient.clear();
    await navigate('/login', { replace: true });
  };
  const signOut = async () => {
    close();
    // The medication round's outbox, read through its own chunk (not the entry's).
    const [round, medication] = await Promise.all([
      unsentOnDevice(),
      import('../features/medication/api/outbox').then((m) => m.unsentMedication()),
    ]);
    const waiting = round + medication;
    if (waiting > 0) setUnsent(waiting);
    else await signOutNow();
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
          {mayOpen(user.role, '/alerts') ? (
            <Suspense fallback={null}>
              <WithNavMessages role={user.role}>
                <Button component={Link} to="/alerts" variant="default" h={44} ml="auto" mr="xs">
                  {t('alerts.nav')}
                </Button>
              </WithNavMessages>
            </Suspense>
          ) : null}
          <Group gap="xs" wrap="nowrap" visibleFrom="sm">
            <LanguageSwitch />
            <Button variant="default" onClick={() => void signOut()}>
              {t('session.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        aria-label={t('nav.label')}
        component="nav"
        // The admin's screens fill a phone's height: the menu scrolls to its language switch.
        style={{ overflowY: 'auto' }}
      >
        <Stack gap={4} style={{ flex: 1 }}>
          <Suspense fallback={null}>
            <WithNavMessages role={user.role}>
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
            </WithNavMessages>
          </Suspense>
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
      {unsent !== null ? (
        <Suspense fallback={null}>
          <SignOutDialog
            unsent={unsent}
            onStay={() => {
              setUnsent(null);
            }}
            onSignOut={() => void signOutNow()}
          />
        </Suspense>
      ) : null}
    </AppShell>
  );
}
