import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { needsBanner } from '../../../lib/formErrors';
import { isApiProblem } from '../../../lib/problem';
import { acknowledgeAlert, alertKeys, type Alert } from '../api/alerts';

/** The action note that acknowledges an alert (who and when are recorded by the service). */
export function AcknowledgeForm({ alert, onDone }: { alert: Alert; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { note: '' },
    validate: { note: (v) => (v.trim() ? null : t('alerts.required')) },
  });
  const mutation = useMutation({
    mutationFn: (note: string) => acknowledgeAlert(alert.id, note.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: alertKeys.lists() });
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'teal',
        message: t('alerts.acknowledged'),
      });
      onDone();
    },
    onError: (error) => {
      if (isApiProblem(error)) form.setErrors(error.errorsByField());
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        mutation.mutate(v.note);
      })}
    >
      <Stack>
        {mutation.error && needsBanner(mutation.error, form.values) ? (
          <ErrorDisplay error={mutation.error} />
        ) : null}
        <Textarea
          required
          data-autofocus
          label={t('alerts.note')}
          placeholder={t('alerts.noteHint')}
          autosize
          minRows={3}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" h={44} onClick={onDone}>
            {t('alerts.cancel')}
          </Button>
          <Button type="submit" h={44} loading={mutation.isPending}>
            {t('alerts.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
