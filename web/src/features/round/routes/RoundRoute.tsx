import { Alert, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { useOutbox } from '../api/outbox';
import { facilityQuery, roomsQuery } from '../api/queries';
import { useOutboxSender } from '../api/use-outbox-sender';
import { facilityNow, shiftAt, shiftDate } from '../lib/shift-clock';
import { useOnline } from '../../../lib/use-online';

/** My rooms: the rooms with residents, each opening the round of the shift now running. */
export function RoundRoute() {
  const { t } = useTranslation();
  const facility = useQuery(facilityQuery());
  const rooms = useQuery(roomsQuery());
  const outbox = useOutbox();
  const online = useOnline();
  const pending = outbox.filter((b) => b.state === 'pending' || b.state === 'sending').length;
  useOutboxSender(pending > 0);

  const timeZone = facility.data?.timezone ?? 'Asia/Ho_Chi_Minh';
  const now = facilityNow(timeZone);
  const shift = shiftAt(now.hour);
  const date = shiftDate(shift, now);
  const occupied = (rooms.data ?? []).filter((r) => r.active && r.occupied > 0);

  return (
    <>
      <PageTitle>{t('pages.round.title')}</PageTitle>
      <Stack gap="sm">
        <Text>
          {t('round.rooms.shiftNow', { shift: t(`round.shift.${shift}`), date: formatDate(date) })}
        </Text>
        {!online ? (
          <Alert color="orange" role="status">
            {t('round.offline')}
          </Alert>
        ) : null}
        {pending > 0 ? (
          <Alert color="orange" role="status">
            {t('round.rooms.unsent', { count: pending })}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('round.rooms.intro')}
        </Text>
        {rooms.isPending ? <Loading /> : null}
        {rooms.error ? <ErrorDisplay error={rooms.error} /> : null}
        {rooms.data && occupied.length === 0 ? <Text>{t('round.rooms.empty')}</Text> : null}
        <Stack
          gap="xs"
          component="ul"
          aria-label={t('round.rooms.list')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {occupied.map((room) => (
            <li key={room.id}>
              <UnstyledButton
                component={Link}
                to={`/round/${room.id}?shift=${shift}&date=${date}`}
                display="block"
                w="100%"
              >
                <Card withBorder padding="md" radius="md" mih={56}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={700}>
                      {t('round.rooms.room', { code: room.code, name: room.name })}
                    </Text>
                    <Text size="sm">{t('round.rooms.occupied', { count: room.occupied })}</Text>
                  </Group>
                </Card>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      </Stack>
    </>
  );
}
