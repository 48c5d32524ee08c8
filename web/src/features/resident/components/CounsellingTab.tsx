import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { LoadMore } from '../../../components/LoadMore';
import { Loading } from '../../../components/Loading';
import { formatDate, formatNumber } from '../../../lib/format';
import { showApiErrors } from '../../../lib/form-errors';
import { FormProblem } from '../../../components/FormProblem';
import { createSession, residentKeys, sessionsQuery, type CreateSession } from '../api/resident';

const TYPES = ['individual', 'group', 'family', 'crisis', 'therapy'] as const;

interface Values {
  sessionOn: string;
  type: string;
  durationMinutes: number | string;
  summary: string;
}

/** Counselling sessions (the case notes), newest first, and a form to record one. */
export function CounsellingTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useInfiniteQuery(sessionsQuery(residentId));
  const form = useForm<Values>({
    initialValues: {
      sessionOn: new Date().toISOString().slice(0, 10),
      type: 'individual',
      durationMinutes: 45,
      summary: '',
    },
    validate: { summary: (v) => (v.trim() ? null : t('resident.form.required')) },
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: CreateSession = {
        sessionOn: v.sessionOn,
        type: v.type as CreateSession['type'],
        durationMinutes: typeof v.durationMinutes === 'number' ? v.durationMinutes : 0,
        summary: v.summary.trim(),
      };
      return createSession(residentId, body);
    },
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: residentKeys.sessions(residentId) });
    },
    onError: (error) => {
      showApiErrors(form, error);
    },
  });
  if (sessions.isPending) return <Loading />;
  if (sessions.error) return <ErrorDisplay error={sessions.error} />;
  const items = sessions.data.pages.flatMap((p) => p.items);
  return (
    <Stack gap="md">
      {items.length === 0 ? <Text c="dimmed">{t('resident.counselling.none')}</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((s) => (
          <Card key={s.id} withBorder component="li">
            <Text fw={600}>
              {t('resident.counselling.line', {
                date: formatDate(s.sessionOn),
                type: t(`resident.counselling.type.${s.type}`),
                minutes: formatNumber(s.durationMinutes),
              })}
            </Text>
            <Text size="sm">{s.summary}</Text>
          </Card>
        ))}
      </Stack>
      <LoadMore
        hasNextPage={sessions.hasNextPage}
        isFetchingNextPage={sessions.isFetchingNextPage}
        fetchNextPage={sessions.fetchNextPage}
        label={t('resident.loadMore')}
      />
      <Card withBorder component="section" aria-labelledby="session-form-title">
        <form
          noValidate
          onSubmit={form.onSubmit((v) => {
            save.mutate(v);
          })}
        >
          <Stack gap="sm">
            <Text fw={700} component="h3" id="session-form-title">
              {t('resident.counselling.formTitle')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                type="date"
                label={t('resident.counselling.date')}
                required
                {...form.getInputProps('sessionOn')}
              />
              <Select
                label={t('resident.counselling.typeLabel')}
                allowDeselect={false}
                data={TYPES.map((x) => ({ value: x, label: t(`resident.counselling.type.${x}`) }))}
                {...form.getInputProps('type')}
              />
              <NumberInput
                label={t('resident.counselling.duration')}
                min={5}
                max={480}
                allowDecimal={false}
                required
                {...form.getInputProps('durationMinutes')}
              />
            </SimpleGrid>
            <Textarea
              label={t('resident.counselling.summary')}
              required
              autosize
              minRows={3}
              {...form.getInputProps('summary')}
            />
            <FormProblem error={save.error} values={form.getValues()} />
            <Group>
              <Button type="submit" mih={44} loading={save.isPending}>
                {t('resident.counselling.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
