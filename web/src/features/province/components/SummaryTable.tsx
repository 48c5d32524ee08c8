import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { ProvinceSummary } from '../api/province';

const FIGURES = [
  'atStart',
  'admitted',
  'left',
  'atEnd',
  'children',
  'elderly',
  'disabled',
] as const;

/** Census and composition per facility, and the province's totals (final reports only). */
export function SummaryTable({ summary, caption }: { summary: ProvinceSummary; caption: string }) {
  const { t } = useTranslation();
  const show = (n: number | null) => (n === null ? '—' : formatNumber(n));
  return (
    // A table wider than a phone scrolls: the keyboard can reach it too.
    <ScrollArea type="auto" viewportProps={{ tabIndex: 0, 'aria-label': caption }}>
      <Table striped withTableBorder miw={760} aria-labelledby="summary-caption">
        <Table.Caption id="summary-caption">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('province.table.facility')}</Table.Th>
            {FIGURES.map((f) => (
              <Table.Th scope="col" key={f} ta="right">
                {t(`province.table.${f}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.facilities.map((f) => (
            <Table.Tr key={f.facilityId}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={600}>
                  {f.name}
                </Text>
                <Text size="xs">
                  {f.reported
                    ? t('province.table.reported', {
                        code: f.code,
                        version: f.reportVersion ?? 1,
                      })
                    : t('province.table.notReported', { code: f.code })}
                </Text>
              </Table.Th>
              {FIGURES.map((k) => (
                <Table.Td key={k} ta="right">
                  {show(f[k])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">
              {t('province.table.total', {
                reporting: formatNumber(summary.totals.reporting),
                facilities: formatNumber(summary.totals.facilities),
              })}
            </Table.Th>
            {FIGURES.map((k) => (
              <Table.Td key={k} ta="right" fw={700}>
                {formatNumber(summary.totals[k])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollArea>
  );
}
