import { Anchor, Button, Checkbox, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { PageTitle } from '../../../components/PageTitle';
import { isApiProblem } from '../../../lib/problem';
import { newIdempotencyKey } from '../../../lib/device-store';
import {
  enqueueIncident,
  failureProblem,
  flushOutbox,
  outboxItem,
  removeBatch,
} from '../api/outbox';
import { facilityQuery, roomsQuery, roundViewQuery } from '../api/queries';
import type { IncidentBody } from '../api/types';
import { facilityNow, shiftAt, shiftDate, zoneOffset } from '../lib/shift-clock';

const KINDS = [
  'fall',
  'injury',
  'illness',
  'aggression',
  'self_harm',
  'running_away',
  'suspected_abuse',
  'death',
] as const satisfies IncidentBody['kind'][];
const SEVERITIES = [
  'minor',
  'moderate',
  'serious',
  'critical',
] as const satisfies IncidentBody['severity'][];

interface IncidentForm {
  residentId: string;
  kind: IncidentBody['kind'];
  severity: IncidentBody['severity'];
  occurredAt: string;
  place: string;
  description: string;
  actionTaken: string;
  informed: string;
  hospitalised: boolean;
}

/** "Điều dưỡng trực, Giám đốc" → the list the API takes (none: left out). */
function informedList(text: string): string[] | undefined {
  const names = text
    .split(/[,;\n]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  return names.length > 0 ? names : undefined;
}

/** The local time now as a datetime-local value (YYYY-MM-DDTHH:mm) in the facility's zone. */
function localNow(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')}T${p('hour')}:${p('minute')}`;
}

/** Report an incident of a resident of the room (a serious one alerts the director at once). */
export function IncidentRoute() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const navigate = useNavigate();
  const facility = useQuery(facilityQuery());
  const rooms = useQuery(roomsQuery());
  const timeZone = facility.data?.timezone ?? 'Asia/Ho_Chi_Minh';
  const now = facilityNow(timeZone);
  const shift = shiftAt(now.hour);
  const view = useQuery(roundViewQuery(roomId, shiftDate(shift, now), shift));
  const room = rooms.data?.find((r) => r.id === roomId);
  // Made when the form is opened: a double tap or a retry records the incident once.
  const [idempotencyKey] = useState(newIdempotencyKey);

  const required = (v: string) => (v.trim() ? null : t('round.incident.required'));
  const form = useForm<IncidentForm>({
    initialValues: {
      residentId: '',
      kind: 'fall',
      severity: 'minor',
      occurredAt: localNow(timeZone),
      place: '',
      description: '',
      actionTaken: '',
      informed: '',
      hospitalised: false,
    },
    validate: {
      residentId: required,
      occurredAt: required,
      place: required,
      description: required,
      actionTaken: required,
    },
  });

  /**
   * Like the round: the report goes to the device's outbox first, under the key made when the
   * form was opened, then is sent. Without network it waits there (the round's screens send it
   * when the network is back); a refusal comes back to the form, taken off the outbox.
   */
  const report = useMutation({
    mutationFn: async (v: IncidentForm): Promise<'sent' | 'kept'> => {
      await enqueueIncident({
        key: idempotencyKey,
        roomId,
        residentId: v.residentId,
        body: {
          kind: v.kind,
          severity: v.severity,
          occurredAt: `${v.occurredAt}:00${zoneOffset(timeZone)}`,
          place: v.place.trim(),
          description: v.description.trim(),
          actionTaken: v.actionTaken.trim(),
          informed: informedList(v.informed),
          hospitalised: v.hospitalised,
        },
      });
      await flushOutbox();
      const item = outboxItem(idempotencyKey);
      if (item?.state === 'failed') {
        await removeBatch(idempotencyKey);
        throw failureProblem(item) ?? new Error('refused');
      }
      return item?.state === 'sent' ? 'sent' : 'kept';
    },
    // Offline, the mutation must run (into the outbox), not wait for the network.
    networkMode: 'always',
    onSuccess: (outcome) => {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: outcome === 'sent' ? 'teal' : 'orange',
        message: t(outcome === 'sent' ? 'round.incident.saved' : 'round.incident.savedOffline'),
      });
      void navigate(`/round/${roomId}`);
    },
    onError: (error) => {
      if (isApiProblem(error)) form.setErrors(error.errorsByField());
    },
  });

  return (
    <>
      <PageTitle>{t('round.incident.title', { code: room?.code ?? '…' })}</PageTitle>
      <form
        // Field errors in a red dark enough on white (Mantine's red.6 fails WCAG AA contrast).
        style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as React.CSSProperties}
        onSubmit={form.onSubmit((v) => {
          report.mutate(v);
        })}
        noValidate
      >
        <Stack gap="sm">
          <Anchor component={Link} to={`/round/${roomId}`} py={10}>
            {t('round.back')}
          </Anchor>
          {report.error ? <ErrorDisplay error={report.error} /> : null}
          <NativeSelect
            label={t('round.incident.resident')}
            required
            size="md"
            data={[
              { value: '', label: '—' },
              ...(view.data?.items ?? []).map((i) => ({ value: i.residentId, label: i.fullName })),
            ]}
            {...form.getInputProps('residentId')}
          />
          <NativeSelect
            label={t('round.incident.kind')}
            required
            size="md"
            data={KINDS.map((k) => ({ value: k, label: t(`round.incident.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <NativeSelect
            label={t('round.incident.severity')}
            required
            size="md"
            data={SEVERITIES.map((s) => ({ value: s, label: t(`round.incident.severities.${s}`) }))}
            {...form.getInputProps('severity')}
          />
          <TextInput
            type="datetime-local"
            label={t('round.incident.occurredAt')}
            required
            size="md"
            {...form.getInputProps('occurredAt')}
          />
          <TextInput
            label={t('round.incident.place')}
            required
            size="md"
            maxLength={200}
            {...form.getInputProps('place')}
          />
          <Textarea
            label={t('round.incident.description')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('description')}
          />
          <Textarea
            label={t('round.incident.actionTaken')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('actionTaken')}
          />
          <TextInput
            label={t('round.incident.informed')}
            description={t('round.incident.informedHint')}
            size="md"
            {...form.getInputProps('informed')}
          />
          <Checkbox
            label={t('round.incident.hospitalised')}
            size="md"
            py={10}
            {...form.getInputProps('hospitalised', { type: 'checkbox' })}
          />
          <Button type="submit" h={52} loading={report.isPending}>
            {t('round.incident.submit')}
          </Button>
        </Stack>
      </form>
    </>
  );
}
