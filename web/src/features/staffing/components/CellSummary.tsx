import { Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Room, StaffMember } from '../api/staffing';
import type { DraftRow } from '../lib/rota-draft';
import { CountStatus } from './CountStatus';

/**
 * One shift of one day in the week's rota: who works, their rooms, the carers TT 33/2017 requires
 * against the caretakers on it, and the button that opens the cell's editor.
 */
export function CellSummary({
  rows,
  staff,
  rooms,
  required,
  hasErrors,
  editLabel,
  onEdit,
}: {
  rows: DraftRow[];
  staff: ReadonlyMap<string, StaffMember>;
  rooms: ReadonlyMap<string, Room>;
  /** Carers required that day (undefined while the staffing is being read). */
  required: number | undefined;
  hasErrors: boolean;
  editLabel: string;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const carers = rows.filter((r) => staff.get(r.userId)?.role === 'caretaker').length;
  return (
    <Stack gap={6}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('staffing.rota.empty')}
        </Text>
      ) : (
        <List size="sm" spacing={2} listStyleType="none" p={0} m={0}>
          {rows.map((r) => {
            const person = staff.get(r.userId);
            const codes = r.roomIds.map((id) => rooms.get(id)?.code ?? '?').join(', ');
            return (
              <List.Item key={r.key}>
                <Text span size="sm" fw={600}>
                  {person?.fullName ?? t('staffing.rota.pickPerson')}
                </Text>
                {codes ? <Text span size="sm">{` · ${codes}`}</Text> : null}
                {r.cover ? (
                  <Text span size="sm" fs="italic">{` · ${t('staffing.rota.coverShort')}`}</Text>
                ) : null}
              </List.Item>
            );
          })}
        </List>
      )}
      {required !== undefined ? (
        <CountStatus
          assigned={carers}
          required={required}
          label={t('staffing.carers', { assigned: carers, required })}
        />
      ) : null}
      {hasErrors ? (
        <Text size="sm" c="red.9" fw={700}>
          ⚠ {t('staffing.rota.cellError')}
        </Text>
      ) : null}
      <Button variant="light" size="sm" mih={44} aria-label={editLabel} onClick={onEdit}>
        {t('staffing.rota.edit')}
      </Button>
    </Stack>
  );
}
