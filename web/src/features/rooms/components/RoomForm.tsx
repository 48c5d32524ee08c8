import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { formatNumber } from '../../../lib/format';
import { isConflict } from '../../../lib/problem';
import { showApiErrors } from '../../../lib/form-errors';
import { FormProblem } from '../../../components/FormProblem';
import { roomsKeys, roomsQuery, useCreateRoom, useUpdateRoom, type Room } from '../api/rooms';

interface Values {
  code: string;
  name: string;
  building: string;
  areaM2: number | string;
  beds: number | string;
  careLevel: Room['careLevel'];
  note: string;
  active: boolean;
}

function valuesOf(room: Room | null): Values {
  return {
    code: room?.code ?? '',
    name: room?.name ?? '',
    building: room?.building ?? '',
    areaM2: room?.areaM2 ?? '',
    beds: room?.beds ?? '',
    careLevel: room?.careLevel ?? 'standard',
    note: room?.note ?? '',
    active: room?.active ?? true,
  };
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

/** Creates a room, or edits one with If-Match (a 412 shows the current values, nothing overwritten). */
export function RoomForm({
  room: initial,
  onDone,
}: {
  /** null: a new room. */
  room: Room | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The record the form edits: after a 412 and a reload, the one read again.
  const [room, setRoom] = useState(initial);
  const create = useCreateRoom();
  const update = useUpdateRoom();
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(room) });
  const mutation = room ? update : create;
  const required = t('rooms.errors.required');

  const rooms = useQuery(roomsQuery());
  const current = room ? rooms.data?.find((r) => r.id === room.id) : undefined;

  const submit = form.onSubmit((v) => {
    const errors: Record<string, string> = {};
    if (v.code.trim() === '') errors.code = required;
    if (v.name.trim() === '') errors.name = required;
    if (v.areaM2 === '') errors.areaM2 = required;
    if (v.beds === '') errors.beds = required;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const onError = (error: Error) => {
      if (isConflict(error)) {
        void queryClient.invalidateQueries({ queryKey: roomsKeys.all });
        return;
      }
      showApiErrors(form, error);
    };
    if (room) {
      update.mutate(
        {
          id: room.id,
          version: room.version,
          body: {
            code: v.code.trim(),
            name: v.name.trim(),
            building: v.building.trim() === '' ? null : v.building.trim(),
            areaM2: num(v.areaM2),
            beds: num(v.beds),
            careLevel: v.careLevel,
            note: v.note.trim() === '' ? null : v.note.trim(),
            active: v.active,
          },
        },
        { onSuccess: onDone, onError },
      );
    } else {
      create.mutate(
        {
          code: v.code.trim(),
          name: v.name.trim(),
          building: v.building.trim() === '' ? undefined : v.building.trim(),
          areaM2: num(v.areaM2),
          beds: num(v.beds),
          careLevel: v.careLevel,
          note: v.note.trim() === '' ? undefined : v.note.trim(),
        },
        { onSuccess: onDone, onError },
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {room && isConflict(update.error) ? (
          <ConflictNotice
            current={
              current
                ? [
                    { label: t('rooms.fields.code'), value: current.code },
                    { label: t('rooms.fields.name'), value: current.name },
                    { label: t('rooms.fields.areaM2'), value: formatNumber(current.areaM2) },
                    { label: t('rooms.fields.beds'), value: formatNumber(current.beds) },
                    {
                      label: t('rooms.fields.active'),
                      value: current.active ? t('rooms.yes') : t('rooms.no'),
                    },
                  ]
                : []
            }
            onReload={() => {
              // Continue from the record as it is now: the next save names its version.
              if (current) {
                setRoom(current);
                form.setValues(valuesOf(current));
              }
              update.reset();
            }}
          />
        ) : null}
        {isConflict(mutation.error) ? null : (
          <FormProblem error={mutation.error} values={form.getValues()} />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('rooms.fields.code')} required {...form.getInputProps('code')} />
          <TextInput label={t('rooms.fields.building')} {...form.getInputProps('building')} />
        </SimpleGrid>
        <TextInput label={t('rooms.fields.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label={t('rooms.fields.areaM2')}
            required
            min={0}
            decimalScale={1}
            decimalSeparator=","
            {...form.getInputProps('areaM2')}
          />
          <NumberInput
            label={t('rooms.fields.beds')}
            required
            min={0}
            allowDecimal={false}
            {...form.getInputProps('beds')}
          />
        </SimpleGrid>
        <Select
          label={t('rooms.fields.careLevel')}
          description={t('rooms.careLevelHint')}
          allowDeselect={false}
          data={[
            { value: 'standard', label: t('rooms.careLevel.standard') },
            { value: 'intensive', label: t('rooms.careLevel.intensive') },
          ]}
          {...form.getInputProps('careLevel')}
        />
        <TextInput label={t('rooms.fields.note')} {...form.getInputProps('note')} />
        {room ? (
          <Switch
            label={t('rooms.fields.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('rooms.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={isConflict(update.error)}>
            {t('rooms.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
