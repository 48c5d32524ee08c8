import { Button, Checkbox, Fieldset, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Room, Shift, StaffMember } from '../api/staffing';
import { newKey, type DraftRow, type RowErrors } from '../lib/rota-draft';

/**
 * The people of one shift of one day: each with the rooms they look after and whether they may
 * cover other rooms. Changes stay in the week's draft until "Lưu lịch tuần".
 */
export function CellEditor({
  date,
  shift,
  rows,
  errors,
  staff,
  rooms,
  onChange,
  onDone,
}: {
  date: string;
  shift: Shift;
  rows: DraftRow[];
  errors: RowErrors;
  staff: StaffMember[];
  rooms: Room[];
  /** The cell's rows as they are now (the others of the week are untouched). */
  onChange: (rows: DraftRow[]) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const people = staff
    .slice()
    .sort((a, b) => a.role.localeCompare(b.role) || a.fullName.localeCompare(b.fullName, 'vi'))
    .map((u) => ({ value: u.id, label: `${u.fullName} (${t(`roles.${u.role}`)})` }));
  const roomOptions = rooms
    .filter((r) => r.active)
    .map((r) => ({ value: r.id, label: `${r.code} · ${r.name}` }));
  const update = (key: string, change: Partial<DraftRow>) => {
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  };

  return (
    <Stack gap="md">
      {rows.map((row, i) => {
        const rowErrors = errors[row.key] ?? {};
        const other = Object.entries(rowErrors).filter(
          ([field]) => field !== 'userId' && field !== 'roomIds',
        );
        return (
          <Fieldset key={row.key} legend={t('staffing.rota.row', { n: i + 1 })}>
            <Stack gap="xs">
              <Select
                label={t('staffing.rota.person')}
                placeholder={t('staffing.rota.pickPerson')}
                data={people}
                value={row.userId === '' ? null : row.userId}
                searchable
                nothingFoundMessage={t('staffing.rota.pickPerson')}
                error={rowErrors.userId}
                onChange={(value) => {
                  update(row.key, { userId: value ?? '' });
                }}
              />
              <MultiSelect
                label={t('staffing.rota.rooms')}
                placeholder={row.roomIds.length === 0 ? t('staffing.rota.roomsNone') : undefined}
                data={roomOptions}
                value={row.roomIds}
                searchable
                error={rowErrors.roomIds}
                onChange={(value) => {
                  update(row.key, { roomIds: value });
                }}
              />
              <Checkbox
                label={t('staffing.rota.cover')}
                checked={row.cover}
                onChange={(e) => {
                  update(row.key, { cover: e.currentTarget.checked });
                }}
              />
              {other.map(([field, message]) => (
                <Text key={field} size="sm" c="red.9" role="alert">
                  {message}
                </Text>
              ))}
              <Group justify="flex-end">
                <Button
                  variant="outline"
                  color="red.9"
                  mih={44}
                  aria-label={t('staffing.rota.removeLabel', { n: i + 1 })}
                  onClick={() => {
                    onChange(rows.filter((r) => r.key !== row.key));
                  }}
                >
                  {t('staffing.rota.remove')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      {rows.length === 0 ? <Text>{t('staffing.rota.empty')}</Text> : null}
      <Group justify="space-between">
        <Button
          variant="light"
          mih={44}
          onClick={() => {
            onChange([
              ...rows,
              { key: newKey(), userId: '', date, shift, roomIds: [], cover: false },
            ]);
          }}
        >
          {t('staffing.rota.add')}
        </Button>
        <Button mih={44} onClick={onDone}>
          {t('staffing.rota.done')}
        </Button>
      </Group>
    </Stack>
  );
}
