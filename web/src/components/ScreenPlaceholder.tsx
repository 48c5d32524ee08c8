import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a screen still to be built (remove it when the screen has content). */
export function ScreenPlaceholder() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('common.notYetBuilt')}</Text>;
}
