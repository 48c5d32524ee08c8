import {
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
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
import { enumValues } from '../../../lib/enum-values';
import { formatDate } from '../../../lib/format';
import { showApiErrors } from '../../../lib/form-errors';
import { todayIn } from '../../../lib/today';
import {
  assessmentsQuery,
  createAssessment,
  residentKeys,
  type CreateAssessment,
} from '../api/resident';
import { NEED_DOMAINS } from './need-domains';

type Kind = CreateAssessment['kind'];
type Risk = CreateAssessment['riskLevel'];
type Level = NonNullable<CreateAssessment['domains'][number]['level']>;
const KINDS = enumValues({
  comprehensive: true,
  initial_safety: true,
  reassessment: true,
} satisfies Record<Kind, true>);
const RISKS = enumValues({ low: true, medium: true, high: true, critical: true } satisfies Record<
  Risk,
  true
>);
const LEVELS = enumValues({ none: true, low: true, medium: true, high: true } satisfies Record<
  Level,
  true
>);

interface Values {
  kind: Kind;
  assessedOn: string;
  riskLevel: Risk;
  /** One level per domain, '' for a domain not assessed (left out of the body). */
  levels: Record<(typeof NEED_DOMAINS)[number], Level | ''>;
  /** Where the API's `domains` errors show (the list as a whole). */
  domains: string;
  strengths: string;
  summary: string;
}

function initialValues(): Values {
  return {
    kind: 'comprehensive',
    assessedOn: todayIn(),
    riskLevel: 'low',
    levels: Object.fromEntries(NEED_DOMAINS.map((d) => [d, ''])) as Values['levels'],
    domains: '',
    strengths: '',
    summary: '',
  };
}

/** The needs assessments of the resident's case (step 1): the API wants one before a first plan. */
export function AssessmentSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const assessments = useInfiniteQuery(assessmentsQuery(residentId));
  const [open, setOpen] = useState(false);
  if (assessments.isPending) return <Loading />;
  if (assessments.error) return <ErrorDisplay error={assessments.error} />;
  const items = assessments.data.pages.flatMap((p) => p.items);
  return (
    <Card withBorder component="section" aria-labelledby="assessments-title">
      <Stack gap="xs">
        <Text fw={700} component="h3" id="assessments-title">
          {t('resident.assessment.title')}
        </Text>
        {items.length === 0 ? <Text size="sm">{t('resident.assessment.none')}</Text> : null}
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((a) => (
            <Text component="li" size="sm" key={a.id}>
              {t('resident.assessment.line', {
                date: formatDate(a.assessedOn),
                kind: t(`resident.assessment.kind.${a.kind}`),
                risk: t(`resident.assessment.risk.${a.riskLevel}`),
              })}
            </Text>
          ))}
        </Stack>
        <LoadMore
          hasNextPage={assessments.hasNextPage}
          isFetchingNextPage={assessments.isFetchingNextPage}
          fetchNextPage={assessments.fetchNextPage}
          label={t('resident.loadMore')}
        />
        {open ? (
          <AssessmentForm
            residentId={residentId}
            onDone={() => {
              setOpen(false);
            }}
          />
        ) : (
          <Group>
            <Button
              mih={44}
              variant="light"
              onClick={() => {
                setOpen(true);
              }}
            >
              {t('resident.assessment.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function AssessmentForm({ residentId, onDone }: { residentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ initialValues: initialValues() });
  const v = form.getValues();
  const assessed = NEED_DOMAINS.filter((d) => v.levels[d] !== '');
  /** `domains.2.level` names the third domain sent: its row in the table. */
  const place = (field: string): string | null => {
    const m = /^domains\.(\d+)\.level$/.exec(field);
    if (m) {
      const domain = assessed[Number(m[1])];
      return domain ? `levels.${domain}` : 'domains';
    }
    return field.startsWith('domains') ? 'domains' : field;
  };
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body: CreateAssessment = {
        kind: values.kind,
        assessedOn: values.assessedOn,
        riskLevel: values.riskLevel,
        domains: NEED_DOMAINS.flatMap((domain) => {
          const level = values.levels[domain];
          return level === '' ? [] : [{ domain, level }];
        }),
        strengths: values.strengths.trim() || undefined,
        summary: values.summary.trim() || undefined,
      };
      return createAssessment(residentId, body);
    },
    onSuccess: async () => {
      onDone();
      await queryClient.invalidateQueries({ queryKey: residentKeys.assessments(residentId) });
    },
    onError: (error) => {
      showApiErrors(form, error, place);
    },
  });
  const domainsError = form.errors.domains;
  return (
    <form
      noValidate
      aria-labelledby="assessment-form-title"
      onSubmit={form.onSubmit((values) => {
        save.mutate(values);
      })}
    >
      <Stack gap="sm">
        <Text fw={600} id="assessment-form-title">
          {t('resident.assessment.formTitle')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('resident.assessment.kindLabel')}
            allowDeselect={false}
            data={KINDS.map((k) => ({ value: k, label: t(`resident.assessment.kind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <DateField
            label={t('resident.assessment.assessedOn')}
            required
            {...form.getInputProps('assessedOn')}
          />
          <Select
            label={t('resident.assessment.riskLabel')}
            allowDeselect={false}
            data={RISKS.map((r) => ({ value: r, label: t(`resident.assessment.risk.${r}`) }))}
            {...form.getInputProps('riskLevel')}
          />
        </SimpleGrid>
        <Table aria-describedby={domainsError ? 'assessment-domains-error' : undefined}>
          <Table.Caption>{t('resident.assessment.domainsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('resident.plan.domainLabel')}</Table.Th>
              <Table.Th scope="col">{t('resident.assessment.levelLabel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {NEED_DOMAINS.map((d) => (
              <Table.Tr key={d}>
                <Table.Th scope="row" fw={400}>
                  {t(`resident.plan.domain.${d}`)}
                </Table.Th>
                <Table.Td>
                  <Select
                    aria-label={t('resident.assessment.levelOf', {
                      domain: t(`resident.plan.domain.${d}`),
                    })}
                    clearable
                    placeholder={t('resident.assessment.notAssessed')}
                    data={LEVELS.map((l) => ({
                      value: l,
                      label: t(`resident.assessment.level.${l}`),
                    }))}
                    {...form.getInputProps(`levels.${d}`)}
                    onChange={(value) => {
                      form.setFieldValue(
                        `levels.${d}`,
                        LEVELS.find((l) => l === value) ?? ('' as const),
                      );
                      form.clearFieldError('domains');
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {domainsError ? (
          <Text c="red.9" size="sm" fw={600} id="assessment-domains-error" role="alert">
            {domainsError}
          </Text>
        ) : null}
        <Textarea
          label={t('resident.assessment.strengths')}
          autosize
          minRows={2}
          {...form.getInputProps('strengths')}
        />
        <Textarea
          label={t('resident.assessment.summary')}
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <FormFooter
          error={save.error}
          values={v}
          place={place}
          saveLabel={t('resident.assessment.save')}
          saving={save.isPending}
          cancelLabel={t('resident.form.cancel')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
