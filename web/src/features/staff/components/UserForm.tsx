import {
  Button,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { isConflict } from '../../../lib/problem';
import { showApiErrors } from '../../../lib/form-errors';
import { FormProblem } from '../../../components/FormProblem';
import {
  fetchUser,
  staffKeys,
  useCreateUser,
  useUpdateUser,
  type StaffRole,
  type StaffUser,
  type UpdateUserBody,
} from '../api/staff';

export const STAFF_ROLES: StaffRole[] = ['admin', 'social_worker', 'nurse', 'caretaker'];

interface Values {
  username: string;
  fullName: string;
  role: string;
  password: string;
  phone: string;
  email: string;
  active: boolean;
}

function valuesOf(user: StaffUser | null): Values {
  return {
    username: user?.username ?? '',
    fullName: user?.fullName ?? '',
    role: user?.role ?? '',
    password: '',
    phone: user?.phone ?? '',
    email: user?.email ?? '',
    active: user?.active ?? true,
  };
}

/**
 * A new staff account, or a change to one (name, role, active, contact, a new password) sent with
 * If-Match. The password policy is the service's: its errors appear under the password field.
 */
export function UserForm({
  user: initial,
  onDone,
}: {
  user: StaffUser | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [user, setUser] = useState(initial);
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(user) });
  const conflict = user !== null && isConflict(update.error);
  const current = useQuery({
    queryKey: [...staffKeys.all, 'user', user?.id ?? ''],
    queryFn: () => fetchUser(user?.id ?? ''),
    enabled: conflict,
  });
  const required = t('staff.errors.required');

  const submit = form.onSubmit((v) => {
    const errors: Record<string, string> = {};
    if (!user && v.username.trim() === '') errors.username = required;
    if (v.fullName.trim() === '') errors.fullName = required;
    const role = STAFF_ROLES.find((r) => r === v.role);
    if (!role) errors.role = required;
    if (!user && v.password === '') errors.password = required;
    form.setErrors(errors);
    if (!role || Object.keys(errors).length > 0) return;
    const onError = (error: Error) => {
      showApiErrors(form, error);
    };
    const phone = v.phone.trim();
    const email = v.email.trim();
    if (user) {
      const body: UpdateUserBody = { fullName: v.fullName.trim(), role, active: v.active };
      if (phone !== (user.phone ?? '')) body.phone = phone;
      if (email !== (user.email ?? '') && email !== '') body.email = email;
      if (v.password !== '') body.password = v.password;
      update.mutate({ id: user.id, version: user.version, body }, { onSuccess: onDone, onError });
    } else {
      create.mutate(
        {
          username: v.username.trim(),
          fullName: v.fullName.trim(),
          role,
          password: v.password,
          phone: phone === '' ? undefined : phone,
          email: email === '' ? undefined : email,
        },
        { onSuccess: onDone, onError },
      );
    }
  });

  const roleData = STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict ? (
          <ConflictNotice
            current={
              current.data
                ? [
                    { label: t('staff.fields.fullName'), value: current.data.fullName },
                    { label: t('staff.fields.role'), value: t(`roles.${current.data.role}`) },
                    {
                      label: t('staff.fields.active'),
                      value: current.data.active ? t('staff.active') : t('staff.inactive'),
                    },
                  ]
                : []
            }
            onReload={() => {
              if (current.data) {
                setUser(current.data);
                form.setValues(valuesOf(current.data));
              }
              update.reset();
            }}
          />
        ) : null}
        {isConflict(mutation.error) ? null : (
          <FormProblem error={mutation.error} values={form.getValues()} />
        )}
        {user ? null : (
          <TextInput
            label={t('staff.fields.username')}
            description={t('staff.usernameHint')}
            required
            autoComplete="off"
            autoCapitalize="none"
            {...form.getInputProps('username')}
          />
        )}
        <TextInput
          label={t('staff.fields.fullName')}
          required
          autoComplete="off"
          {...form.getInputProps('fullName')}
        />
        <Select
          label={t('staff.fields.role')}
          required
          allowDeselect={false}
          data={roleData}
          {...form.getInputProps('role')}
        />
        <PasswordInput
          label={user ? t('staff.fields.newPassword') : t('staff.fields.password')}
          description={t('staff.passwordHint')}
          required={!user}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('staff.fields.phone')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('staff.fields.email')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        {user ? (
          <Switch
            label={t('staff.fields.active')}
            description={t('staff.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('staff.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={conflict}>
            {t('staff.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
