import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { FormFooter } from '../../../components/FormFooter';
import { LoadMore } from '../../../components/LoadMore';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../lib/format';
import { showApiErrors } from '../../../lib/form-errors';
import { useSession } from '../../../lib/session';
import { todayIn } from '../../../lib/today';
import { createReferral, referralsQuery, residentKeys, type CreateReferral } from '../api/resident';

const KINDS = [
  'hospital',
  'school',
  'police',
  'court',
  'legal_aid',
  'other_centre',
  'ngo',
  'other',
] as const satisfies readonly CreateReferral['kind'][];

/** The consent object of a referral (documented as a bare object): name and date, if any. */
function consentOf(value: unknown): { name: string; givenOn: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  return typeof c.name === 'string' && typeof c.givenOn === 'string'
    ? { name: c.name, givenOn: c.givenOn }
    : null;
}

/** Referrals to other services, with the consent each rests on, and a form to refer. */
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
      <ReferralForm residentId={residentId} />
    </Stack>
  );
}

interface Values {
  referredOn: string;
  kind: CreateReferral['kind'];
  organisation: string;
  contactName: string;
  contactPhone: string;
  reason: string;
  sharesPersonalData: boolean;
  /** How sharing is allowed: the resident's or guardian's consent, or the director's override. */
  basis: 'consent' | 'override';
  consent: { givenBy: 'resident' | 'guardian'; name: string; givenOn: string; written: boolean };
  consentOverrideReason: string;
}

function initialValues(): Values {
  return {
    referredOn: todayIn(),
    kind: 'hospital',
    organisation: '',
    contactName: '',
    contactPhone: '',
    reason: '',
    sharesPersonalData: true,
    basis: 'consent',
    consent: { givenBy: 'guardian', name: '', givenOn: todayIn(), written: true },
    consentOverrideReason: '',
  };
}

const text = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

function toBody(v: Values): CreateReferral {
  const body: CreateReferral = {
    referredOn: v.referredOn,
    kind: v.kind,
    organisation: v.organisation.trim(),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    reason: v.reason.trim(),
    sharesPersonalData: v.sharesPersonalData,
  };
  if (v.sharesPersonalData && v.basis === 'consent') {
    body.consent = { ...v.consent, name: v.consent.name.trim() };
  }
  if (v.sharesPersonalData && v.basis === 'override') {
    body.consentOverrideReason = v.consentOverrideReason.trim();
  }
  return body;
}

/**
 * Refer the resident to another service. Passing on personal data needs the consent of the
 * resident or the guardian; only the director may share without it, giving the reason (audited).
 */
function ReferralForm({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isAdmin = useSession()?.user.role === 'admin';
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({ initialValues: initialValues() });
  const v = form.getValues();
  const save = useMutation({
    mutationFn: (values: Values) => createReferral(residentId, toBody(values)),
    onSuccess: async () => {
      form.setValues(initialValues());
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: residentKeys.referrals(residentId) });
    },
    onError: (error) => {
      showApiErrors(form, error);
    },
  });
  if (!open) {
    return (
      <Group>
        <Button
          mih={44}
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('resident.referrals.add')}
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="referral-form-title">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          save.mutate(values);
        })}
      >
        <Stack gap="sm">
          <Text fw={700} component="h3" id="referral-form-title">
            {t('resident.referrals.formTitle')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField
              label={t('resident.referrals.referredOn')}
              required
              {...form.getInputProps('referredOn')}
            />
            <Select
              label={t('resident.referrals.kind')}
              allowDeselect={false}
              data={KINDS.map((k) => ({ value: k, label: t(`resident.referrals.kinds.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <TextInput
              label={t('resident.referrals.organisation')}
              required
              {...form.getInputProps('organisation')}
            />
            <TextInput
              label={t('resident.referrals.contactName')}
              {...form.getInputProps('contactName')}
            />
            <TextInput
              label={t('resident.referrals.contactPhone')}
              inputMode="tel"
              {...form.getInputProps('contactPhone')}
            />
          </SimpleGrid>
          <Textarea
            label={t('resident.referrals.reason')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <Switch
            label={t('resident.referrals.sharesPersonalData')}
            {...form.getInputProps('sharesPersonalData', { type: 'checkbox' })}
          />
          {v.sharesPersonalData && isAdmin ? (
            <Radio.Group label={t('resident.referrals.basis')} {...form.getInputProps('basis')}>
              <Group mt="xs">
                <Radio value="consent" label={t('resident.referrals.basisConsent')} />
                <Radio value="override" label={t('resident.referrals.basisOverride')} />
              </Group>
            </Radio.Group>
          ) : null}
          {v.sharesPersonalData && (v.basis === 'consent' || !isAdmin) ? (
            <Card withBorder component="fieldset" p="sm" m={0}>
              <Text component="legend" fw={600} size="sm">
                {t('resident.referrals.consentTitle')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('resident.referrals.givenBy')}
                  allowDeselect={false}
                  data={(['guardian', 'resident'] as const).map((g) => ({
                    value: g,
                    label: t(`resident.referrals.giver.${g}`),
                  }))}
                  {...form.getInputProps('consent.givenBy')}
                />
                <TextInput
                  label={t('resident.referrals.consentName')}
                  required
                  {...form.getInputProps('consent.name')}
                />
                <DateField
                  label={t('resident.referrals.givenOn')}
                  required
                  {...form.getInputProps('consent.givenOn')}
                />
                <Checkbox
                  mt="lg"
                  label={t('resident.referrals.written')}
                  {...form.getInputProps('consent.written', { type: 'checkbox' })}
                />
              </SimpleGrid>
            </Card>
          ) : null}
          {v.sharesPersonalData && v.basis === 'override' && isAdmin ? (
            <Textarea
              label={t('resident.referrals.overrideReason')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('consentOverrideReason')}
            />
          ) : null}
          <FormFooter
            error={save.error}
            values={v}
            saveLabel={t('resident.referrals.save')}
            saving={save.isPending}
            cancelLabel={t('resident.form.cancel')}
            onCancel={() => {
              setOpen(false);
              save.reset();
            }}
          />
        </Stack>
      </form>
    </Card>
  );
}
