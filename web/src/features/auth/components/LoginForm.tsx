import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { login } from '../../../lib/api';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('login.required')),
      password: (v) => (v ? null : t('login.required')),
    },
  });
  const signIn = useMutation({
    mutationFn: (values: { username: string; password: string }) =>
      login(values.username.trim(), values.password),
    onSuccess: onSignedIn,
  });
  return (
    <form
      onSubmit={form.onSubmit((values) => {
        signIn.mutate(values);
      })}
      noValidate
    >
      <Stack>
        {signIn.error ? <ErrorDisplay error={signIn.error} /> : null}
        <TextInput
          label={t('login.username')}
          autoComplete="username"
          autoCapitalize="none"
          size="md"
          required
          key={form.key('username')}
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          size="md"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" size="md" loading={signIn.isPending}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
