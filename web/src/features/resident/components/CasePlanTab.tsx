import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { LoadMore } from '../../../components/LoadMore';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../lib/format';
import { showApiErrors } from '../../../lib/form-errors';
import { useSession } from '../../../lib/session';
import { todayIn } from '../../../lib/today';
import { DateField } from '../../../components/DateField';
import { FormFooter } from '../../../components/FormFooter';
import {
  approvePlan,
  createPlan,
  plansQuery,
  residentKeys,
  reviewPlan,
  reviewsQuery,
  type CreatePlan,
  type CreateReview,
  type Plan,
} from '../api/resident';
import { AssessmentSection } from './AssessmentSection';
import { NEED_DOMAINS } from './need-domains';

const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'not_achieved'] as const;
type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A plan's goal (the document types goals as bare objects): the fields shown, checked. */
function goalOf(value: object): {
  key: string;
  domain: (typeof NEED_DOMAINS)[number];
  goal: string;
  status: GoalStatus;
} {
  const g = value as Record<string, unknown>;
  const domain = NEED_DOMAINS.find((d) => d === g.domain) ?? 'safety';
  const status = GOAL_STATUSES.find((p) => p === g.status) ?? 'not_started';
  return {
    key: typeof g.key === 'string' ? g.key : '—',
    domain,
    goal: typeof g.goal === 'string' ? g.goal : '—',
    status,
  };
}

const FREQUENCIES = ['monthly', 'quarterly', 'six_monthly', 'yearly'] as const;

/**
 * The case plan: the needs assessments (the API wants one before a first plan), every revision
 * of the intervention plan with its goals, the director's approval of a draft, and the reviews
 * (the status of each goal) of the plan in force.
 */
export function CasePlanTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const plans = useInfiniteQuery(plansQuery(residentId));
  if (plans.isPending) return <Loading />;
  if (plans.error) return <ErrorDisplay error={plans.error} />;
  const items = plans.data.pages.flatMap((p) => p.items);
  return (
    <Stack gap="md">
      <AssessmentSection residentId={residentId} />
      {items.length === 0 ? <Text c="dimmed">{t('resident.plan.none')}</Text> : null}
      {items.map((plan) => (
        <PlanCard key={plan.id} plan={plan} residentId={residentId} />
      ))}
      <LoadMore
        hasNextPage={plans.hasNextPage}
        isFetchingNextPage={plans.isFetchingNextPage}
        fetchNextPage={plans.fetchNextPage}
        label={t('resident.loadMore')}
      />
      {items.length === 0 ? <PlanForm residentId={residentId} /> : null}
    </Stack>
  );
}

function PlanCard({ plan, residentId }: { plan: Plan; residentId: string }) {
  const { t } = useTranslation();
  const isAdmin = useSession()?.user.role === 'admin';
  const titleId = `plan-${plan.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={700} component="h3" id={titleId}>
            {t('resident.plan.title', { revision: plan.revision, date: formatDate(plan.startsOn) })}
          </Text>
          <Text size="sm">
            {t('resident.plan.review', {
              frequency: t(`resident.plan.frequency.${plan.reviewFrequency}`),
              next: plan.nextReviewOn ? formatDate(plan.nextReviewOn) : '—',
            })}
          </Text>
        </div>
        <Badge color={plan.status === 'approved' ? 'teal.9' : 'gray.7'}>
          {t(`resident.plan.status.${plan.status}`)}
        </Badge>
      </Group>
      <Text fw={600} mt="sm">
        {t('resident.plan.goals')}
      </Text>
      <List size="sm">
        {plan.goals.map(goalOf).map((g) => (
          <List.Item key={g.key}>
            {t('resident.plan.goal', {
              key: g.key,
              domain: t(`resident.plan.domain.${g.domain}`),
              goal: g.goal,
              status: t(`resident.plan.progress.${g.status}`),
            })}
          </List.Item>
        ))}
      </List>
      {plan.status === 'draft' && isAdmin ? (
        <ApproveButton plan={plan} residentId={residentId} />
      ) : null}
      {plan.status === 'draft' && !isAdmin ? (
        <Text size="sm" mt="sm" c="dimmed">
          {t('resident.plan.awaitsApproval')}
        </Text>
      ) : null}
      {plan.status === 'approved' ? (
        <>
          <Reviews planId={plan.id} />
          <ReviewForm plan={plan} residentId={residentId} />
        </>
      ) : null}
    </Card>
  );
}

function Reviews({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const reviews = useInfiniteQuery(reviewsQuery(planId));
  if (reviews.isPending) return <Loading />;
  if (reviews.error) return <ErrorDisplay error={reviews.error} />;
  const items = reviews.data.pages.flatMap((p) => p.items);
  return (
    <>
      <Text fw={600} mt="sm">
        {t('resident.plan.reviews')}
      </Text>
      {items.length === 0 ? <Text size="sm">{t('resident.plan.noReviews')}</Text> : null}
      <List size="sm">
        {items.map((r) => (
          <List.Item key={r.id}>
            {t('resident.plan.reviewLine', {
              date: formatDate(r.reviewedOn),
              summary: r.summary ?? '—',
            })}
          </List.Item>
        ))}
      </List>
      <LoadMore
        hasNextPage={reviews.hasNextPage}
        isFetchingNextPage={reviews.isFetchingNextPage}
        fetchNextPage={reviews.fetchNextPage}
        label={t('resident.loadMore')}
      />
    </>
  );
}

/** The first plan's one goal is `goals.0` in the body, a field of its own in the form. */
const planPlace = (field: string): string =>
  field.startsWith('goals.0.') ? field.slice('goals.0.'.length) : field;

interface PlanValues {
  startsOn: string;
  reviewFrequency: string;
  domain: string;
  goal: string;
  indicator: string;
}

/** The first plan of the open case, a draft with one goal (more goals: a revision). */
function PlanForm({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<PlanValues>({
    initialValues: {
      startsOn: todayIn(),
      reviewFrequency: 'quarterly',
      domain: 'education',
      goal: '',
      indicator: '',
    },
    validate: { goal: (v) => (v.trim() ? null : t('resident.form.required')) },
  });
  const save = useMutation({
    mutationFn: (v: PlanValues) => {
      const body: CreatePlan = {
        startsOn: v.startsOn,
        reviewFrequency: v.reviewFrequency as CreatePlan['reviewFrequency'],
        goals: [
          {
            key: 'G1',
            domain: v.domain as CreatePlan['goals'][number]['domain'],
            goal: v.goal.trim(),
            ...(v.indicator.trim() ? { indicator: v.indicator.trim() } : {}),
          },
        ],
      };
      return createPlan(residentId, body);
    },
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: residentKeys.plans(residentId) });
    },
    onError: (error) => {
      showApiErrors(form, error, planPlace);
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
          {t('resident.plan.create')}
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="plan-form-title">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          save.mutate(v);
        })}
      >
        <Stack gap="sm">
          <Text fw={700} component="h3" id="plan-form-title">
            {t('resident.plan.createTitle')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField
              label={t('resident.plan.startsOn')}
              required
              {...form.getInputProps('startsOn')}
            />
            <Select
              label={t('resident.plan.frequencyLabel')}
              allowDeselect={false}
              data={FREQUENCIES.map((f) => ({
                value: f,
                label: t(`resident.plan.frequency.${f}`),
              }))}
              {...form.getInputProps('reviewFrequency')}
            />
            <Select
              label={t('resident.plan.domainLabel')}
              allowDeselect={false}
              data={NEED_DOMAINS.map((d) => ({ value: d, label: t(`resident.plan.domain.${d}`) }))}
              {...form.getInputProps('domain')}
            />
            <TextInput label={t('resident.plan.indicator')} {...form.getInputProps('indicator')} />
          </SimpleGrid>
          <Textarea
            label={t('resident.plan.goalLabel')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('goal')}
          />
          <FormFooter
            error={save.error}
            values={form.getValues()}
            place={planPlace}
            saveLabel={t('resident.plan.save')}
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

/** The director approves a draft: it becomes the plan in force (the case moves to implementation). */
function ApproveButton({ plan, residentId }: { plan: Plan; residentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => approvePlan(plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: residentKeys.plans(residentId) }),
  });
  return (
    <Stack gap="xs" mt="sm">
      <Group>
        <Button
          mih={44}
          color="teal.9"
          loading={approve.isPending}
          onClick={() => {
            approve.mutate();
          }}
        >
          {t('resident.plan.approve')}
        </Button>
      </Group>
      {approve.error ? <ErrorDisplay error={approve.error} /> : null}
    </Stack>
  );
}

interface ReviewValues {
  reviewedOn: string;
  goals: { key: string; status: GoalStatus; note: string }[];
  summary: string;
}

/** A review of the plan in force: the status of each goal, a summary (a revision: the API). */
function ReviewForm({ plan, residentId }: { plan: Plan; residentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const goals = plan.goals.map(goalOf);
  const initial = (): ReviewValues => ({
    reviewedOn: todayIn(),
    goals: goals.map((g) => ({ key: g.key, status: g.status, note: '' })),
    summary: '',
  });
  const form = useForm<ReviewValues>({ initialValues: initial() });
  const save = useMutation({
    mutationFn: (v: ReviewValues) => {
      const body: CreateReview = {
        reviewedOn: v.reviewedOn,
        goals: v.goals.map((g) => ({
          key: g.key,
          status: g.status,
          ...(g.note.trim() ? { note: g.note.trim() } : {}),
        })),
        ...(v.summary.trim() ? { summary: v.summary.trim() } : {}),
      };
      return reviewPlan(plan.id, body);
    },
    onSuccess: async () => {
      setOpen(false);
      form.setValues(initial());
      await queryClient.invalidateQueries({ queryKey: residentKeys.plans(residentId) });
      await queryClient.invalidateQueries({ queryKey: residentKeys.reviews(plan.id) });
    },
    onError: (error) => {
      showApiErrors(form, error);
    },
  });
  if (!open) {
    return (
      <Group mt="sm">
        <Button
          mih={44}
          variant="light"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('resident.plan.addReview')}
        </Button>
      </Group>
    );
  }
  const titleId = `review-form-${plan.id}`;
  return (
    <form
      noValidate
      aria-labelledby={titleId}
      onSubmit={form.onSubmit((v) => {
        save.mutate(v);
      })}
    >
      <Stack gap="sm" mt="sm">
        <Text fw={600} id={titleId}>
          {t('resident.plan.reviewTitle')}
        </Text>
        <DateField
          label={t('resident.plan.reviewedOn')}
          required
          maw={240}
          {...form.getInputProps('reviewedOn')}
        />
        {goals.map((g, i) => (
          <SimpleGrid key={g.key} cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('resident.plan.progressOf', { key: g.key, goal: g.goal })}
              allowDeselect={false}
              data={GOAL_STATUSES.map((p) => ({
                value: p,
                label: t(`resident.plan.progress.${p}`),
              }))}
              {...form.getInputProps(`goals.${String(i)}.status`)}
            />
            <TextInput
              label={t('resident.plan.progressNote', { key: g.key })}
              {...form.getInputProps(`goals.${String(i)}.note`)}
            />
          </SimpleGrid>
        ))}
        <Textarea
          label={t('resident.plan.reviewSummary')}
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <FormFooter
          error={save.error}
          values={form.getValues()}
          saveLabel={t('resident.plan.saveReview')}
          saving={save.isPending}
          cancelLabel={t('resident.form.cancel')}
          onCancel={() => {
            setOpen(false);
            save.reset();
          }}
        />
      </Stack>
    </form>
  );
}
