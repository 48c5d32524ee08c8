import { Alert, Button, List, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { medFailureProblem, type MedBatch } from '../api/outbox';
import type { MedResident } from '../api/queries';

/**
 * A slot the service refused (nothing of it saved): each of its errors by the dose it is about
 * ("Lường Thị Mai · Ibuprofen 200 mg: Vượt quá 1 liều trong 24 giờ"), then a way back to the
 * entries to correct them. Errors not about one dose are shown as the service wrote them.
 */
export function FailedBatch({
  batch,
  residents,
  onReopen,
}: {
  batch: MedBatch;
  residents: readonly MedResident[];
  onReopen: () => void;
}) {
  const { t } = useTranslation();
  const problem = medFailureProblem(batch);
  const doseOf = (field: string): string | null => {
    const row = batch.rows[Number(/^rows\.(\d+)\./.exec(field)?.[1] ?? -1)];
    if (!row) return null;
    for (const r of residents) {
      const m = [...r.doses, ...r.asNeeded].find((d) => d.prescriptionId === row.prescriptionId);
      if (m) {
        const label = row.time
          ? t('medication.dose.title', { time: row.time, label: m.label })
          : m.label;
        return t('medication.failedDose', { name: r.fullName, label });
      }
    }
    return null;
  };
  const errors = problem?.fieldErrors ?? [];
  const placed = errors.map((e) => ({ e, dose: doseOf(e.field) }));
  return (
    <Stack gap="xs">
      {placed.length > 0 && placed.every((p) => p.dose !== null) ? (
        <Alert color="red" title={t('medication.failed')} role="alert">
          <List size="sm">
            {placed.map(({ e, dose }) => (
              <List.Item key={`${e.field}:${e.code}`}>
                {t('medication.failedItem', { dose, message: e.message })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <ErrorDisplay error={problem} />
      )}
      <Button variant="default" h={44} onClick={onReopen}>
        {t('medication.fixFailed')}
      </Button>
    </Stack>
  );
}
