import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A spinner whose name a screen reader hears through the live region's text (an aria-label on the
 * spinner's bare <span> is not allowed: axe's aria-prohibited-attr).
 */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Loader aria-hidden />
      <VisuallyHidden>{label ?? t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
