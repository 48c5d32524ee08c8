import { Badge, Card, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { LoadMore } from '../../../components/LoadMore';
import { Loading } from '../../../components/Loading';
import { formatDate, formatNumber } from '../../../lib/format';
import {
  enrollmentsQuery,
  schoolingReferenceQuery,
  type Enrollment,
  type SchoolingReference,
  type SchoolResult,
} from '../api/resident';
import { EnrollmentForm } from './EnrollmentForm';
import { labelOf } from './Facts';
import { ResultForm } from './ResultForm';

/** Enrolments per school year, their term results on the level's scale, and the promotion. */
export function SchoolingTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const reference = useQuery(schoolingReferenceQuery());
  const enrollments = useInfiniteQuery(enrollmentsQuery(residentId));
  if (reference.isPending || enrollments.isPending) return <Loading />;
  if (reference.error) return <ErrorDisplay error={reference.error} />;
  if (enrollments.error) return <ErrorDisplay error={enrollments.error} />;
  const items = enrollments.data.pages.flatMap((p) => p.items);
  return (
    <Stack gap="md">
      {items.length === 0 ? <Text c="dimmed">{t('resident.schooling.none')}</Text> : null}
      {items.map((e) => (
        <EnrollmentCard
          key={e.id}
          enrollment={e}
          reference={reference.data}
          residentId={residentId}
        />
      ))}
      <LoadMore
        hasNextPage={enrollments.hasNextPage}
        isFetchingNextPage={enrollments.isFetchingNextPage}
        fetchNextPage={enrollments.fetchNextPage}
        label={t('resident.loadMore')}
      />
      <EnrollmentForm residentId={residentId} reference={reference.data} />
    </Stack>
  );
}

function EnrollmentCard({
  enrollment: e,
  reference,
  residentId,
}: {
  enrollment: Enrollment;
  reference: SchoolingReference;
  residentId: string;
}) {
  const { t, i18n } = useTranslation();
  const level = labelOf(reference.levels, e.level, i18n.language);
  const titleId = `enrollment-${e.id}`;
  const recorded = new Set(e.results.map((r) => r.term));
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={700} component="h3" id={titleId}>
            {e.grade === null
              ? t('resident.schooling.yearLevel', { year: e.schoolYear, level })
              : t('resident.schooling.yearGrade', { year: e.schoolYear, level, grade: e.grade })}
          </Text>
          <Text size="sm">
            {e.schoolName ?? e.notEnrolledReason ?? '—'}
            {e.className ? ` · ${t('resident.schooling.class', { name: e.className })}` : ''}
          </Text>
          <Text size="sm">{t('resident.schooling.since', { date: formatDate(e.startDate) })}</Text>
        </div>
        {e.voided ? (
          <Badge color="gray.7">{t('resident.schooling.voided')}</Badge>
        ) : e.status ? (
          <Badge color="teal.9">{t(`resident.schooling.status.${e.status}`)}</Badge>
        ) : null}
      </Group>
      {e.results.length > 0 ? (
        <ResultsTable results={e.results} reference={reference} caption={titleId} />
      ) : (
        <Text size="sm" c="dimmed" mt="sm">
          {t('resident.schooling.noResults')}
        </Text>
      )}
      {!e.voided && e.ratingScale !== 'none' && recorded.size < 3 ? (
        <ResultForm
          enrollment={e}
          reference={reference}
          residentId={residentId}
          recorded={recorded}
        />
      ) : null}
    </Card>
  );
}

function ResultsTable({
  results,
  reference,
  caption,
}: {
  results: SchoolResult[];
  reference: SchoolingReference;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const scale = (code: string) => reference.scales.find((s) => s.code === code)?.ratings;
  const rating = (r: SchoolResult) => {
    const ratings = scale(r.scale);
    if (r.scale === 'tt27_2020') return labelOf(ratings?.rating, r.rating, i18n.language);
    return t('resident.schooling.secondaryRatings', {
      learning: labelOf(ratings?.learningRating, r.learningRating, i18n.language),
      conduct: labelOf(ratings?.conductRating, r.conductRating, i18n.language),
    });
  };
  return (
    <ScrollArea type="auto" mt="sm">
      <Table withTableBorder striped miw={480} aria-labelledby={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('resident.schooling.term')}</Table.Th>
            <Table.Th scope="col">{t('resident.schooling.rating')}</Table.Th>
            <Table.Th scope="col">{t('resident.schooling.daysAbsent')}</Table.Th>
            <Table.Th scope="col">{t('resident.schooling.promotion')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{labelOf(reference.terms, r.term, i18n.language)}</Table.Td>
              <Table.Td>{rating(r)}</Table.Td>
              <Table.Td>{r.daysAbsent === null ? '—' : formatNumber(r.daysAbsent)}</Table.Td>
              <Table.Td>
                {r.promotion ? (
                  <Stack gap={2}>
                    <Badge color={r.promotion === 'promoted' ? 'teal.9' : 'orange.9'}>
                      {t(`resident.schooling.outcome.${r.promotion}`)}
                    </Badge>
                    <Text size="xs">
                      {labelOf(reference.promotion.reasons, r.promotionReason, i18n.language)}
                    </Text>
                  </Stack>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
