import '@mantine/dates/styles.css';
import { DatesProvider, MonthPickerInput, type MonthPickerInputProps } from '@mantine/dates';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../lib/i18n';

/**
 * A month (the API's `YYYY-MM`) picked from the months named in the user's language ("tháng 11
 * năm 2026"), not the browser's native month box, which shows the phone's own language and format.
 */
export function MonthField({
  value,
  onChange,
  ...props
}: Omit<MonthPickerInputProps, 'value' | 'onChange' | 'type'> & {
  /** `YYYY-MM`, or '' when none is picked. */
  value: string;
  onChange: (month: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <DatesProvider settings={{ locale: currentLocale() }}>
      <MonthPickerInput
        valueFormat={t('common.monthPicker.format')}
        monthsListFormat="MMMM"
        ariaLabels={{
          previousYear: t('common.monthPicker.previousYear'),
          nextYear: t('common.monthPicker.nextYear'),
          previousDecade: t('common.monthPicker.previousDecade'),
          nextDecade: t('common.monthPicker.nextDecade'),
          yearLevelControl: t('common.monthPicker.years'),
        }}
        {...props}
        value={/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : null}
        onChange={(picked) => {
          onChange(picked ? picked.slice(0, 7) : '');
        }}
      />
    </DatesProvider>
  );
}
