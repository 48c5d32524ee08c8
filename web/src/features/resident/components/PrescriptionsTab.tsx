import {
  Badge,
  Button,
  Card,
  Checkbox,
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
import { notifications } from '@mantine/notifications';
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
import { isConflict } from '../../../lib/problem';
import { todayIn } from '../../../lib/today';
import {
  createPrescription,
  prescriptionKeys,
  prescriptionQuery,
  prescriptionsQuery,
  stopPrescription,
  updatePrescription,
  type CreatePrescription,
  type Prescription,
} from '../api/resident';

/** The medicine forms and routes the API takes (its generated types, never a copied list). */
type Form = CreatePrescription['form'];
type Route = CreatePrescription['route'];
// In the order the picker shows them. `satisfies Record<…>`: a value the API adds (or drops)
// fails the type check here until it is listed and named in messages/<lang>/medication.json.
const FORMS = enumValues({
  tablet: true,
  capsule: true,
  syrup: true,
  powder: true,
  injection: true,
  drops: true,
  inhaler: true,
  cream: true,
  patch: true,
  suppository: true,
  other: true,
} satisfies Record<Form, true>);
const ROUTES = enumValues({
  oral: true,
  subcutaneous: true,
  intramuscular: true,
  topical: true,
  inhaled: true,
  eye: true,
  ear: true,
  nasal: true,
  rectal: true,
  other: true,
} satisfies Record<Route, true>);

/** The form's values, named as the API names the body's fields (its errors land by themselves). */
interface RxValues {
  medicineName: string;
  strength: string;
  form: Form;
  dose: string;
  route: Route;
  asNeeded: boolean;
  times: string;
  prnReason: string;
  maxPer24h: number | string;
  startDate: string;
  endDate: string;
  prescriber: string;
  instructions: string;
  indication: string;
  sensitive: boolean;
  caretakerLabel: string;
}

const EMPTY: RxValues = {
  medicineName: '',
  strength: '',
  form: 'tablet',
  dose: '',
  route: 'oral',
  asNeeded: false,
  times: '',
  prnReason: '',
  maxPer24h: '',
  startDate: '',
  endDate: '',
  prescriber: '',
  instructions: '',
  indication: '',
  sensitive: false,
  caretakerLabel: '',
};

function valuesOf(p: Prescription): RxValues {
  return {
    medicineName: p.medicineName,
    strength: p.strength ?? '',
    form: p.form,
    dose: p.dose,
    route: p.route,
    asNeeded: p.asNeeded,
    times: p.times.join(', '),
    prnReason: p.prnReason ?? '',
    maxPer24h: p.maxPer24h ?? '',
    startDate: p.startDate,
    endDate: p.endDate ?? '',
    prescriber: p.prescriber,
    instructions: p.instructions ?? '',
    indication: p.indication ?? '',
    sensitive: p.sensitive,
    caretakerLabel: p.caretakerLabel ?? '',
  };
}

const timesOf = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * The body of a create or a change: every field as the form holds it. An emptied text is sent
 * empty (the API stores none), an emptied end date or maximum as null; a PRN has no times and a
 * scheduled medicine no PRN reason or maximum.
 */
function bodyOf(v: RxValues) {
  const max = typeof v.maxPer24h === 'number' ? v.maxPer24h : null;
  return {
    medicineName: v.medicineName,
    strength: v.strength.trim(),
    form: v.form,
    dose: v.dose,
    route: v.route,
    asNeeded: v.asNeeded,
    times: v.asNeeded ? [] : timesOf(v.times),
    prnReason: v.asNeeded ? v.prnReason.trim() : '',
    maxPer24h: v.asNeeded ? max : null,
    startDate: v.startDate,
    endDate: v.endDate.trim() === '' ? null : v.endDate,
    prescriber: v.prescriber,
    instructions: v.instructions.trim(),
    indication: v.indication.trim(),
    sensitive: v.sensitive,
    caretakerLabel: v.sensitive ? v.caretakerLabel.trim() : '',
  };
}

/** `times.0` (one time of the list) goes by the one times field. */
const placeOf = (field: string): string => (field.startsWith('times.') ? 'times' : field);

/** The resident's prescriptions (nurse, admin): in force and stopped; add, change, stop. */
export function PrescriptionsTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const list = useQuery(prescriptionsQuery(residentId));
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text fw={700} component="h2" size="lg">
          {t('medication.rx.title')}
        </Text>
        {!adding ? (
          <Button
            mih={44}
            onClick={() => {
              setAdding(true);
            }}
          >
            {t('medication.rx.add')}
          </Button>
        ) : null}
      </Group>
      {adding ? (
        <PrescriptionForm
          residentId={residentId}
          prescription={null}
          onDone={() => {
            setAdding(false);
          }}
        />
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorDisplay error={list.error} /> : null}
      {list.data?.length === 0 ? <Text c="dimmed">{t('medication.rx.none')}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {(list.data ?? []).map((p) => (
          <PrescriptionItem key={p.id} prescription={p} />
        ))}
      </Stack>
    </Stack>
  );
}

function PrescriptionItem({ prescription: p }: { prescription: Prescription }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'stop'>('view');
  const name = [p.medicineName, p.strength].filter(Boolean).join(' ');
  const titleId = `rx-${p.id}`;
  return (
    <Card withBorder component="li" p="sm" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={700} id={titleId}>
          {name}
        </Text>
        <Group gap={4} wrap="nowrap">
          {p.sensitive ? (
            <Badge color="grape.9" tt="none">
              {t('medication.rx.sensitive')}
            </Badge>
          ) : null}
          <Badge color={p.status === 'active' ? 'teal.9' : 'gray.8'} tt="none">
            {t(`medication.rx.${p.status}`)}
          </Badge>
        </Group>
      </Group>
      <Text size="sm">
        {t('medication.dose.how', {
          dose: p.dose,
          form: t(`medication.form.${p.form}`),
          route: t(`medication.route.${p.route}`),
        })}
      </Text>
      <Text size="sm">
        {p.asNeeded
          ? t('medication.rx.prn', { reason: p.prnReason ?? '', max: p.maxPer24h ?? 0 })
          : t('medication.rx.times', { times: p.times.join(', ') })}
      </Text>
      <Text size="sm">
        {p.endDate
          ? t('medication.rx.datesTo', {
              start: formatDate(p.startDate),
              end: formatDate(p.endDate),
            })
          : t('medication.rx.dates', { start: formatDate(p.startDate) })}
        {' · '}
        {t('medication.rx.prescriber', { name: p.prescriber })}
      </Text>
      {p.instructions ? (
        <Text size="sm">{t('medication.dose.instructions', { text: p.instructions })}</Text>
      ) : null}
      {p.indication ? (
        <Text size="sm">{t('medication.dose.indication', { text: p.indication })}</Text>
      ) : null}
      {p.sensitive && p.caretakerLabel ? (
        <Text size="sm" c="dimmed">
          {t('medication.rx.caretakerLabel', { label: p.caretakerLabel })}
        </Text>
      ) : null}
      {p.status === 'stopped' ? (
        <Text size="sm" fw={600}>
          {t('medication.rx.stoppedBecause', {
            date: p.stoppedAt ? formatDate(p.stoppedAt.slice(0, 10)) : '',
            reason: p.stopReason ?? '',
          })}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('medication.rx.version', { version: p.version })}
      </Text>
      {p.status === 'active' && mode === 'view' ? (
        <Group mt="xs" gap="xs">
          <Button
            mih={44}
            variant="light"
            aria-label={`${t('medication.rx.edit')}: ${name}`}
            onClick={() => {
              setMode('edit');
            }}
          >
            {t('medication.rx.edit')}
          </Button>
          <Button
            mih={44}
            variant="default"
            aria-label={`${t('medication.rx.stop')}: ${name}`}
            onClick={() => {
              setMode('stop');
            }}
          >
            {t('medication.rx.stop')}
          </Button>
        </Group>
      ) : null}
      {mode === 'edit' ? (
        <PrescriptionForm
          residentId={p.residentId}
          prescription={p}
          onDone={() => {
            setMode('view');
          }}
        />
      ) : null}
      {mode === 'stop' ? (
        <StopForm
          prescription={p}
          name={name}
          onDone={() => {
            setMode('view');
          }}
        />
      ) : null}
    </Card>
  );
}

/** A new prescription, or a change of one (If-Match: a 412 keeps what was typed). */
function PrescriptionForm({
  residentId,
  prescription,
  onDone,
}: {
  residentId: string;
  prescription: Prescription | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<RxValues>({
    initialValues: prescription ? valuesOf(prescription) : { ...EMPTY, startDate: todayIn() },
  });
  const key = prescriptionKeys(residentId);
  const save = useMutation({
    mutationFn: (v: RxValues) => {
      const body = bodyOf(v);
      if (prescription) return updatePrescription(prescription, body);
      // A new one: only what was filled in.
      return createPrescription(residentId, {
        ...body,
        strength: body.strength || undefined,
        prnReason: body.prnReason || undefined,
        maxPer24h: body.maxPer24h ?? undefined,
        endDate: body.endDate ?? undefined,
        instructions: body.instructions || undefined,
        indication: body.indication || undefined,
        caretakerLabel: body.caretakerLabel || undefined,
      });
    },
    onSuccess: async () => {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'teal',
        message: t('medication.rx.saved'),
      });
      onDone();
      await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => {
      showApiErrors(form, error, placeOf);
    },
  });
  const conflict = isConflict(save.error);
  const current = useQuery({
    ...prescriptionQuery(prescription?.id ?? ''),
    enabled: conflict && prescription !== null,
  });
  const latest = conflict ? current.data : undefined;
  const titleId = `rx-form-${prescription?.id ?? 'new'}`;
  const v = form.getValues();
  const field = (name: keyof RxValues) => t(`medication.rx.fields.${name}`);
  return (
    <form
      noValidate
      aria-labelledby={titleId}
      onSubmit={form.onSubmit((values) => {
        save.mutate(values);
      })}
    >
      <Stack gap="sm" mt="sm">
        <Text fw={600} id={titleId}>
          {prescription
            ? t('medication.rx.editTitle', { name: prescription.medicineName })
            : t('medication.rx.addTitle')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={field('medicineName')}
            required
            {...form.getInputProps('medicineName')}
          />
          <TextInput label={field('strength')} {...form.getInputProps('strength')} />
          <Select
            label={field('form')}
            allowDeselect={false}
            data={FORMS.map((f) => ({ value: f, label: t(`medication.form.${f}`) }))}
            {...form.getInputProps('form')}
          />
          <TextInput label={field('dose')} required {...form.getInputProps('dose')} />
          <Select
            label={field('route')}
            allowDeselect={false}
            data={ROUTES.map((r) => ({ value: r, label: t(`medication.route.${r}`) }))}
            {...form.getInputProps('route')}
          />
        </SimpleGrid>
        <Checkbox
          label={field('asNeeded')}
          {...form.getInputProps('asNeeded', { type: 'checkbox' })}
        />
        {v.asNeeded ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={field('prnReason')} required {...form.getInputProps('prnReason')} />
            <NumberInput
              label={field('maxPer24h')}
              required
              min={1}
              max={24}
              allowDecimal={false}
              {...form.getInputProps('maxPer24h')}
            />
          </SimpleGrid>
        ) : (
          <TextInput
            label={field('times')}
            required
            placeholder="07:00, 19:00"
            {...form.getInputProps('times')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField label={field('startDate')} required {...form.getInputProps('startDate')} />
          <DateField label={field('endDate')} {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <TextInput label={field('prescriber')} required {...form.getInputProps('prescriber')} />
        <Textarea
          label={field('instructions')}
          autosize
          minRows={1}
          {...form.getInputProps('instructions')}
        />
        <TextInput label={field('indication')} {...form.getInputProps('indication')} />
        <Checkbox
          label={field('sensitive')}
          {...form.getInputProps('sensitive', { type: 'checkbox' })}
        />
        {v.sensitive ? (
          <TextInput
            label={field('caretakerLabel')}
            required
            {...form.getInputProps('caretakerLabel')}
          />
        ) : null}
        <FormFooter
          error={save.error}
          values={v}
          place={placeOf}
          conflict={{
            current: latest
              ? [
                  { label: field('dose'), value: latest.dose },
                  {
                    label: field('times'),
                    value: latest.asNeeded ? t('medication.prn.slot') : latest.times.join(', '),
                  },
                  {
                    label: field('endDate'),
                    value: latest.endDate ? formatDate(latest.endDate) : '—',
                  },
                ]
              : [],
            onReload: () => {
              void queryClient.invalidateQueries({ queryKey: key });
              onDone();
            },
          }}
          saveLabel={t('medication.rx.save')}
          saving={save.isPending}
          cancelLabel={t('medication.rx.cancel')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

function StopForm({
  prescription,
  name,
  onDone,
}: {
  prescription: Prescription;
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });
  const stop = useMutation({
    mutationFn: (v: { reason: string }) => stopPrescription(prescription, v.reason),
    onSuccess: async () => {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'teal',
        message: t('medication.rx.stoppedDone'),
      });
      onDone();
      await queryClient.invalidateQueries({ queryKey: prescriptionKeys(prescription.residentId) });
    },
    onError: (error) => {
      showApiErrors(form, error);
    },
  });
  const titleId = `rx-stop-${prescription.id}`;
  return (
    <form
      noValidate
      aria-labelledby={titleId}
      onSubmit={form.onSubmit((v) => {
        stop.mutate(v);
      })}
    >
      <Stack gap="sm" mt="sm">
        <Text fw={600} id={titleId}>
          {t('medication.rx.stopTitle', { name })}
        </Text>
        <Textarea
          label={t('medication.rx.stopReason')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <FormFooter
          error={stop.error}
          values={form.getValues()}
          conflict={{
            current: [],
            onReload: () => {
              void queryClient.invalidateQueries({
                queryKey: prescriptionKeys(prescription.residentId),
              });
              onDone();
            },
          }}
          saveLabel={t('medication.rx.stopSave')}
          saving={stop.isPending}
          saveColor="red.9"
          cancelLabel={t('medication.rx.cancel')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
