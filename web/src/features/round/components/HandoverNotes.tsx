import { List, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { RoundView, Shift } from '../api/types';

/** The previous shift's handover messages for this room, read before the round starts. */
export function HandoverNotes({
  view,
  shift,
  date,
}: {
  view: RoundView | undefined;
  shift: Shift;
  date: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const notes = (view?.items ?? []).flatMap((item) =>
    item.records
      .filter((r) => r.handover && r.handoverMessage)
      .map((r) => ({
        id: r.id,
        name: item.preferredName ?? item.fullName,
        message: r.handoverMessage ?? '',
      })),
  );
  const title = t('round.handover.title', {
    shift: t(`round.shift.${shift}`).toLocaleLowerCase(),
    date: formatDate(date),
  });
  return (
    <Paper withBorder p="sm" mb="md" bg="blue.0" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h5" id={titleId} mb={4}>
        {title}
      </Title>
      {notes.length === 0 ? (
        <Text size="sm">{t('round.handover.none')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {notes.map((n) => (
            <List.Item key={n.id}>
              {t('round.handover.item', { name: n.name, message: n.message })}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
