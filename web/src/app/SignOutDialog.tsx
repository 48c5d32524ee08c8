import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Asked before a sign-out that would wipe entries not yet sent (a shared phone must be left
 * clean, so the sign-out clears the device): stay and send them, or sign out and lose them.
 * A chunk of its own: only a sign-out with unsent entries needs it.
 */
export function SignOutDialog({
  unsent,
  onStay,
  onSignOut,
}: {
  unsent: number;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onStay}
      title={t('session.unsentTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Stack>
        <Text>{t('session.unsentBody', { count: unsent })}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" h={44} onClick={onStay}>
            {t('session.unsentStay')}
          </Button>
          <Button color="red.9" h={44} onClick={onSignOut}>
            {t('session.unsentSignOut')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
