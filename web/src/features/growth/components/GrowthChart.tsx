import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReferenceArea } from 'recharts';
import { formatDate, formatNumber } from '../../../lib/format';
import { childGrowth, type Measurement } from '../api/growth';

/** The WHO bands behind the lines: normal within ±2, watch to ±3, severe beyond. */
const BANDS = (lo: number, hi: number) =>
  [
    { y1: lo, y2: -3, fill: 'var(--mantine-color-red-2)' },
    { y1: -3, y2: -2, fill: 'var(--mantine-color-yellow-2)' },
    { y1: -2, y2: 2, fill: 'var(--mantine-color-green-1)' },
    { y1: 2, y2: 3, fill: 'var(--mantine-color-yellow-2)' },
    { y1: 3, y2: hi, fill: 'var(--mantine-color-red-2)' },
  ] as const;

/**
 * Weight-for-age and height-for-age z-scores over time against the WHO −3…+3 bands. The
 * measurements table beside it says the same in text for a screen reader.
 */
export function GrowthChart({ name, measurements }: { name: string; measurements: Measurement[] }) {
  const { t } = useTranslation();
  const points = measurements
    .map((m) => ({ m, g: childGrowth(m) }))
    .filter((p) => p.g !== null)
    .sort((a, b) => a.m.measuredOn.localeCompare(b.m.measuredOn))
    .map(({ m, g }) => ({
      date: formatDate(m.measuredOn),
      waz: g?.zScores.weightForAge ?? null,
      haz: g?.zScores.heightForAge ?? null,
    }));
  const values = points.flatMap((p) => [p.waz, p.haz]).filter((v): v is number => v !== null);
  const lo = Math.min(-4, Math.floor(Math.min(...values, 0)) - 1);
  const hi = Math.max(4, Math.ceil(Math.max(...values, 0)) + 1);
  return (
    <Box
      component="figure"
      m={0}
      aria-label={t('growth.chartLabel', { name })}
      data-testid="growth-chart"
    >
      <LineChart
        h={360}
        data={points}
        dataKey="date"
        series={[
          { name: 'waz', label: t('growth.weightForAge'), color: 'blue.8' },
          { name: 'haz', label: t('growth.heightForAge'), color: 'grape.8' },
        ]}
        curveType="linear"
        connectNulls
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisLabel={t('growth.zAxis')}
        yAxisProps={{ domain: [lo, hi], allowDataOverflow: true, ticks: [-3, -2, -1, 0, 1, 2, 3] }}
        valueFormatter={(v) => formatNumber(Math.round(v * 100) / 100)}
        referenceLines={[{ y: 0, color: 'gray.6' }]}
        lineChartProps={{ accessibilityLayer: false }}
      >
        {BANDS(lo, hi).map((b) => (
          <ReferenceArea
            key={`${b.y1}`}
            y1={b.y1}
            y2={b.y2}
            fill={b.fill}
            fillOpacity={0.6}
            ifOverflow="hidden"
            className="growth-band"
          />
        ))}
      </LineChart>
      <Text component="figcaption" size="sm" mt="xs">
        {t('growth.bands')}
      </Text>
    </Box>
  );
}
