import { useTranslation } from 'react-i18next';
import { weekdayIndex } from '../../../lib/calendar';
import { formatDate } from '../../../lib/format';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The weekday of a date in the user's language ("Thứ Hai"). */
export function useWeekday(): (isoDate: string) => string {
  const { t } = useTranslation();
  return (isoDate) => t(`staffing.weekday.${WEEKDAYS[weekdayIndex(isoDate)] ?? 'mon'}`);
}

/** "Thứ Hai 07/12/2026". */
export function useDayLabel(): (isoDate: string) => string {
  const { t } = useTranslation();
  const weekday = useWeekday();
  return (isoDate) =>
    t('staffing.dayDate', { weekday: weekday(isoDate), date: formatDate(isoDate) });
}
