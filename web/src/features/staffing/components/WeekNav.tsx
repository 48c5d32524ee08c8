import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../lib/calendar';
import { formatDate } from '../../../lib/format';

/** The week shown (Monday to Sunday) and the buttons to the week before and after. */
export function WeekNav({
  monday,
  onChange,
  disabled = false,
}: {
  monday: string;
  onChange: (monday: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="group" aria-label={t('staffing.weekNav')} wrap="wrap">
      <Text fw={700} aria-live="polite">
        {t('staffing.week', { from: formatDate(monday), to: formatDate(addDays(monday, 6)) })}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Button
          variant="default"
          mih={44}
          disabled={disabled}
          onClick={() => {
            onChange(addDays(monday, -7));
          }}
        >
          ‹ {t('staffing.prevWeek')}
        </Button>
        <Button
          variant="default"
          mih={44}
          disabled={disabled}
          onClick={() => {
            onChange(addDays(monday, 7));
          }}
        >
          {t('staffing.nextWeek')} ›
        </Button>
      </Group>
    </Group>
  );
}
