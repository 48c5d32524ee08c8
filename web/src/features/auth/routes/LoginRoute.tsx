import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useSession } from '../../../lib/session';
import { LoginForm } from '../components/LoginForm';

/** Only paths of this app: `?next=https://elsewhere` must not send the user away. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);
  if (session) return <Navigate to={next} replace />;
  return (
    <Center mih="100dvh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={420}>
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Text fw={700} size="xl" c="teal.9">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
          </Group>
          <Title order={1} size="h2">
            {t('login.title')}
          </Title>
          <Text size="sm">{t('login.intro')}</Text>
          <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
