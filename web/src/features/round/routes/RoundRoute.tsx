import { Alert, Card, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { mondayOf } from '../../../lib/calendar';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useOutbox } from '../api/outbox';
import {
  facilityQuery,
  myRotaQuery,
  roomsQuery,
  type Rota,
  type RotaAssignment,
} from '../api/queries';
import { SHIFTS, type RoomView, type Shift } from '../api/types';
import { useOutboxSender } from '../api/use-outbox-sender';
import { facilityNow, shiftAt, shiftDate } from '../lib/shift-clock';
import { useOnline } from '../../../lib/use-online';

/**
 * My rooms. A caretaker sees the rooms of her shifts on the rota today, the shift running now
 * first, each opening the round of that shift (and, when the admin let her cover, the other
 * rooms); a clear message when she has no shift today. Without a rota that week (and for a
 * nurse), every room with residents, opening the round of the shift now running.
 */
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
  const me = useSession()?.user;
  const caretaker = me?.role === 'caretaker';
  const weeks = [...new Set([mondayOf(date), mondayOf(now.date)])];
  const rotas = useQueries({
    queries: caretaker ? weeks.map((w) => myRotaQuery(w)) : [],
    combine: (results) => ({
      answers: results.map((r) => r.data).filter((d): d is Rota => d !== undefined),
      pending: results.some((r) => r.isPending),
    }),
  });
  const keepsRota =
    caretaker && rotas.answers.length === weeks.length && rotas.answers.some((r) => r.version > 0);
  const mine = keepsRota
    ? myShifts(
        rotas.answers.flatMap((r) => r.assignments),
        me.id,
        { date, shift },
        now.date,
      )
    : [];
  const rotaPending = caretaker && rotas.pending;

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
        {rooms.isPending || rotaPending ? <Loading /> : null}
        {rooms.error ? <ErrorDisplay error={rooms.error} /> : null}
        {rotaPending ? null : keepsRota ? (
          mine.length === 0 ? (
            <Alert color="orange" role="status" styles={{ message: { color: '#8a2c0d' } }}>
              {t('round.rota.none')}
            </Alert>
          ) : (
            mine.map((a, i) => (
              <Stack gap="xs" key={a.id} component="section" aria-labelledby={`shift-${a.id}`}>
                <Title order={2} size="h4" id={`shift-${a.id}`}>
                  {t(
                    a.date === date && a.shift === shift ? 'round.rota.mineNow' : 'round.rota.mine',
                    {
                      shift: t(`round.shift.${a.shift}`),
                      date: formatDate(a.date),
                    },
                  )}
                </Title>
                {a.roomIds.length === 0 ? <Text>{t('round.rota.noRooms')}</Text> : null}
                <RoomList
                  label={t('round.rota.mine', {
                    shift: t(`round.shift.${a.shift}`),
                    date: formatDate(a.date),
                  })}
                  rooms={(rooms.data ?? []).filter((r) => a.roomIds.includes(r.id))}
                  shift={a.shift}
                  date={a.date}
                />
                {a.cover && i === 0 ? (
                  <>
                    <Title order={3} size="h5">
                      {t('round.rota.cover')}
                    </Title>
                    <RoomList
                      label={t('round.rota.cover')}
                      rooms={occupied.filter((r) => !a.roomIds.includes(r.id))}
                      shift={a.shift}
                      date={a.date}
                    />
                  </>
                ) : null}
              </Stack>
            ))
          )
        ) : (
          <>
            {rooms.data && occupied.length === 0 ? <Text>{t('round.rooms.empty')}</Text> : null}
            <RoomList label={t('round.rooms.list')} rooms={occupied} shift={shift} date={date} />
          </>
        )}
      </Stack>
    </>
  );
}

const order = (a: { date: string; shift: Shift }) => `${a.date}|${String(SHIFTS.indexOf(a.shift))}`;

/**
 * Her shifts worth showing now: the one running (which may have begun yesterday evening) and the
 * others of today, the running one first, then in the order of the day.
 */
function myShifts(
  assignments: readonly RotaAssignment[],
  userId: string,
  current: { date: string; shift: Shift },
  today: string,
): RotaAssignment[] {
  const isCurrent = (a: RotaAssignment) => a.date === current.date && a.shift === current.shift;
  return assignments
    .filter((a) => a.userId === userId && (a.date === today || isCurrent(a)))
    .sort((a, b) =>
      isCurrent(a) !== isCurrent(b) ? (isCurrent(a) ? -1 : 1) : order(a).localeCompare(order(b)),
    );
}

/** Rooms as large buttons, each opening the round of a shift. */
function RoomList({
  label,
  rooms,
  shift,
  date,
}: {
  label: string;
  rooms: readonly RoomView[];
  shift: Shift;
  date: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="xs"
      component="ul"
      aria-label={label}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {rooms.map((room) => (
        <li key={room.id}>
          <UnstyledButton
            component={Link}
            to={`/round/${room.id}?shift=${shift}&date=${date}`}
            display="block"
            w="100%"
          >
            <Card withBorder padding="md" radius="md" mih={56}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700}>{t('round.rooms.room', { code: room.code, name: room.name })}</Text>
                <Text size="sm">{t('round.rooms.occupied', { count: room.occupied })}</Text>
              </Group>
            </Card>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
