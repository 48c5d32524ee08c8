import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateField, isIsoDate } from '../../../components/DateField';
import { FormFooter } from '../../../components/FormFooter';
import { formatDate } from '../../../lib/format';
import { showApiErrors } from '../../../lib/form-errors';
import { isConflict } from '../../../lib/problem';
import { useSession } from '../../../lib/session';
import { residentKeys, updateAdmission, type Admission, type Resident } from '../api/resident';
import { Facts } from './Facts';

type Dossier = NonNullable<Admission['dossier']>;
type DossierItem = Dossier['present'][number];

/** The OpenAPI document marks `dossier` optional; the API always answers it. */
const dossierOf = (a: Admission): Dossier => a.dossier ?? { present: [], missing: [] };

/** Who completes an admission's papers (INTAKE_ROLES in the API). */
const EDITOR_ROLES: readonly string[] = ['admin', 'social_worker'];

/** Papers the admission itself stands for: present by themselves (the API counts them so). */
function isDerived(admission: Admission, item: DossierItem): boolean {
  return (
    (admission.type === 'emergency' && item === 'intake_record') ||
    (admission.type === 'voluntary' && item === 'care_contract_mau08')
  );
}

/** The decision's number and date, or that there is none yet. */
function decisionText(t: TFunction, a: Admission): string {
  return a.decisionNo || a.decisionDate
    ? t('resident.papers.decisionLine', {
        no: a.decisionNo ?? '—',
        date: a.decisionDate ? formatDate(a.decisionDate) : '—',
      })
    : t('resident.papers.noDecision');
}

/**
 * The current admission's dossier on the profile tab: type and date, the decision, the papers
 * present and missing, the emergency deadlines (passed ones as an alert). The director and the
 * social worker complete it; everyone else reads it (the API leaves out what they may not see).
 */
export function AdmissionPapersCard({ resident }: { resident: Resident }) {
  const { t, i18n } = useTranslation();
  const role = useSession()?.user.role ?? '';
  const [editing, setEditing] = useState(false);
  const admission = resident.admission;
  if (!admission) return null;
  const english = i18n.language === 'en';
  const { present, missing } = dossierOf(admission);
  return (
    <Card withBorder component="section" aria-labelledby="admission-papers-title">
      <Stack gap="sm">
        <Text fw={700} component="h3" id="admission-papers-title" m={0}>
          {t('resident.papers.title')}
        </Text>
        {admission.passedDeadlines.length > 0 ? (
          <Alert
            color="red"
            role="alert"
            title={t('resident.papers.passedTitle')}
            styles={{ title: { color: '#8f1d1d' } }}
          >
            <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {admission.passedDeadlines.map((p) => (
                <Text component="li" size="sm" key={p.deadline}>
                  {english ? p.messageEn : p.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        ) : null}
        <Facts
          items={[
            {
              label: t('resident.papers.admission'),
              value: t('resident.profile.admittedOn', {
                type: t(`resident.admissionType.${admission.type}`),
                date: formatDate(admission.admittedOn),
              }),
            },
            {
              label: t('resident.papers.decision'),
              value: decisionText(t, admission),
            },
            ...(admission.dossierDueOn
              ? [
                  {
                    label: t('resident.papers.dueOn'),
                    value:
                      missing.length === 0
                        ? t('resident.papers.dueOnDone', {
                            date: formatDate(admission.dossierDueOn),
                          })
                        : formatDate(admission.dossierDueOn),
                  },
                ]
              : []),
            ...(admission.stayEndsOn
              ? [
                  {
                    label: t('resident.papers.stayEndsOn'),
                    value: formatDate(admission.stayEndsOn),
                  },
                ]
              : []),
          ]}
        />
        <div>
          <Text fw={600} component="h4" m={0} id="admission-papers-dossier">
            {t('resident.papers.dossier')}
          </Text>
          <Text size="sm" mb={4}>
            {missing.length === 0
              ? t('resident.papers.complete')
              : t('resident.papers.missingCount', { count: missing.length })}
          </Text>
          <Stack
            gap={4}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-labelledby="admission-papers-dossier"
          >
            {present.map((d) => (
              <Text component="li" size="sm" key={d}>
                <span aria-hidden="true">✓ </span>
                {t(`admission.dossier.${d}`)}
                <Text span size="sm" c="teal.9">
                  {' — '}
                  {t('resident.papers.present')}
                </Text>
              </Text>
            ))}
            {missing.map((d) => (
              <Text component="li" size="sm" key={d} fw={600}>
                <span aria-hidden="true">✗ </span>
                {t(`admission.dossier.${d}`)}
                <Text span size="sm" fw={600} c="red.9">
                  {' — '}
                  {t('resident.papers.missing')}
                </Text>
              </Text>
            ))}
          </Stack>
        </div>
        {EDITOR_ROLES.includes(role) ? (
          editing ? (
            <PapersForm
              residentId={resident.id}
              admission={admission}
              onDone={() => {
                setEditing(false);
              }}
            />
          ) : (
            <Group>
              <Button
                mih={44}
                variant="light"
                onClick={() => {
                  setEditing(true);
                }}
              >
                {t('resident.papers.edit')}
              </Button>
            </Group>
          )
        ) : null}
      </Stack>
    </Card>
  );
}

interface PapersValues {
  decisionNo: string;
  decisionDate: string;
  dossierPresent: string[];
}

const valuesOf = (a: Admission): PapersValues => ({
  decisionNo: a.decisionNo ?? '',
  decisionDate: a.decisionDate ?? '',
  dossierPresent: [...dossierOf(a).present],
});

function PapersForm({
  residentId,
  admission,
  onDone,
}: {
  residentId: string;
  admission: Admission;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = residentKeys.one(residentId);
  // The version the user started from: a refresh in the background must not move the If-Match.
  const [base, setBase] = useState(admission);
  const dossier = dossierOf(base);
  const items: DossierItem[] = [...dossier.present, ...dossier.missing];
  const form = useForm<PapersValues>({
    initialValues: valuesOf(base),
    validate: {
      decisionDate: (v) => (v.trim() !== '' && !isIsoDate(v) ? t('resident.papers.badDate') : null),
    },
  });
  const save = useMutation({
    mutationFn: (v: PapersValues) =>
      updateAdmission(residentId, base, {
        ...(v.decisionNo.trim() ? { decisionNo: v.decisionNo.trim() } : {}),
        ...(v.decisionDate ? { decisionDate: v.decisionDate } : {}),
        dossierPresent: items.filter((d) => v.dossierPresent.includes(d)),
      }),
    onSuccess: async () => {
      onDone();
      await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => {
      // 412: the card re-reads the admission; the notice shows it, the input stays.
      if (isConflict(error)) void queryClient.invalidateQueries({ queryKey: key });
      else showApiErrors(form, error);
    },
  });
  const current = admission.version !== base.version ? admission : null;
  return (
    <form
      noValidate
      aria-labelledby="admission-papers-form-title"
      onSubmit={form.onSubmit((v) => {
        save.mutate(v);
      })}
    >
      <Stack gap="sm">
        <Text fw={600} component="h4" m={0} id="admission-papers-form-title">
          {t('resident.papers.formTitle')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('resident.papers.decisionNo')}
            description={t('resident.papers.decisionNoHint')}
            {...form.getInputProps('decisionNo')}
          />
          <DateField
            label={t('resident.papers.decisionDate')}
            description={t('resident.papers.dateHint')}
            {...form.getInputProps('decisionDate')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('resident.papers.present')}
          description={t('resident.papers.presentHint')}
          {...form.getInputProps('dossierPresent')}
        >
          <Stack gap="xs" mt="xs">
            {items.map((d) =>
              isDerived(base, d) && dossier.present.includes(d) ? (
                <Checkbox
                  key={d}
                  value={d}
                  disabled
                  label={t(`admission.dossier.${d}`)}
                  description={t('resident.papers.derived')}
                />
              ) : (
                <Checkbox key={d} value={d} label={t(`admission.dossier.${d}`)} />
              ),
            )}
          </Stack>
        </Checkbox.Group>
        <FormFooter
          error={save.error}
          values={form.getValues()}
          conflict={{
            current: current
              ? [
                  { label: t('resident.papers.decision'), value: decisionText(t, current) },
                  {
                    label: t('resident.papers.present'),
                    value:
                      dossierOf(current)
                        .present.map((d) => t(`admission.dossier.${d}`))
                        .join('; ') || '—',
                  },
                ]
              : [],
            onReload: () => {
              // Continue from the admission as it is now: the next save names its version.
              if (current) {
                setBase(current);
                form.setValues(valuesOf(current));
              }
              save.reset();
            },
          }}
          saveLabel={t('resident.papers.save')}
          saving={save.isPending}
          cancelLabel={t('resident.form.cancel')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
