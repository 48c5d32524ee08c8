import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, formatNumber } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import {
  registerQuery,
  registerRoomsQuery,
  type AgeBand,
  type RegisterCategory,
  type RegisterFilters,
  type ResidentStatus,
  type ResidentSummary,
} from '../api/register';

const STATUSES: ResidentStatus[] = ['active', 'on_leave', 'discharged', 'deceased', 'transferred'];
const CATEGORIES: RegisterCategory[] = [
  'k1_child_abandoned',
  'k1_child_orphan',
  'k1_child_other',
  'k1_child_hiv',
  'k1_elderly_alone',
  'k1_disabled_severe',
  'k2_emergency',
  'k3_administrative',
  'k5_voluntary',
];
const AGE_BANDS: AgeBand[] = ['under4', '4-5', '6-10', '11-15', '16-17', '18-59', '60-79', '80+'];

const STATUS_COLOR: Record<ResidentStatus, string> = {
  active: 'teal',
  on_leave: 'blue',
  discharged: 'gray',
  deceased: 'dark',
  transferred: 'grape',
};

function pick<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((o) => o === value);
}

/** The register (sổ theo dõi đối tượng): search, filters in the address (a reload keeps them), paging. */
export function RegisterRoute() {
  const { t } = useTranslation();
  const roomWords: RoomWords = {
    noRoom: t('register.noRoom'),
    roomBed: (room, bed) => t('register.roomBed', { room, bed }),
  };
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const filters: RegisterFilters = {
    q: debouncedQ === '' ? undefined : debouncedQ,
    status: pick(STATUSES, params.get('status')),
    category: pick(CATEGORIES, params.get('category')),
    ageBand: pick(AGE_BANDS, params.get('age')),
    room: params.get('room') ?? undefined,
  };
  const list = useInfiniteQuery(registerQuery(filters));
  const rooms = useQuery(registerRoomsQuery());
  const residents = list.data?.pages.flatMap((p) => p.items) ?? [];
  const mayAdmit = session?.user.role === 'admin' || session?.user.role === 'social_worker';

  const setParam = (key: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md">
        <PageTitle>{t('pages.residents.title')}</PageTitle>
        {mayAdmit ? (
          <Button component={Link} to="/admissions/new">
            {t('register.admit')}
          </Button>
        ) : null}
      </Group>

      <div role="search" aria-label={t('register.search')}>
        <Stack gap="sm" mb="md">
          <TextInput
            type="search"
            label={t('register.search')}
            description={t('register.searchHint')}
            value={q}
            onChange={(event) => {
              setParam('q', event.currentTarget.value);
            }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Select
              label={t('register.filters.status')}
              placeholder={t('register.filters.any')}
              clearable
              value={filters.status ?? null}
              onChange={(value) => {
                setParam('status', value);
              }}
              data={STATUSES.map((s) => ({ value: s, label: t(`register.status.${s}`) }))}
            />
            <Select
              label={t('register.filters.category')}
              placeholder={t('register.filters.any')}
              clearable
              value={filters.category ?? null}
              onChange={(value) => {
                setParam('category', value);
              }}
              data={CATEGORIES.map((c) => ({ value: c, label: t(`register.category.${c}`) }))}
            />
            <Select
              label={t('register.filters.room')}
              placeholder={t('register.filters.any')}
              clearable
              searchable
              value={filters.room ?? null}
              onChange={(value) => {
                setParam('room', value);
              }}
              data={(rooms.data ?? []).map((r) => ({
                value: r.id,
                label: t('register.roomOption', { code: r.code, name: r.name }),
              }))}
            />
            <Select
              label={t('register.filters.age')}
              placeholder={t('register.filters.any')}
              clearable
              value={filters.ageBand ?? null}
              onChange={(value) => {
                setParam('age', value);
              }}
              data={AGE_BANDS.map((a) => ({ value: a, label: t(`register.ageBand.${a}`) }))}
            />
          </SimpleGrid>
        </Stack>
      </div>

      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorDisplay error={list.error} /> : null}
      {list.data ? (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {list.hasNextPage
              ? t('register.shownMore', {
                  count: residents.length,
                  n: formatNumber(residents.length),
                })
              : t('register.shown', { count: residents.length, n: formatNumber(residents.length) })}
          </Text>
          {residents.length === 0 ? <Text>{t('register.empty')}</Text> : null}
          {residents.length > 0 ? (
            <>
              <Table.ScrollContainer
                minWidth={880}
                visibleFrom="sm"
                type="native"
                // A table wider than the screen scrolls: the keyboard can reach it too.
                tabIndex={0}
                role="region"
                aria-label={t('pages.residents.title')}
              >
                <Table striped highlightOnHover={false} aria-label={t('pages.residents.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('register.col.code')}</Table.Th>
                      <Table.Th scope="col">{t('register.col.name')}</Table.Th>
                      <Table.Th scope="col">{t('register.col.born')}</Table.Th>
                      <Table.Th scope="col">{t('register.col.sex')}</Table.Th>
                      <Table.Th scope="col">{t('register.col.categories')}</Table.Th>
                      <Table.Th scope="col">{t('register.col.room')}</Table.Th>
                      <Table.Th scope="col">{t('register.col.admitted')}</Table.Th>
                      <Table.Th scope="col">{t('register.col.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {residents.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>{r.code}</Table.Td>
                        <Table.Td>
                          <ResidentLink resident={r} />
                        </Table.Td>
                        <Table.Td>
                          <Born resident={r} />
                        </Table.Td>
                        <Table.Td>{t(`register.sex.${r.sex}`)}</Table.Td>
                        <Table.Td>
                          <Categories resident={r} />
                        </Table.Td>
                        <Table.Td>{roomText(r, roomWords)}</Table.Td>
                        <Table.Td>{formatDate(r.admittedOn)}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={r.status} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Stack
                hiddenFrom="sm"
                gap="xs"
                component="ul"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
              >
                {residents.map((r) => (
                  <Card key={r.id} withBorder component="li" padding="sm">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <ResidentLink resident={r} />
                      <StatusBadge status={r.status} />
                    </Group>
                    <Text size="sm">
                      {t('register.cardLine', {
                        code: r.code,
                        room: roomText(r, roomWords),
                      })}
                    </Text>
                    <Text size="sm">
                      <Born resident={r} />
                    </Text>
                    <Categories resident={r} />
                  </Card>
                ))}
              </Stack>
            </>
          ) : null}
          {list.hasNextPage ? (
            <Button
              variant="default"
              mt="md"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('register.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function ResidentLink({ resident: r }: { resident: ResidentSummary }) {
  return (
    <Anchor component={Link} to={`/residents/${r.id}`} fw={600} py={10} display="inline-block">
      {r.preferredName ? `${r.fullName} (${r.preferredName})` : r.fullName}
    </Anchor>
  );
}

function Born({ resident: r }: { resident: ResidentSummary }) {
  const { t } = useTranslation();
  const age = r.age ?? 0;
  if (r.dateOfBirth && !r.birthDateEstimated)
    return <>{t('register.bornOn', { date: formatDate(r.dateOfBirth), age: formatNumber(age) })}</>;
  if (r.birthYear !== null)
    return <>{t('register.bornIn', { year: String(r.birthYear), age: formatNumber(age) })}</>;
  return <>{t('register.bornUnknown')}</>;
}

function Categories({ resident: r }: { resident: ResidentSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {r.categories.map((c) => (
        <Badge key={c} variant="outline" color="gray.7" c="gray.9" tt="none">
          {t(`register.category.${c}`)}
        </Badge>
      ))}
    </Group>
  );
}

function StatusBadge({ status }: { status: ResidentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} c={`${STATUS_COLOR[status]}.9`} variant="outline" tt="none">
      {t(`register.status.${status}`)}
    </Badge>
  );
}

/** The words roomText needs, taken from the message files by the caller. */
interface RoomWords {
  noRoom: string;
  roomBed: (room: string, bed: string) => string;
}

function roomText(r: ResidentSummary, words: RoomWords): string {
  if (!r.room) return words.noRoom;
  return r.bed ? words.roomBed(r.room.code, r.bed) : r.room.code;
}
