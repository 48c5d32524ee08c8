import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Loader aria-label={label ?? t('common.loading')} />
    </Center>
  );
}
