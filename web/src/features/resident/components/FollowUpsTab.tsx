import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { FormFooter } from '../../../components/FormFooter';
import { Loading } from '../../../components/Loading';
import { enumValues } from '../../../lib/enum-values';
import { formatDate } from '../../../lib/format';
import { showApiErrors } from '../../../lib/form-errors';
import { todayIn } from '../../../lib/today';
import {
  dischargesQuery,
  followUpsQuery,
  planFollowUp,
  recordFollowUp,
  residentKeys,
  type Discharge,
  type FollowUp,
  type UpdateFollowUp,
} from '../api/resident';

type Method = NonNullable<UpdateFollowUp['method']>;
type Risk = NonNullable<UpdateFollowUp['riskLevel']>;
const METHODS = enumValues({ visit: true, phone: true } satisfies Record<Method, true>);
const RISKS = enumValues({ low: true, medium: true, high: true } satisfies Record<Risk, true>);

/** The visits after each discharge (TT 02/2020: at least 6 months): record one, plan another. */
export function FollowUpsTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const discharges = useQuery(dischargesQuery(residentId));
  if (discharges.isPending) return <Loading />;
  if (discharges.error) return <ErrorDisplay error={discharges.error} />;
  if (discharges.data.length === 0) return <Text c="dimmed">{t('resident.followups.none')}</Text>;
  return (
    <Stack gap="md">
      {discharges.data.map((d) => (
        <DischargeFollowUps key={d.id} discharge={d} />
      ))}
    </Stack>
  );
}

function DischargeFollowUps({ discharge }: { discharge: Discharge }) {
  const { t } = useTranslation();
  const followUps = useQuery(followUpsQuery(discharge.id));
  const titleId = `discharge-${discharge.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Text fw={700} component="h3" id={titleId}>
          {t('resident.followups.discharge', {
            date: formatDate(discharge.effectiveOn),
            no: discharge.decisionNo,
          })}
        </Text>
        {followUps.isPending ? <Loading /> : null}
        {followUps.error ? <ErrorDisplay error={followUps.error} /> : null}
        {followUps.data?.length === 0 ? (
          <Text size="sm">{t('resident.followups.noVisits')}</Text>
        ) : null}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {(followUps.data ?? []).map((f) => (
            <FollowUpItem key={f.id} followUp={f} />
          ))}
        </Stack>
        <PlanFollowUpForm discharge={discharge} />
      </Stack>
    </Card>
  );
}

function FollowUpItem({ followUp: f }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder component="li" p="sm">
      <Group justify="space-between" align="flex-start">
        <Text fw={600} size="sm">
          {t('resident.followups.due', { date: formatDate(f.dueOn) })}
        </Text>
        {f.riskLevel ? (
          <Badge color={f.riskLevel === 'high' ? 'red.9' : 'gray.7'}>
            {t(`resident.followups.risk.${f.riskLevel}`)}
          </Badge>
        ) : null}
      </Group>
      {f.doneOn ? (
        <Text size="sm">
          {t('resident.followups.done', {
            date: formatDate(f.doneOn),
            method: f.method ? t(`resident.followups.method.${f.method}`) : '—',
          })}
        </Text>
      ) : null}
      {f.livingSituation ? <Text size="sm">{f.livingSituation}</Text> : null}
      {f.notes ? (
        <Text size="sm" c="dimmed">
          {f.notes}
        </Text>
      ) : null}
      {!f.doneOn && !open ? (
        <Group mt="xs">
          <Button
            mih={44}
            variant="light"
            onClick={() => {
              setOpen(true);
            }}
          >
            {t('resident.followups.record')}
          </Button>
        </Group>
      ) : null}
      {open ? (
        <RecordForm
          followUp={f}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </Card>
  );
}

interface RecordValues {
  doneOn: string;
  method: Method;
  livingSituation: string;
  schoolingOrWork: string;
  health: string;
  riskLevel: Risk;
  notes: string;
}

const text = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** The visit or call made: what was found. A stale version (someone recorded it) is a 412. */
function RecordForm({ followUp, onDone }: { followUp: FollowUp; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<RecordValues>({
    initialValues: {
      doneOn: todayIn(),
      method: 'visit',
      livingSituation: '',
      schoolingOrWork: '',
      health: '',
      riskLevel: 'low',
      notes: '',
    },
  });
  const key = residentKeys.followUps(followUp.dischargeId);
  const save = useMutation({
    mutationFn: (v: RecordValues) =>
      recordFollowUp(followUp, {
        doneOn: v.doneOn,
        method: v.method,
        livingSituation: text(v.livingSituation),
        schoolingOrWork: text(v.schoolingOrWork),
        health: text(v.health),
        riskLevel: v.riskLevel,
        notes: text(v.notes),
      }),
    onSuccess: async () => {
      onDone();
      await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => {
      showApiErrors(form, error);
    },
  });
  const titleId = `record-${followUp.id}`;
  return (
    <form
      noValidate
      aria-labelledby={titleId}
      onSubmit={form.onSubmit((v) => {
        save.mutate(v);
      })}
    >
      <Stack gap="sm" mt="sm">
        <Text fw={600} id={titleId}>
          {t('resident.followups.recordTitle', { date: formatDate(followUp.dueOn) })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateField
            label={t('resident.followups.doneOn')}
            required
            {...form.getInputProps('doneOn')}
          />
          <Select
            label={t('resident.followups.methodLabel')}
            allowDeselect={false}
            data={METHODS.map((m) => ({ value: m, label: t(`resident.followups.method.${m}`) }))}
            {...form.getInputProps('method')}
          />
          <Select
            label={t('resident.followups.riskLabel')}
            allowDeselect={false}
            data={RISKS.map((r) => ({ value: r, label: t(`resident.followups.risk.${r}`) }))}
            {...form.getInputProps('riskLevel')}
          />
        </SimpleGrid>
        <Textarea
          label={t('resident.followups.livingSituation')}
          autosize
          minRows={2}
          {...form.getInputProps('livingSituation')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('resident.followups.schoolingOrWork')}
            {...form.getInputProps('schoolingOrWork')}
          />
          <TextInput label={t('resident.followups.health')} {...form.getInputProps('health')} />
        </SimpleGrid>
        <Textarea
          label={t('resident.followups.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <FormFooter
          error={save.error}
          values={form.getValues()}
          conflict={{
            current: [],
            onReload: () => {
              void queryClient.invalidateQueries({ queryKey: key });
              onDone();
            },
          }}
          saveLabel={t('resident.followups.save')}
          saving={save.isPending}
          cancelLabel={t('resident.form.cancel')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

interface PlanValues {
  dueOn: string;
  notes: string;
}

/** Another visit after the discharge (the API: after the day of leaving). */
function PlanFollowUpForm({ discharge }: { discharge: Discharge }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<PlanValues>({ initialValues: { dueOn: '', notes: '' } });
  const save = useMutation({
    mutationFn: (v: PlanValues) =>
      planFollowUp(discharge.id, { dueOn: v.dueOn, notes: text(v.notes) }),
    onSuccess: async () => {
      setOpen(false);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: residentKeys.followUps(discharge.id) });
    },
    onError: (error) => {
      showApiErrors(form, error);
    },
  });
  if (!open) {
    return (
      <Group>
        <Button
          mih={44}
          variant="default"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('resident.followups.plan')}
        </Button>
      </Group>
    );
  }
  const titleId = `plan-follow-up-${discharge.id}`;
  return (
    <form
      noValidate
      aria-labelledby={titleId}
      onSubmit={form.onSubmit((v) => {
        save.mutate(v);
      })}
    >
      <Stack gap="sm">
        <Text fw={600} id={titleId}>
          {t('resident.followups.planTitle')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={t('resident.followups.dueOn')}
            required
            {...form.getInputProps('dueOn')}
          />
          <TextInput label={t('resident.followups.notes')} {...form.getInputProps('notes')} />
        </SimpleGrid>
        <FormFooter
          error={save.error}
          values={form.getValues()}
          saveLabel={t('resident.followups.savePlan')}
          saving={save.isPending}
          cancelLabel={t('resident.form.cancel')}
          onCancel={() => {
            setOpen(false);
            save.reset();
          }}
        />
      </Stack>
    </form>
  );
}
