import { Badge, Group, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import type { DoseEntry, Outcome } from '../api/draft';
import type { MedAsNeeded, MedDose, MedRecord } from '../api/queries';
import { needsReason, OUTCOMES } from '../lib/dose-entry';

/** Where one dose stands: being entered, saved on the device, on the service, or recorded before. */
export type DoseStatus = 'editing' | 'unsent' | 'sent' | 'done' | 'already';

const STATUS_COLOR: Record<Exclude<DoseStatus, 'editing'>, string> = {
  unsent: '#a33a00',
  sent: 'teal.9',
  done: 'gray.8',
  already: 'gray.8',
};

function timeOf(instant: string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(instant));
}

/**
 * One medicine of a resident at the bedside: what to give and how (as the API shows it to this
 * role: a caretaker reads the nurse's label of a sensitive medicine, never its name or why), and
 * the outcome as large taps. A held dose and an as-needed dose given need their reason.
 */
export function DoseBlock({
  medicine,
  time,
  status,
  entry,
  saved,
  record,
  onChange,
}: {
  medicine: MedDose | MedAsNeeded;
  time: string | null;
  status: DoseStatus;
  entry: DoseEntry | null;
  /** What this device saved for it (unsent/sent). */
  saved: DoseEntry | null;
  /** What the service has (done/already). */
  record: MedRecord | null;
  onChange: (entry: DoseEntry | null) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const asNeeded = 'prnReason' in medicine ? medicine : null;
  const outcomeLabel = (o: Outcome) =>
    o === 'given' && medicine.route !== 'oral'
      ? t('medication.outcome.givenOther')
      : t(`medication.outcome.${o}`);
  const how = t('medication.dose.how', {
    dose: medicine.dose,
    form: t(`medication.form.${medicine.form}`),
    route: t(`medication.route.${medicine.route}`),
  });
  const reasonMissing =
    entry?.outcome != null && needsReason(entry.outcome, asNeeded !== null) && !entry.reason.trim();
  const set = (change: Partial<DoseEntry>) => {
    onChange({
      prescriptionId: medicine.prescriptionId,
      time,
      outcome: entry?.outcome ?? null,
      reason: entry?.reason ?? '',
      at: new Date().toISOString(),
      ...change,
    });
  };

  return (
    <Stack
      gap={6}
      p="sm"
      component="section"
      aria-labelledby={headingId}
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={700} size="lg" id={headingId}>
            {time
              ? t('medication.dose.title', { time, label: medicine.label })
              : t('medication.dose.titlePrn', { label: medicine.label })}
          </Text>
          <Text size="md">{how}</Text>
        </Stack>
        {status !== 'editing' ? (
          <Badge
            color={STATUS_COLOR[status]}
            variant="filled"
            size="lg"
            radius="sm"
            tt="none"
            style={{ flexShrink: 0 }}
          >
            {t(`medication.status.${status}`)}
          </Badge>
        ) : null}
      </Group>
      {medicine.instructions ? (
        <Text size="sm">{t('medication.dose.instructions', { text: medicine.instructions })}</Text>
      ) : null}
      {medicine.indication ? (
        <Text size="sm" c="dimmed">
          {t('medication.dose.indication', { text: medicine.indication })}
        </Text>
      ) : null}
      {asNeeded ? (
        <Text size="sm">
          {t('medication.prn.when', { reason: asNeeded.prnReason })}{' '}
          {t('medication.prn.count', { given: asNeeded.givenLast24h, max: asNeeded.maxPer24h })}
        </Text>
      ) : null}

      {status === 'editing' ? (
        <>
          <ChoiceGroup
            label={t('medication.outcome.label')}
            options={OUTCOMES}
            value={entry?.outcome ?? undefined}
            onChange={(outcome) => {
              set({ outcome });
            }}
            labelOf={outcomeLabel}
          />
          {entry?.outcome && (needsReason(entry.outcome, asNeeded !== null) || entry.reason) ? (
            <Textarea
              label={
                asNeeded && entry.outcome === 'given'
                  ? t('medication.reason.prn')
                  : t('medication.reason.label')
              }
              required={needsReason(entry.outcome, asNeeded !== null)}
              autosize
              minRows={1}
              value={entry.reason}
              error={reasonMissing ? t('medication.reason.required') : undefined}
              onChange={(e) => {
                set({ reason: e.currentTarget.value });
              }}
            />
          ) : null}
        </>
      ) : null}
      {status === 'unsent' || status === 'sent' ? (
        saved?.outcome ? (
          <Text size="sm" fw={600}>
            {saved.reason
              ? t('medication.saved.withReason', {
                  outcome: outcomeLabel(saved.outcome),
                  reason: saved.reason,
                })
              : outcomeLabel(saved.outcome)}
          </Text>
        ) : null
      ) : null}
      {status === 'done' || status === 'already' ? (
        <Text size="sm" fw={600}>
          {record
            ? t(status === 'already' ? 'medication.saved.already' : 'medication.saved.by', {
                outcome: outcomeLabel(record.outcome),
                name: record.recordedByName ?? t('medication.saved.someone'),
                time: timeOf(record.recordedAt),
              })
            : t('medication.saved.alreadyUnknown')}
          {record?.reason ? ` — ${record.reason}` : ''}
        </Text>
      ) : null}
    </Stack>
  );
}
