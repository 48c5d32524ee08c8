import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { LoadMore } from '../../../components/LoadMore';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../lib/format';
import { referralsQuery } from '../api/resident';

/** The consent object of a referral (documented as a bare object): name and date, if any. */
function consentOf(value: unknown): { name: string; givenOn: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  return typeof c.name === 'string' && typeof c.givenOn === 'string'
    ? { name: c.name, givenOn: c.givenOn }
    : null;
}

/** Referrals to other services, with the consent each rests on (read only here). */
export function ReferralsTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const referrals = useInfiniteQuery(referralsQuery(residentId));
  if (referrals.isPending) return <Loading />;
  if (referrals.error) return <ErrorDisplay error={referrals.error} />;
  const items = referrals.data.pages.flatMap((p) => p.items);
  return (
    <Stack gap="xs">
      {items.length === 0 ? <Text c="dimmed">{t('resident.referrals.none')}</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((r) => (
          <Card key={r.id} withBorder component="li">
            <Group justify="space-between" align="flex-start">
              <Text fw={600}>
                {t('resident.referrals.line', {
                  date: formatDate(r.referredOn),
                  organisation: r.organisation,
                })}
              </Text>
              <Badge color="gray.7">{t(`resident.referrals.outcome.${r.outcome}`)}</Badge>
            </Group>
            <Text size="sm">{r.reason}</Text>
            <Text size="sm">
              {!r.sharesPersonalData
                ? t('resident.referrals.noData')
                : consentOf(r.consent)
                  ? t('resident.referrals.consent', {
                      name: consentOf(r.consent)?.name ?? '—',
                      date: formatDate(consentOf(r.consent)?.givenOn ?? ''),
                    })
                  : t('resident.referrals.override', { reason: r.consentOverrideReason ?? '—' })}
            </Text>
          </Card>
        ))}
      </Stack>
      <LoadMore
        hasNextPage={referrals.hasNextPage}
        isFetchingNextPage={referrals.isFetchingNextPage}
        fetchNextPage={referrals.fetchNextPage}
        label={t('resident.loadMore')}
      />
    </Stack>
  );
}
