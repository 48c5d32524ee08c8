import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, LOCALES, setLocale } from '../lib/i18n';

export function LanguageSwitch() {
  // useTranslation re-renders this on a language change.
  const { t } = useTranslation();
  const labelId = useId();
  const value = currentLocale();
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('language.label')}</VisuallyHidden>
      <SegmentedControl
        size="sm"
        value={value}
        onChange={(next) => void setLocale(next)}
        data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
      />
    </div>
  );
}
