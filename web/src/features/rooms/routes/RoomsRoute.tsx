import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatNumber } from '../../../lib/format';
import { roomsQuery, type Room } from '../api/rooms';
import { RoomForm } from '../components/RoomForm';

/** Rooms and beds: area per bed against TT 33/2017, occupancy, create and edit. */
export function RoomsRoute() {
  const { t } = useTranslation();
  const rooms = useQuery(roomsQuery());
  // undefined: no form open; null: a new room; a room: editing it.
  const [editing, setEditing] = useState<Room | null | undefined>(undefined);
  const list = rooms.data ?? [];
  const totals = list
    .filter((r) => r.active)
    .reduce((a, r) => ({ beds: a.beds + r.beds, occupied: a.occupied + r.occupied }), {
      beds: 0,
      occupied: 0,
    });

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md">
        <PageTitle>{t('rooms.title')}</PageTitle>
        <Button
          onClick={() => {
            setEditing(null);
          }}
        >
          {t('rooms.add')}
        </Button>
      </Group>
      {rooms.isPending ? <Loading /> : null}
      {rooms.error ? <ErrorDisplay error={rooms.error} /> : null}
      {rooms.data ? (
        <>
          <Text mb="sm">
            {t('rooms.totals', {
              rooms: formatNumber(list.filter((r) => r.active).length),
              beds: formatNumber(totals.beds),
              occupied: formatNumber(totals.occupied),
            })}
          </Text>
          <Table.ScrollContainer
            minWidth={860}
            visibleFrom="sm"
            type="native"
            // A table wider than the screen scrolls: the keyboard can reach it too.
            tabIndex={0}
            role="region"
            aria-label={t('rooms.title')}
          >
            <Table striped aria-label={t('rooms.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rooms.fields.code')}</Table.Th>
                  <Table.Th scope="col">{t('rooms.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('rooms.fields.building')}</Table.Th>
                  <Table.Th scope="col">{t('rooms.col.beds')}</Table.Th>
                  <Table.Th scope="col">{t('rooms.col.area')}</Table.Th>
                  <Table.Th scope="col">{t('rooms.fields.careLevel')}</Table.Th>
                  <Table.Th scope="col">{t('rooms.col.state')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('rooms.col.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((room) => (
                  <Table.Tr key={room.id}>
                    <Table.Td>{room.code}</Table.Td>
                    <Table.Td>{room.name}</Table.Td>
                    <Table.Td>{room.building ?? ''}</Table.Td>
                    <Table.Td><Occupancy room={room} /></Table.Td>
                    <Table.Td>
                      <Area room={room} />
                    </Table.Td>
                    <Table.Td>{t(`rooms.careLevel.${room.careLevel}`)}</Table.Td>
                    <Table.Td>
                      <State room={room} />
                    </Table.Td>
                    <Table.Td>
                      <EditButton room={room} onEdit={setEditing} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((room) => (
              <Card key={room.id} withBorder padding="sm" component="li">
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{t('rooms.cardTitle', { code: room.code, name: room.name })}</Text>
                  <State room={room} />
                </Group>
                <Text size="sm"><Occupancy room={room} /></Text>
                <Area room={room} />
                <Text size="sm">{t(`rooms.careLevel.${room.careLevel}`)}</Text>
                <Group justify="flex-end">
                  <EditButton room={room} onEdit={setEditing} />
                </Group>
              </Card>
            ))}
          </Stack>
        </>
      ) : null}
      <Modal
        opened={editing !== undefined}
        onClose={() => {
          setEditing(undefined);
        }}
        title={editing ? t('rooms.editTitle', { code: editing.code }) : t('rooms.addTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== undefined ? (
          <RoomForm
            key={editing?.id ?? 'new'}
            room={editing}
            onDone={() => {
              setEditing(undefined);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

/** "occupied / beds (free)" as the message file words it. */
function Occupancy({ room }: { room: Room }) {
  const { t } = useTranslation();
  return (
    <>
      {t('rooms.occupancy', {
        occupied: formatNumber(room.occupied),
        beds: formatNumber(room.beds),
        free: formatNumber(room.freeBeds),
      })}
    </>
  );
}

function Area({ room }: { room: Room }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Text size="sm">
        {room.areaPerBedM2 === null
          ? t('rooms.area', { area: formatNumber(room.areaM2) })
          : t('rooms.areaPerBed', {
              area: formatNumber(room.areaM2),
              perBed: formatNumber(room.areaPerBedM2),
            })}
      </Text>
      {room.meetsAreaStandard ? null : (
        <Badge color="red" c="red.9" variant="outline" tt="none">
          {t('rooms.belowStandard')}
        </Badge>
      )}
    </Group>
  );
}

function State({ room }: { room: Room }) {
  const { t } = useTranslation();
  return room.active ? (
    <Badge color="teal" c="teal.9" variant="outline" tt="none">
      {t('rooms.active')}
    </Badge>
  ) : (
    <Badge color="gray.7" c="gray.9" variant="outline" tt="none">
      {t('rooms.inactive')}
    </Badge>
  );
}

function EditButton({ room, onEdit }: { room: Room; onEdit: (room: Room) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="light"
      size="sm"
      mih={44}
      aria-label={t('rooms.editLabel', { code: room.code })}
      onClick={() => {
        onEdit(room);
      }}
    >
      {t('rooms.edit')}
    </Button>
  );
}
