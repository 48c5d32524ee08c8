import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

/**
 * Assigned against required, and in words whether it is short: "Thiếu 1 người" in red or
 * "Đủ người" in teal — the words carry the meaning, the colour only repeats it.
 */
export function CountStatus({
  assigned,
  required,
  hasRota = true,
  label,
}: {
  assigned: number;
  required: number;
  hasRota?: boolean;
  /** A prefix such as "Chăm sóc: 2/3"; the bare "2/3" otherwise. */
  label?: string;
}) {
  const { t } = useTranslation();
  const short = required - assigned;
  // A badge cuts its text to one line: these wrap in a narrow cell instead.
  const wrap = {
    root: { height: 'auto', paddingBlock: 2 },
    label: { whiteSpace: 'normal', overflow: 'visible' },
  } as const;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={600}>
        {label ??
          t('staffing.view.count', {
            assigned: formatNumber(assigned),
            required: formatNumber(required),
          })}
      </Text>
      {!hasRota ? (
        <Badge color="gray.7" c="gray.9" variant="outline" tt="none" styles={wrap}>
          {t('staffing.noRota')}
        </Badge>
      ) : short > 0 ? (
        <Badge color="red" c="red.9" variant="light" tt="none" styles={wrap}>
          ⚠ {t('staffing.short', { n: formatNumber(short) })}
        </Badge>
      ) : (
        <Badge color="teal" c="teal.9" variant="outline" tt="none" styles={wrap}>
          ✓ {t('staffing.enough')}
        </Badge>
      )}
    </Group>
  );
}
