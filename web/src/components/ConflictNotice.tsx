import { Alert, Button, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CurrentValue {
  /** The field's label, from the message files. */
  label: string;
  value: ReactNode;
}

/**
 * What a form shows when its save answered 412: someone else saved the record first. Nothing is
 * overwritten; the user sees the record's current values and reloads to continue from them.
 * Use it with `isConflict(mutation.error)` and the record re-read from the server.
 */
export function ConflictNotice({
  current,
  onReload,
}: {
  current: CurrentValue[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('conflict.title')} role="alert">
      <Text size="sm">{t('conflict.body')}</Text>
      {current.length > 0 ? (
        <Table mt="sm" withTableBorder aria-label={t('conflict.current')}>
          <Table.Caption>{t('conflict.current')}</Table.Caption>
          <Table.Tbody>
            {current.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td>{row.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Button mt="sm" onClick={onReload}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}
