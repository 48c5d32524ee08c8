import {
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { MonthField } from '../../../components/MonthField';
import { isApiProblem } from '../../../lib/problem';
import {
  generateReport,
  reportKeys,
  type ReportKind,
  type ReportRecord,
} from '../../../lib/reports';

interface Values {
  kind: ReportKind;
  month: string;
  year: string;
  remarks: string;
  reason: string;
}

/** The month before `today` (YYYY-MM): the report a director usually makes at the start of a month. */
function lastMonth(): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The API's field names → this form's. */
const FIELD_OF: Record<string, keyof Values> = {
  month: 'month',
  period: 'year',
  remarks: 'remarks',
  reason: 'reason',
};

/**
 * Generates (and archives) a monthly, six-monthly or annual report. A period that has a report
 * already needs a reason: the API says so on the reason field, shown next to it.
 */
export function GenerateReportForm({ onGenerated }: { onGenerated: (r: ReportRecord) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const kindLabel = useId();
  const form = useForm<Values>({
    initialValues: {
      kind: 'monthly',
      month: lastMonth(),
      year: String(new Date().getFullYear()),
      remarks: '',
      reason: '',
    },
    validate: {
      month: (v, values) =>
        values.kind === 'monthly' && !/^\d{4}-\d{2}$/.test(v)
          ? t('reports.form.monthRequired')
          : null,
      year: (v, values) =>
        values.kind !== 'monthly' && !/^\d{4}$/.test(v) ? t('reports.form.yearRequired') : null,
    },
  });
  const generate = useMutation({
    mutationFn: (values: Values) =>
      generateReport({
        kind: values.kind,
        period:
          values.kind === 'monthly'
            ? values.month
            : values.kind === 'six_monthly'
              ? `${values.year}-H1`
              : values.year,
        remarks: values.remarks.trim() || undefined,
        reason: values.reason.trim() || undefined,
      }),
    onSuccess: async (report) => {
      form.setFieldValue('reason', '');
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        message: t('reports.form.generated', { version: report.reportVersion }),
      });
      await queryClient.invalidateQueries({ queryKey: reportKeys.list() });
      onGenerated(report);
    },
    onError: (error) => {
      if (!isApiProblem(error)) return;
      const byField: Partial<Record<keyof Values, string>> = {};
      for (const e of error.fieldErrors) {
        const field = FIELD_OF[e.field];
        if (field) byField[field] = e.message;
      }
      form.setErrors(byField);
    },
  });
  // Field errors are shown next to their fields; anything else (a census that does not add
  // up, 403, network) above the button.
  const unplaced =
    generate.error &&
    !(isApiProblem(generate.error) && generate.error.fieldErrors.some((e) => FIELD_OF[e.field]));

  const kind = form.values.kind;
  const month = form.values.month;
  return (
    <Card withBorder component="section" aria-labelledby="generate-title">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          generate.mutate(values);
        })}
      >
        <Stack gap="sm">
          <Text fw={700} id="generate-title" component="h2" size="lg">
            {t('reports.form.title')}
          </Text>
          <div role="group" aria-labelledby={kindLabel}>
            <Text size="sm" fw={500} id={kindLabel} mb={4}>
              {t('reports.form.kind')}
            </Text>
            <SegmentedControl
              fullWidth
              data={[
                { value: 'monthly', label: t('reports.kind.monthly') },
                { value: 'six_monthly', label: t('reports.kind.six_monthly') },
                { value: 'annual', label: t('reports.kind.annual') },
              ]}
              {...form.getInputProps('kind')}
              onChange={(value) => {
                form.setFieldValue('kind', value as ReportKind);
                form.clearErrors();
              }}
            />
          </div>
          {kind === 'monthly' ? (
            <MonthField
              label={t('reports.form.month')}
              description={t('reports.form.monthHint')}
              required
              maxDate={new Date()}
              value={month}
              onChange={(value) => {
                form.setFieldValue('month', value);
              }}
              error={form.errors.month}
            />
          ) : (
            <TextInput
              inputMode="numeric"
              label={t('reports.form.year')}
              description={
                kind === 'six_monthly'
                  ? t('reports.form.sixMonthlyHint')
                  : t('reports.form.annualHint')
              }
              required
              {...form.getInputProps('year')}
            />
          )}
          <Textarea
            label={t('reports.form.remarks')}
            description={t('reports.form.remarksHint')}
            autosize
            minRows={2}
            {...form.getInputProps('remarks')}
          />
          <Textarea
            label={t('reports.form.reason')}
            description={t('reports.form.reasonHint')}
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          {unplaced ? <ErrorDisplay error={generate.error} /> : null}
          <Group>
            <Button type="submit" mih={44} loading={generate.isPending}>
              {t('reports.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
