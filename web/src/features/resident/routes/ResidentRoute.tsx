import { Anchor, Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useSession } from '../../../lib/session';
import { residentQuery } from '../api/resident';
import { CasePlanTab } from '../components/CasePlanTab';
import { CounsellingTab } from '../components/CounsellingTab';
import { DischargeTab } from '../components/DischargeTab';
import { FollowUpsTab } from '../components/FollowUpsTab';
import { PrescriptionsTab } from '../components/PrescriptionsTab';
import { ProfileTab } from '../components/ProfileTab';
import { ReferralsTab } from '../components/ReferralsTab';
import { SchoolingTab } from '../components/SchoolingTab';

const TABS = [
  'profile',
  'schooling',
  'plan',
  'counselling',
  'referrals',
  'discharge',
  'followups',
  'medication',
] as const;
type Tab = (typeof TABS)[number];
/** Schooling and case work are the social worker's and the director's (the API says so too). */
const CASE_ROLES: readonly string[] = ['social_worker', 'admin'];
const CASE_TABS: readonly Tab[] = TABS.filter((x) => x !== 'medication');
/** Prescriptions are the nurse's and the director's (PRESCRIBERS in the API). */
const PRESCRIBER_ROLES: readonly string[] = ['nurse', 'admin'];

/**
 * The resident's page: profile, schooling, case plan, counselling, referrals, discharge, follow-ups
 * (case work), and the prescriptions (nurse, director).
 */
export function ResidentRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const resident = useQuery(residentQuery(id));
  const caseWork = CASE_ROLES.includes(session?.user.role ?? '');
  const prescriber = PRESCRIBER_ROLES.includes(session?.user.role ?? '');
  const tabs: readonly Tab[] = [
    ...(caseWork ? CASE_TABS : ['profile' as const]),
    ...(prescriber ? ['medication' as const] : []),
  ];
  const asked = params.get('tab');
  const tab: Tab = tabs.find((x) => x === asked) ?? 'profile';

  if (resident.isPending) return <Loading />;
  if (resident.error) {
    return (
      <>
        <PageTitle>{t('resident.notFound')}</PageTitle>
        <ErrorDisplay error={resident.error} />
      </>
    );
  }
  const r = resident.data;
  return (
    <>
      <Anchor component={Link} to="/residents" size="sm">
        {t('resident.back')}
      </Anchor>
      <PageTitle>{r.fullName}</PageTitle>
      <Group gap="xs" mb="md" mt={-8}>
        <Text size="sm">{t('resident.subtitle', { code: r.code })}</Text>
      </Group>
      <Tabs
        value={tab}
        onChange={(next) => {
          setParams(next && next !== 'profile' ? { tab: next } : {}, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x} mih={44}>
              {t(`resident.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <ProfileTab resident={r} />
        </Tabs.Panel>
        {caseWork ? (
          <>
            <Tabs.Panel value="schooling" pt="md">
              <SchoolingTab residentId={r.id} />
            </Tabs.Panel>
            <Tabs.Panel value="plan" pt="md">
              <CasePlanTab residentId={r.id} />
            </Tabs.Panel>
            <Tabs.Panel value="counselling" pt="md">
              <CounsellingTab residentId={r.id} />
            </Tabs.Panel>
            <Tabs.Panel value="referrals" pt="md">
              <ReferralsTab residentId={r.id} />
            </Tabs.Panel>
            <Tabs.Panel value="discharge" pt="md">
              <DischargeTab resident={r} />
            </Tabs.Panel>
            <Tabs.Panel value="followups" pt="md">
              <FollowUpsTab residentId={r.id} />
            </Tabs.Panel>
          </>
        ) : null}
        {prescriber ? (
          <Tabs.Panel value="medication" pt="md">
            <PrescriptionsTab residentId={r.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
