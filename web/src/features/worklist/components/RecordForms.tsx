import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { isApiProblem } from '../../../lib/problem';
import {
  newIdempotencyKey,
  recordExam,
  recordMeasurement,
  recordVaccination,
  worklistKeys,
  type ExamKind,
  type WorklistItem,
} from '../api/worklist';
import { formatDate } from '../../../lib/format';
import { needsBanner } from '../../../lib/formErrors';
import { optionalNumber, optionalText, parseDay, todayInVietnam } from './fields';

const EXAM_KINDS = [
  'periodic_exam',
  'annual_exam',
  'hiv_monitoring',
  'growth_check',
  'dental',
  'eye',
  'other',
] as const satisfies readonly ExamKind[];

const isExamKind = (k: string): k is ExamKind => (EXAM_KINDS as readonly string[]).includes(k);

/** Decimal numbers as Vietnamese write them: 24,5. */
const DECIMAL = { decimalSeparator: ',', thousandSeparator: false, allowNegative: false } as const;

interface FormProps {
  item: WorklistItem;
  onDone: () => void;
}

/**
 * The common end of a save: on success the worklist is read again and the drawer closes; a
 * refused save puts each field's message next to its field and keeps every value typed.
 */
function useRecordMutation<T>(
  save: (values: T, key: string) => Promise<unknown>,
  setErrors: (errors: Record<string, string>) => void,
  onSaved: (answer: unknown) => void,
) {
  const queryClient = useQueryClient();
  // One key for this opening of the form: a retry (after a token refresh) replays, never doubles.
  const [key] = useState(newIdempotencyKey);
  return useMutation({
    mutationFn: (values: T) => save(values, key),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: worklistKeys.lists() });
      onSaved(answer);
    },
    onError: (error) => {
      if (isApiProblem(error)) setErrors(error.errorsByField());
    },
  });
}

export function ExamForm({ item, onDone }: FormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      kind: isExamKind(item.kind) ? item.kind : 'periodic_exam',
      examinedOn: formatDate(todayInVietnam()),
      examiner: '',
      weightKg: '' as number | string,
      heightCm: '' as number | string,
      temperatureC: '' as number | string,
      pulse: '' as number | string,
      bpSystolic: '' as number | string,
      bpDiastolic: '' as number | string,
      findings: '',
      treatment: '',
    },
    validate: {
      examinedOn: (v) => (parseDay(v) ? null : t('worklist.dateFormat')),
      examiner: (v) => (v.trim() ? null : t('worklist.required')),
    },
  });
  type Values = typeof form.values;
  const mutation = useRecordMutation<Values>(
    (v, key) =>
      recordExam(
        item.residentId,
        {
          kind: v.kind,
          examinedOn: parseDay(v.examinedOn) ?? '',
          examiner: v.examiner.trim(),
          weightKg: optionalNumber(v.weightKg),
          heightCm: optionalNumber(v.heightCm),
          temperatureC: optionalNumber(v.temperatureC),
          pulse: optionalNumber(v.pulse),
          bpSystolic: optionalNumber(v.bpSystolic),
          bpDiastolic: optionalNumber(v.bpDiastolic),
          findings: optionalText(v.findings),
          treatment: optionalText(v.treatment),
          ...(item.kind === v.kind ? { scheduleId: item.scheduleId } : {}),
        },
        key,
      ),
    form.setErrors,
    () => {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'teal',
        message: t('worklist.exam.saved', { name: item.residentName }),
      });
      onDone();
    },
  );
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        mutation.mutate(v);
      })}
    >
      <Stack>
        {mutation.error && needsBanner(mutation.error, form.values) ? (
          <ErrorDisplay error={mutation.error} />
        ) : null}
        <NativeSelect
          label={t('worklist.exam.kind')}
          data={EXAM_KINDS.map((k) => ({ value: k, label: t(`worklist.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput
          placeholder={t('worklist.datePlaceholder')}
          required
          label={t('worklist.exam.examinedOn')}
          {...form.getInputProps('examinedOn')}
        />
        <TextInput
          required
          label={t('worklist.exam.examiner')}
          placeholder={t('worklist.exam.examinerHint')}
          {...form.getInputProps('examiner')}
        />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('worklist.exam.weightKg')}
            decimalScale={2}
            {...DECIMAL}
            {...form.getInputProps('weightKg')}
          />
          <NumberInput
            label={t('worklist.exam.heightCm')}
            decimalScale={1}
            {...DECIMAL}
            {...form.getInputProps('heightCm')}
          />
          <NumberInput
            label={t('worklist.exam.temperatureC')}
            decimalScale={1}
            {...DECIMAL}
            {...form.getInputProps('temperatureC')}
          />
          <NumberInput
            label={t('worklist.exam.pulse')}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('pulse')}
          />
          <NumberInput
            label={t('worklist.exam.bpSystolic')}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('bpSystolic')}
          />
          <NumberInput
            label={t('worklist.exam.bpDiastolic')}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('bpDiastolic')}
          />
        </SimpleGrid>
        <Textarea
          label={t('worklist.exam.findings')}
          autosize
          minRows={2}
          {...form.getInputProps('findings')}
        />
        <Textarea
          label={t('worklist.exam.treatment')}
          autosize
          minRows={2}
          {...form.getInputProps('treatment')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function VaccinationForm({ item, onDone }: FormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      vaccineCode: item.vaccineCode ?? '',
      doseNo: (item.doseNo ?? '') as number | string,
      givenOn: formatDate(todayInVietnam()),
      lot: '',
      place: '',
      givenBy: '',
    },
    validate: {
      vaccineCode: (v) => (v.trim() ? null : t('worklist.required')),
      doseNo: (v) => (typeof v === 'number' ? null : t('worklist.required')),
      givenOn: (v) => (parseDay(v) ? null : t('worklist.dateFormat')),
    },
  });
  type Values = typeof form.values;
  const mutation = useRecordMutation<Values>(
    (v, key) =>
      recordVaccination(
        item.residentId,
        {
          vaccineCode: v.vaccineCode.trim(),
          doseNo: optionalNumber(v.doseNo) ?? 0,
          givenOn: parseDay(v.givenOn) ?? '',
          lot: optionalText(v.lot),
          place: optionalText(v.place),
          givenBy: optionalText(v.givenBy),
        },
        key,
      ),
    form.setErrors,
    () => {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'teal',
        message: t('worklist.vaccination.saved', { name: item.residentName }),
      });
      onDone();
    },
  );
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        mutation.mutate(v);
      })}
    >
      <Stack>
        {mutation.error && needsBanner(mutation.error, form.values) ? (
          <ErrorDisplay error={mutation.error} />
        ) : null}
        <SimpleGrid cols={2}>
          <TextInput
            required
            label={t('worklist.vaccination.vaccineCode')}
            {...form.getInputProps('vaccineCode')}
          />
          <NumberInput
            required
            label={t('worklist.vaccination.doseNo')}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('doseNo')}
          />
        </SimpleGrid>
        <TextInput
          placeholder={t('worklist.datePlaceholder')}
          required
          label={t('worklist.vaccination.givenOn')}
          {...form.getInputProps('givenOn')}
        />
        <TextInput label={t('worklist.vaccination.lot')} {...form.getInputProps('lot')} />
        <TextInput label={t('worklist.vaccination.place')} {...form.getInputProps('place')} />
        <TextInput label={t('worklist.vaccination.givenBy')} {...form.getInputProps('givenBy')} />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

const POSITIONS = ['default', 'lying', 'standing'] as const;

const GROWTH_FLAGS = [
  'underweight',
  'severe_underweight',
  'stunting',
  'severe_stunting',
  'wasting',
  'severe_wasting',
  'obesity',
] as const;
type GrowthFlag = (typeof GROWTH_FLAGS)[number];
const isGrowthFlag = (f: unknown): f is GrowthFlag =>
  typeof f === 'string' && (GROWTH_FLAGS as readonly string[]).includes(f);

/** The flags this measurement raised (the create answer's `newFlags`, not in the typed schema). */
function flagsOf(answer: unknown): GrowthFlag[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const flags = (answer as { newFlags?: unknown }).newFlags;
  return Array.isArray(flags) ? flags.filter(isGrowthFlag) : [];
}

export function MeasurementForm({ item, onDone }: FormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      measuredOn: formatDate(todayInVietnam()),
      weightKg: '' as number | string,
      heightCm: '' as number | string,
      position: 'default' as (typeof POSITIONS)[number],
      muacCm: '' as number | string,
      headCircumferenceCm: '' as number | string,
      note: '',
    },
    validate: {
      measuredOn: (v) => (parseDay(v) ? null : t('worklist.dateFormat')),
      weightKg: (v, all) =>
        [v, all.heightCm, all.muacCm, all.headCircumferenceCm].some((x) => typeof x === 'number')
          ? null
          : t('worklist.measurement.needOne'),
    },
  });
  type Values = typeof form.values;
  const mutation = useRecordMutation<Values>(
    (v, key) =>
      recordMeasurement(
        item.residentId,
        {
          measuredOn: parseDay(v.measuredOn) ?? '',
          weightKg: optionalNumber(v.weightKg),
          heightCm: optionalNumber(v.heightCm),
          ...(v.position === 'default' ? {} : { position: v.position }),
          muacCm: optionalNumber(v.muacCm),
          headCircumferenceCm: optionalNumber(v.headCircumferenceCm),
          note: optionalText(v.note),
        },
        key,
      ),
    form.setErrors,
    (answer) => {
      const flags = flagsOf(answer);
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: flags.length > 0 ? 'orange' : 'teal',
        message:
          flags.length > 0
            ? t('worklist.measurement.savedWithFlags', {
                name: item.residentName,
                flags: flags.map((f) => t(`growth.flags.${f}`)).join(', '),
              })
            : t('worklist.measurement.saved', { name: item.residentName }),
      });
      onDone();
    },
  );
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        mutation.mutate(v);
      })}
    >
      <Stack>
        {mutation.error && needsBanner(mutation.error, form.values) ? (
          <ErrorDisplay error={mutation.error} />
        ) : null}
        <TextInput
          placeholder={t('worklist.datePlaceholder')}
          required
          label={t('worklist.measurement.measuredOn')}
          {...form.getInputProps('measuredOn')}
        />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('worklist.measurement.weightKg')}
            decimalScale={2}
            {...DECIMAL}
            {...form.getInputProps('weightKg')}
          />
          <NumberInput
            label={t('worklist.measurement.heightCm')}
            decimalScale={1}
            {...DECIMAL}
            {...form.getInputProps('heightCm')}
          />
          <NumberInput
            label={t('worklist.measurement.muacCm')}
            decimalScale={1}
            {...DECIMAL}
            {...form.getInputProps('muacCm')}
          />
          <NumberInput
            label={t('worklist.measurement.headCircumferenceCm')}
            decimalScale={1}
            {...DECIMAL}
            {...form.getInputProps('headCircumferenceCm')}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('worklist.measurement.position')}
          data={POSITIONS.map((p) => ({
            value: p,
            label: t(`worklist.measurement.positions.${p}`),
          }))}
          {...form.getInputProps('position')}
        />
        <Textarea
          label={t('worklist.measurement.note')}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <FormButtons pending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function FormButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('worklist.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {t('worklist.save')}
      </Button>
    </Group>
  );
}
