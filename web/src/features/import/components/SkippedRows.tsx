import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { SkippedRow } from '../api/import';

/**
 * The rows the import leaves out (people no longer in care, by the file's status column), each
 * with its row number, name and why: shown after the check and after the import.
 */
export function SkippedRows({ rows }: { rows: readonly SkippedRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Alert variant="outline" color="gray" title={t('import.skipped.title')}>
      <Text size="sm">
        {t('import.skipped.body', { count: rows.length, n: formatNumber(rows.length) })}
      </Text>
      <List size="sm" mt="xs" aria-label={t('import.skipped.listLabel')}>
        {rows.map((r) => (
          <List.Item key={r.row}>
            {t(`import.skipped.reason.${r.status}`, {
              row: formatNumber(r.row),
              name: r.fullName,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
