import {
  Alert,
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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { FormFooter } from '../../../components/FormFooter';
import { Loading } from '../../../components/Loading';
import { enumValues } from '../../../lib/enum-values';
import { formatDate } from '../../../lib/format';
import { showApiErrors } from '../../../lib/form-errors';
import { useSession } from '../../../lib/session';
import { todayIn } from '../../../lib/today';
import {
  createStep,
  discharge,
  residentKeys,
  stepsQuery,
  type CreateStep,
  type DischargeBody,
  type Resident,
} from '../api/resident';

type Ground = DischargeBody['ground'];
type DestinationKind = NonNullable<DischargeBody['destination']>['kind'];
const GROUNDS = enumValues({
  family_request: true,
  case_closed: true,
  adopted: true,
  age_limit: true,
  cannot_serve: true,
  lost_contact: true,
  own_request: true,
  death: true,
  contract_ended: true,
  other: true,
} satisfies Record<Ground, true>);
const DESTINATIONS = enumValues({
  family: true,
  guardian: true,
  facility: true,
  independent: true,
} satisfies Record<DestinationKind, true>);
const STEP_KINDS = enumValues({
  family_assessment: true,
  trial_home_stay: true,
  school_transfer: true,
  documents: true,
  other: true,
} satisfies Record<CreateStep['kind'], true>);
const PRESENT: readonly Resident['status'][] = ['active', 'on_leave'];

/**
 * Preparing the resident's leaving: the reintegration steps (the social worker's), and the
 * director's discharge decision on a legal ground (ND 20/2021 Điều 30), which plans the visits
 * after it (see the follow-ups tab).
 */
export function DischargeTab({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const isAdmin = useSession()?.user.role === 'admin';
  const steps = useQuery(stepsQuery(resident.id));
  const present = PRESENT.includes(resident.status);
  return (
    <Stack gap="sm">
      <Text>
        {t('resident.discharge.status', { status: t(`resident.status.${resident.status}`) })}
      </Text>
      <Text fw={600} component="h3">
        {t('resident.discharge.steps')}
      </Text>
      {steps.isPending ? <Loading /> : null}
      {steps.error ? <ErrorDisplay error={steps.error} /> : null}
      {steps.data && steps.data.length === 0 ? (
        <Text c="dimmed">{t('resident.discharge.noSteps')}</Text>
      ) : null}
      <List size="sm">
        {(steps.data ?? []).map((s) => (
          <List.Item key={s.id}>
            {s.doneOn
              ? t('resident.discharge.stepDone', {
                  date: formatDate(s.dueOn),
                  title: s.description,
                  done: formatDate(s.doneOn),
                })
              : t('resident.discharge.step', { date: formatDate(s.dueOn), title: s.description })}
          </List.Item>
        ))}
      </List>
      {present ? <StepForm residentId={resident.id} /> : null}
      {present && isAdmin ? <DischargeForm resident={resident} /> : null}
      {present && !isAdmin ? (
        <Text size="sm" c="dimmed">
          {t('resident.discharge.onlyAdmin')}
        </Text>
      ) : null}
    </Stack>
  );
}

interface StepValues {
  kind: CreateStep['kind'];
  description: string;
  dueOn: string;
}

/** A reintegration step, owned by the user who adds it (an overdue step raises an alert). */
function StepForm({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useSession()?.user.id ?? '';
  const [open, setOpen] = useState(false);
  const initial = (): StepValues => ({ kind: 'family_assessment', description: '', dueOn: '' });
  const form = useForm<StepValues>({ initialValues: initial() });
  const save = useMutation({
    mutationFn: (v: StepValues) =>
      createStep(residentId, {
        kind: v.kind,
        description: v.description.trim(),
        dueOn: v.dueOn,
        ownerId: me,
      }),
    onSuccess: async () => {
      setOpen(false);
      form.setValues(initial());
      await queryClient.invalidateQueries({ queryKey: residentKeys.steps(residentId) });
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
          variant="light"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('resident.discharge.addStep')}
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="step-form-title">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          save.mutate(v);
        })}
      >
        <Stack gap="sm">
          <Text fw={700} component="h3" id="step-form-title">
            {t('resident.discharge.stepTitle')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('resident.discharge.stepKind')}
              allowDeselect={false}
              data={STEP_KINDS.map((k) => ({
                value: k,
                label: t(`resident.discharge.stepKinds.${k}`),
              }))}
              {...form.getInputProps('kind')}
            />
            <DateField
              label={t('resident.discharge.stepDueOn')}
              required
              {...form.getInputProps('dueOn')}
            />
          </SimpleGrid>
          <Textarea
            label={t('resident.discharge.stepDescription')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <FormFooter
            error={save.error}
            values={form.getValues()}
            saveLabel={t('resident.discharge.saveStep')}
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

interface DischargeValues {
  ground: Ground;
  groundOther: string;
  requestedOn: string;
  decisionNo: string;
  decisionDate: string;
  lateReason: string;
  effectiveOn: string;
  destinationKind: DestinationKind | '';
  destination: { name: string; relationship: string; address: string; phone: string };
  handover: { receivedBy: string };
  death: { diedOn: string; cause: string };
  notes: string;
}

const text = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

function toBody(v: DischargeValues): DischargeBody {
  const body: DischargeBody = {
    ground: v.ground,
    groundOther: v.ground === 'other' ? text(v.groundOther) : undefined,
    requestedOn: v.requestedOn,
    decisionNo: v.decisionNo.trim(),
    decisionDate: v.decisionDate,
    lateReason: text(v.lateReason),
    effectiveOn: v.effectiveOn,
    notes: text(v.notes),
  };
  if (v.ground === 'death') {
    body.death = { diedOn: v.death.diedOn, cause: v.death.cause.trim() };
  } else if (v.destinationKind !== '') {
    body.destination = {
      kind: v.destinationKind,
      name: v.destination.name.trim(),
      relationship: text(v.destination.relationship),
      address: text(v.destination.address),
      phone: text(v.destination.phone),
    };
    const receivedBy = text(v.handover.receivedBy);
    if (receivedBy) body.handover = { receivedBy };
  }
  return body;
}

const dischargePlace = (field: string): string =>
  field === 'destination.kind' ? 'destinationKind' : field;

/** The director's discharge decision (the API checks the legal ground, the dates and the age rule). */
function DischargeForm({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const today = todayIn();
  const form = useForm<DischargeValues>({
    initialValues: {
      ground: 'family_request',
      groundOther: '',
      requestedOn: today,
      decisionNo: '',
      decisionDate: today,
      lateReason: '',
      effectiveOn: today,
      destinationKind: 'family',
      destination: { name: '', relationship: '', address: '', phone: '' },
      handover: { receivedBy: '' },
      death: { diedOn: today, cause: '' },
      notes: '',
    },
  });
  const v = form.getValues();
  const save = useMutation({
    mutationFn: (values: DischargeValues) => discharge(resident.id, toBody(values)),
    onSuccess: async () => {
      // The resident's status changes (the tab then shows it) and the follow-ups are planned.
      await queryClient.invalidateQueries({ queryKey: residentKeys.one(resident.id) });
    },
    onError: (error) => {
      showApiErrors(form, error, dischargePlace);
    },
  });
  if (save.data) {
    return (
      <Alert color="teal" role="status" title={t('resident.discharge.title')}>
        {t('resident.discharge.saved', {
          no: save.data.discharge.decisionNo,
          date: formatDate(save.data.discharge.effectiveOn),
        })}
      </Alert>
    );
  }
  if (!open) {
    return (
      <Group>
        <Button
          mih={44}
          color="dark"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('resident.discharge.open')}
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="discharge-form-title">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          save.mutate(values);
        })}
      >
        <Stack gap="sm">
          <Text fw={700} component="h3" id="discharge-form-title">
            {t('resident.discharge.title')}
          </Text>
          <Select
            label={t('resident.discharge.ground')}
            allowDeselect={false}
            data={GROUNDS.map((g) => ({ value: g, label: t(`resident.discharge.grounds.${g}`) }))}
            {...form.getInputProps('ground')}
          />
          {v.ground === 'other' ? (
            <TextInput
              label={t('resident.discharge.groundOther')}
              required
              {...form.getInputProps('groundOther')}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField
              label={t('resident.discharge.requestedOn')}
              required
              {...form.getInputProps('requestedOn')}
            />
            <TextInput
              label={t('resident.discharge.decisionNo')}
              required
              {...form.getInputProps('decisionNo')}
            />
            <DateField
              label={t('resident.discharge.decisionDate')}
              required
              {...form.getInputProps('decisionDate')}
            />
            <DateField
              label={t('resident.discharge.effectiveOn')}
              required
              {...form.getInputProps('effectiveOn')}
            />
          </SimpleGrid>
          <TextInput
            label={t('resident.discharge.lateReason')}
            {...form.getInputProps('lateReason')}
          />
          {v.ground === 'death' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField
                label={t('resident.discharge.diedOn')}
                required
                {...form.getInputProps('death.diedOn')}
              />
              <TextInput
                label={t('resident.discharge.cause')}
                required
                {...form.getInputProps('death.cause')}
              />
            </SimpleGrid>
          ) : (
            <Card withBorder component="fieldset" p="sm" m={0}>
              <Text component="legend" fw={600} size="sm">
                {t('resident.discharge.destinationTitle')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('resident.discharge.destinationKind')}
                  allowDeselect={false}
                  data={[
                    { value: '', label: t('resident.discharge.destinations.none') },
                    ...DESTINATIONS.map((d) => ({
                      value: d,
                      label: t(`resident.discharge.destinations.${d}`),
                    })),
                  ]}
                  {...form.getInputProps('destinationKind')}
                />
                {v.destinationKind !== '' ? (
                  <>
                    <TextInput
                      label={t('resident.discharge.destinationName')}
                      required
                      {...form.getInputProps('destination.name')}
                    />
                    <TextInput
                      label={t('resident.discharge.relationship')}
                      {...form.getInputProps('destination.relationship')}
                    />
                    <TextInput
                      label={t('resident.discharge.phone')}
                      inputMode="tel"
                      {...form.getInputProps('destination.phone')}
                    />
                    <TextInput
                      label={t('resident.discharge.address')}
                      {...form.getInputProps('destination.address')}
                    />
                    <TextInput
                      label={t('resident.discharge.receivedBy')}
                      {...form.getInputProps('handover.receivedBy')}
                    />
                  </>
                ) : null}
              </SimpleGrid>
            </Card>
          )}
          <Textarea
            label={t('resident.discharge.notes')}
            autosize
            minRows={2}
            {...form.getInputProps('notes')}
          />
          <FormFooter
            error={save.error}
            values={v}
            place={dischargePlace}
            saveLabel={t('resident.discharge.save')}
            saving={save.isPending}
            saveColor="dark"
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
