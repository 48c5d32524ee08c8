import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { RowError } from '../api/import';

/** The rows the service refused: row number of the file, column (its header), what is wrong. */
export function RowErrorTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation();
  const headers = t('import.columns', { returnObjects: true }) as Record<string, string>;
  return (
    <ScrollArea type="auto">
      <Table striped withTableBorder aria-labelledby="row-errors-title" miw={320}>
        <Table.Caption id="row-errors-title">
          {t('import.errors.caption', { count: errors.length, n: formatNumber(errors.length) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.errors.row')}</Table.Th>
            <Table.Th scope="col">{t('import.errors.column')}</Table.Th>
            <Table.Th scope="col">{t('import.errors.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e) => (
            <Table.Tr key={`${String(e.row)}:${e.column}:${e.code}`}>
              <Table.Td>{formatNumber(e.row)}</Table.Td>
              <Table.Td>{headers[e.column] ?? e.column}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
