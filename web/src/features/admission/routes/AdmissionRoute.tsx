import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../../../api/schema';
import { DateField, isIsoDate } from '../../../components/DateField';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { isApiProblem } from '../../../lib/problem';
import { useSession, type Role } from '../../../lib/session';
import { todayIn } from '../../../lib/today';
import {
  admissionRoomsQuery,
  duplicatesOf,
  ethnicitiesQuery,
  useAdmit,
  useCheckDuplicates,
  type AdmitBody,
  type AdmittedResident,
  type DuplicateCandidate,
} from '../api/admission';
import { DuplicateWarning } from '../components/DuplicateWarning';

type AdmissionType = AdmitBody['type'];
type Category = AdmitBody['categories'][number];
type EmergencyKind = NonNullable<AdmitBody['emergencyKind']>;
type DossierItem = NonNullable<AdmitBody['dossierPresent']>[number];
type Mobility = NonNullable<AdmitBody['mobility']>;
type Sensitive = NonNullable<AdmitBody['sensitive']>;
type SensitiveField = keyof Sensitive;
type HivStatus = NonNullable<Sensitive['hivStatus']>;

const TYPES: AdmissionType[] = ['regular', 'emergency', 'voluntary'];
const CATEGORIES: Category[] = [
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
const EMERGENCY_KINDS: EmergencyKind[] = [
  'domestic_violence',
  'sexual_abuse',
  'trafficking',
  'forced_labour',
  'vagrant',
  'other',
];
const DOSSIER: DossierItem[] = [
  'declaration_mau07',
  'birth_certificate',
  'disability_certificate',
  'hiv_confirmation',
  'commune_request',
  'admission_decision',
];
const MOBILITY: Mobility[] = ['independent', 'assisted', 'wheelchair', 'bedridden'];
const HIV_STATUSES: HivStatus[] = ['unknown', 'negative', 'positive'];
/** The API keeps at most this many guardians or relatives (MAX_GUARDIANS). */
const MAX_GUARDIANS = 10;

/**
 * The sensitive facts each role may record (the field rights of src/auth/field-rights.ts and
 * docs/security.md): medical facts, HIV among them, are the nurse's and the director's; the
 * protection history is the social worker's and the director's. The API is the guard; the
 * wizard does not offer a role a fact it may not set.
 */
const SENSITIVE_BY_ROLE: Record<Role, readonly SensitiveField[]> = {
  admin: [
    'hivStatus',
    'hivConfirmedOn',
    'psychiatricDiagnosis',
    'abuseHistory',
    'traffickingHistory',
  ],
  social_worker: ['abuseHistory', 'traffickingHistory'],
  nurse: ['hivStatus', 'hivConfirmedOn', 'psychiatricDiagnosis'],
  caretaker: [],
  officer: [],
};

interface Guardian {
  name: string;
  relationship: string;
  phone: string;
  address: string;
}
const emptyGuardian = (): Guardian => ({ name: '', relationship: '', phone: '', address: '' });

interface Values {
  type: AdmissionType;
  fullName: string;
  preferredName: string;
  knowsBirthDate: boolean;
  dateOfBirth: string;
  birthYear: number | string;
  birthDateEstimated: boolean;
  sex: string;
  ethnicityCode: string;
  personalId: string;
  religion: string;
  hometownProvince: string;
  hometownCommune: string;
  guardians: Guardian[];
  categories: Category[];
  emergencyKind: string;
  admittedOn: string;
  roomId: string;
  bed: string;
  mobility: Mobility;
  needs24hCare: boolean;
  careInstructions: string;
  sensitive: {
    hivStatus: HivStatus | '';
    hivConfirmedOn: string;
    psychiatricDiagnosis: string;
    abuseHistory: string;
    traffickingHistory: string;
  };
  decisionNo: string;
  decisionDate: string;
  dossierPresent: DossierItem[];
  emergency: {
    foundAt: string;
    foundOn: string;
    foundBy: string;
    injuries: string;
    intakeRecordNo: string;
  };
  voluntary: {
    contractNo: string;
    startsOn: string;
    endsOn: string;
    payer: string;
    monthlyFee: number | string;
  };
}

/** The fields of each step: a field error from the API opens the step that holds the field. */
const STEP_FIELDS: string[][] = [
  [
    'type',
    'fullName',
    'preferredName',
    'dateOfBirth',
    'birthYear',
    'sex',
    'ethnicityCode',
    'personalId',
    'religion',
    'hometownProvince',
    'hometownCommune',
    'guardians',
    'categories',
    'emergencyKind',
  ],
  [
    'admittedOn',
    'roomId',
    'bed',
    'mobility',
    'needs24hCare',
    'careInstructions',
    'sensitive',
    'decisionNo',
    'decisionDate',
    'dossierPresent',
    'emergency',
    'voluntary',
  ],
];

function stepOf(field: string): number {
  const root = field.split('.')[0] ?? field;
  const index = STEP_FIELDS.findIndex((fields) => fields.includes(root));
  return index < 0 ? 2 : index;
}

const blank = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
const asNumber = (v: number | string): number | undefined =>
  typeof v === 'number' ? v : v.trim() === '' ? undefined : Number(v);

function initialValues(): Values {
  const today = todayIn();
  return {
    type: 'regular',
    fullName: '',
    preferredName: '',
    knowsBirthDate: true,
    dateOfBirth: '',
    birthYear: '',
    birthDateEstimated: false,
    sex: '',
    ethnicityCode: '01',
    personalId: '',
    religion: '',
    hometownProvince: '',
    hometownCommune: '',
    guardians: [],
    categories: [],
    emergencyKind: '',
    admittedOn: today,
    roomId: '',
    bed: '',
    mobility: 'independent',
    needs24hCare: false,
    careInstructions: '',
    sensitive: {
      hivStatus: '',
      hivConfirmedOn: '',
      psychiatricDiagnosis: '',
      abuseHistory: '',
      traffickingHistory: '',
    },
    decisionNo: '',
    decisionDate: '',
    dossierPresent: [],
    emergency: { foundAt: '', foundOn: today, foundBy: '', injuries: '', intakeRecordNo: '' },
    voluntary: { contractNo: '', startsOn: today, endsOn: '', payer: '', monthlyFee: '' },
  };
}

/** The sensitive facts typed, of those the role may set; undefined when there are none. */
function sensitiveOf(v: Values, allowed: readonly SensitiveField[]): Sensitive | undefined {
  const s = v.sensitive;
  const facts: Sensitive = {
    hivStatus: s.hivStatus === '' ? undefined : s.hivStatus,
    hivConfirmedOn: blank(s.hivConfirmedOn),
    psychiatricDiagnosis: blank(s.psychiatricDiagnosis),
    abuseHistory: blank(s.abuseHistory),
    traffickingHistory: blank(s.traffickingHistory),
  };
  const typed: [string, unknown][] = Object.entries(facts);
  const kept = Object.fromEntries(
    typed.filter(([field, value]) => value !== undefined && allowed.some((a) => a === field)),
  ) as Sensitive;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function toBody(
  v: Values,
  confirmNotDuplicate: boolean,
  allowed: readonly SensitiveField[],
): AdmitBody {
  const body: AdmitBody = {
    type: v.type,
    fullName: v.fullName.trim(),
    preferredName: blank(v.preferredName),
    dateOfBirth: v.knowsBirthDate ? v.dateOfBirth : undefined,
    birthYear: v.knowsBirthDate ? undefined : asNumber(v.birthYear),
    birthDateEstimated: v.knowsBirthDate ? false : v.birthDateEstimated,
    sex: v.sex === 'female' ? 'female' : 'male',
    ethnicityCode: v.ethnicityCode,
    personalId: blank(v.personalId),
    religion: blank(v.religion),
    hometownProvince: blank(v.hometownProvince),
    hometownCommune: blank(v.hometownCommune),
    guardians: v.guardians.map((g) => ({
      name: g.name.trim(),
      relationship: g.relationship.trim(),
      phone: blank(g.phone),
      address: blank(g.address),
    })),
    sensitive: sensitiveOf(v, allowed),
    categories: v.categories,
    emergencyKind: v.categories.includes('k2_emergency')
      ? (EMERGENCY_KINDS.find((k) => k === v.emergencyKind) ?? undefined)
      : undefined,
    admittedOn: v.admittedOn,
    roomId: blank(v.roomId),
    bed: blank(v.bed),
    mobility: v.mobility,
    needs24hCare: v.needs24hCare,
    careInstructions: blank(v.careInstructions),
  };
  if (v.type === 'regular') {
    body.decisionNo = blank(v.decisionNo);
    body.decisionDate = blank(v.decisionDate);
    body.dossierPresent = v.dossierPresent;
  } else if (v.type === 'emergency') {
    body.emergency = {
      foundAt: v.emergency.foundAt.trim(),
      foundOn: v.emergency.foundOn,
      foundBy: v.emergency.foundBy.trim(),
      injuries: blank(v.emergency.injuries),
      intakeRecordNo: blank(v.emergency.intakeRecordNo),
    };
  } else {
    body.voluntary = {
      contractNo: v.voluntary.contractNo.trim(),
      startsOn: v.voluntary.startsOn,
      endsOn: blank(v.voluntary.endsOn),
      payer: v.voluntary.payer.trim(),
      monthlyFee: asNumber(v.voluntary.monthlyFee),
    };
  }
  if (confirmNotDuplicate) body.confirmNotDuplicate = true;
  return body;
}

/** The admission wizard: who (checked for duplicates), how and where, then review and save. */
export function AdmissionRoute() {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const [notDuplicate, setNotDuplicate] = useState(false);
  const [admitted, setAdmitted] = useState<AdmittedResident | null>(null);
  const ethnicities = useQuery(ethnicitiesQuery());
  const rooms = useQuery(admissionRoomsQuery());
  const check = useCheckDuplicates();
  const admit = useAdmit();
  const form = useForm<Values>({ mode: 'controlled', initialValues: initialValues() });
  const v = form.values;
  const role = useSession()?.user.role;
  const allowedSensitive = role ? SENSITIVE_BY_ROLE[role] : [];
  const offers = (field: SensitiveField) => allowedSensitive.includes(field);

  const required = t('admission.errors.required');
  const dateError = t('admission.errors.date');

  /** The app's own checks of a step (the API checks everything again on save). */
  function localErrors(index: number): Record<string, string> {
    const e: Record<string, string> = {};
    const needDate = (field: string, value: string, optional = false) => {
      if (value.trim() === '') {
        if (!optional) e[field] = required;
      } else if (!isIsoDate(value)) e[field] = dateError;
    };
    if (index === 0) {
      if (v.fullName.trim() === '') e.fullName = required;
      if (v.knowsBirthDate) needDate('dateOfBirth', v.dateOfBirth);
      else if (asNumber(v.birthYear) === undefined) e.birthYear = required;
      if (v.sex === '') e.sex = required;
      if (v.ethnicityCode === '') e.ethnicityCode = required;
      if (v.categories.length === 0) e.categories = required;
      if (v.categories.includes('k2_emergency') && v.emergencyKind === '')
        e.emergencyKind = required;
      v.guardians.forEach((g, i) => {
        if (g.name.trim() === '') e[`guardians.${String(i)}.name`] = required;
        if (g.relationship.trim() === '') e[`guardians.${String(i)}.relationship`] = required;
      });
    }
    if (index === 1 && v.sensitive.hivConfirmedOn.trim() !== '') {
      needDate('sensitive.hivConfirmedOn', v.sensitive.hivConfirmedOn);
    }
    if (index === 1) {
      needDate('admittedOn', v.admittedOn);
      if (v.type === 'regular') {
        if (v.decisionNo.trim() === '') e.decisionNo = required;
        needDate('decisionDate', v.decisionDate);
      } else if (v.type === 'emergency') {
        if (v.emergency.foundAt.trim() === '') e['emergency.foundAt'] = required;
        if (v.emergency.foundBy.trim() === '') e['emergency.foundBy'] = required;
        needDate('emergency.foundOn', v.emergency.foundOn);
      } else {
        if (v.voluntary.contractNo.trim() === '') e['voluntary.contractNo'] = required;
        if (v.voluntary.payer.trim() === '') e['voluntary.payer'] = required;
        needDate('voluntary.startsOn', v.voluntary.startsOn);
        needDate('voluntary.endsOn', v.voluntary.endsOn, true);
      }
    }
    return e;
  }

  async function next() {
    const errors = localErrors(step);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (step === 0) {
      // Who is this? Ask the register before anything else is typed.
      const found = await check
        .mutateAsync({
          fullName: v.fullName.trim(),
          dateOfBirth: v.knowsBirthDate ? v.dateOfBirth : undefined,
          birthYear: v.knowsBirthDate ? undefined : asNumber(v.birthYear),
          birthDateEstimated: v.knowsBirthDate ? undefined : v.birthDateEstimated,
          personalId: blank(v.personalId),
        })
        .catch((error: unknown) => {
          if (isApiProblem(error)) form.setErrors(error.errorsByField());
          return null;
        });
      if (found === null) return;
      setCandidates(found);
      setNotDuplicate(false);
      if (found.length > 0) return; // the user decides, below
    }
    setStep((s) => s + 1);
  }

  function save(confirm: boolean) {
    admit.mutate(toBody(v, confirm || notDuplicate, allowedSensitive), {
      onSuccess: (resident) => {
        setAdmitted(resident);
      },
      onError: (error) => {
        if (!isApiProblem(error)) return;
        const byField = error.errorsByField();
        form.setErrors(byField);
        const steps = Object.keys(byField).map(stepOf);
        if (steps.length > 0) setStep(Math.min(...steps));
      },
    });
  }

  function restart() {
    form.setValues(initialValues());
    form.clearErrors();
    setCandidates(null);
    setNotDuplicate(false);
    setAdmitted(null);
    admit.reset();
    check.reset();
    setStep(0);
  }

  if (admitted) return <Admitted resident={admitted} onAnother={restart} />;

  const conflictCandidates = duplicatesOf(admit.error);
  const otherAdmitError = admit.error && conflictCandidates.length === 0 ? admit.error : null;
  const typeLabel = (type: AdmissionType) => t(`admission.type.${type}`);
  const ethnicityData = (ethnicities.data ?? []).map((e) => ({
    value: e.code,
    label: `${e.code} ${e.name}`,
  }));
  const roomData = (rooms.data ?? [])
    .filter((r) => r.active)
    .map((r) => ({
      value: r.id,
      label: t('admission.roomOption', {
        code: r.code,
        name: r.name,
        free: r.freeBeds,
      }),
      disabled: r.freeBeds <= 0,
    }));

  return (
    <>
      <PageTitle>{t('admission.title')}</PageTitle>
      <Stepper
        active={step}
        onStepClick={(i) => {
          if (i < step) setStep(i);
        }}
        allowNextStepsSelect={false}
        size="sm"
        mb="md"
      >
        <Stepper.Step label={t('admission.steps.who')} />
        <Stepper.Step label={t('admission.steps.how')} />
        <Stepper.Step label={t('admission.steps.review')} />
      </Stepper>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step < 2) void next();
          else save(false);
        }}
      >
        <Stack maw={720}>
          {step === 0 ? (
            <>
              <Radio.Group
                label={t('admission.fields.type')}
                {...form.getInputProps('type')}
                onChange={(value) => {
                  const type = TYPES.find((x) => x === value) ?? 'regular';
                  form.setFieldValue('type', type);
                  if (type === 'voluntary' && !v.categories.includes('k5_voluntary'))
                    form.setFieldValue('categories', [...v.categories, 'k5_voluntary']);
                }}
              >
                <Group mt="xs">
                  {TYPES.map((type) => (
                    <Radio key={type} value={type} label={typeLabel(type)} />
                  ))}
                </Group>
              </Radio.Group>
              <Text size="sm" c="dimmed">
                {t(`admission.typeHelp.${v.type}`)}
              </Text>
              <TextInput
                label={t('admission.fields.fullName')}
                required
                autoComplete="off"
                {...form.getInputProps('fullName')}
              />
              <TextInput
                label={t('admission.fields.preferredName')}
                autoComplete="off"
                {...form.getInputProps('preferredName')}
              />
              <Switch
                label={t('admission.fields.knowsBirthDate')}
                {...form.getInputProps('knowsBirthDate', { type: 'checkbox' })}
              />
              {v.knowsBirthDate ? (
                <DateField
                  label={t('admission.fields.dateOfBirth')}
                  description={t('admission.dateHint')}
                  required
                  {...form.getInputProps('dateOfBirth')}
                />
              ) : (
                <Group align="flex-end">
                  <NumberInput
                    label={t('admission.fields.birthYear')}
                    required
                    min={1900}
                    max={2100}
                    allowDecimal={false}
                    thousandSeparator=""
                    {...form.getInputProps('birthYear')}
                  />
                  <Checkbox
                    label={t('admission.fields.birthDateEstimated')}
                    {...form.getInputProps('birthDateEstimated', { type: 'checkbox' })}
                  />
                </Group>
              )}
              <Radio.Group
                label={t('admission.fields.sex')}
                required
                {...form.getInputProps('sex')}
              >
                <Group mt="xs">
                  <Radio value="female" label={t('admission.sex.female')} />
                  <Radio value="male" label={t('admission.sex.male')} />
                </Group>
              </Radio.Group>
              <Select
                label={t('admission.fields.ethnicity')}
                required
                searchable
                data={ethnicityData}
                {...form.getInputProps('ethnicityCode')}
              />
              <TextInput
                label={t('admission.fields.personalId')}
                description={t('admission.personalIdHint')}
                inputMode="numeric"
                autoComplete="off"
                {...form.getInputProps('personalId')}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('admission.fields.religion')}
                  autoComplete="off"
                  {...form.getInputProps('religion')}
                />
                <TextInput
                  label={t('admission.fields.hometownProvince')}
                  autoComplete="off"
                  {...form.getInputProps('hometownProvince')}
                />
                <TextInput
                  label={t('admission.fields.hometownCommune')}
                  autoComplete="off"
                  {...form.getInputProps('hometownCommune')}
                />
              </SimpleGrid>
              <Guardians
                guardians={v.guardians}
                inputProps={(i, field) => form.getInputProps(`guardians.${String(i)}.${field}`)}
                onAdd={() => {
                  form.insertListItem('guardians', emptyGuardian());
                }}
                onRemove={(i) => {
                  form.removeListItem('guardians', i);
                }}
              />
              <Checkbox.Group
                label={t('admission.fields.categories')}
                required
                {...form.getInputProps('categories')}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                  {CATEGORIES.map((c) => (
                    <Checkbox key={c} value={c} label={t(`admission.category.${c}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              {v.categories.includes('k2_emergency') ? (
                <Select
                  label={t('admission.fields.emergencyKind')}
                  required
                  data={EMERGENCY_KINDS.map((k) => ({
                    value: k,
                    label: t(`admission.emergencyKind.${k}`),
                  }))}
                  {...form.getInputProps('emergencyKind')}
                />
              ) : null}
              {check.error && !isApiProblem(check.error) ? (
                <ErrorDisplay error={check.error} />
              ) : null}
              {isApiProblem(check.error) && check.error.fieldErrors.length === 0 ? (
                <ErrorDisplay error={check.error} />
              ) : null}
              {candidates && candidates.length > 0 && !notDuplicate ? (
                <DuplicateWarning candidates={candidates}>
                  <Group mt="sm">
                    <Button
                      color="dark"
                      variant="outline"
                      onClick={() => {
                        setNotDuplicate(true);
                        setStep(1);
                      }}
                    >
                      {t('admission.duplicates.continue')}
                    </Button>
                  </Group>
                </DuplicateWarning>
              ) : null}
            </>
          ) : null}

          {step === 1 ? (
            <>
              <DateField
                label={t('admission.fields.admittedOn')}
                description={t('admission.dateHint')}
                required
                {...form.getInputProps('admittedOn')}
              />
              {v.type === 'regular' ? (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('admission.fields.decisionNo')}
                      required
                      {...form.getInputProps('decisionNo')}
                    />
                    <DateField
                      label={t('admission.fields.decisionDate')}
                      description={t('admission.dateHint')}
                      required
                      {...form.getInputProps('decisionDate')}
                    />
                  </SimpleGrid>
                  <Checkbox.Group
                    label={t('admission.fields.dossierPresent')}
                    {...form.getInputProps('dossierPresent')}
                  >
                    <Stack gap="xs" mt="xs">
                      {DOSSIER.map((d) => (
                        <Checkbox key={d} value={d} label={t(`admission.dossier.${d}`)} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                </>
              ) : null}
              {v.type === 'emergency' ? (
                <>
                  <Text size="sm" c="dimmed">
                    {t('admission.emergencyHelp')}
                  </Text>
                  <TextInput
                    label={t('admission.fields.foundAt')}
                    required
                    {...form.getInputProps('emergency.foundAt')}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <DateField
                      label={t('admission.fields.foundOn')}
                      description={t('admission.dateHint')}
                      required
                      {...form.getInputProps('emergency.foundOn')}
                    />
                    <TextInput
                      label={t('admission.fields.foundBy')}
                      required
                      {...form.getInputProps('emergency.foundBy')}
                    />
                  </SimpleGrid>
                  <TextInput
                    label={t('admission.fields.intakeRecordNo')}
                    {...form.getInputProps('emergency.intakeRecordNo')}
                  />
                  <Textarea
                    label={t('admission.fields.injuries')}
                    autosize
                    minRows={2}
                    {...form.getInputProps('emergency.injuries')}
                  />
                </>
              ) : null}
              {v.type === 'voluntary' ? (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('admission.fields.contractNo')}
                      required
                      {...form.getInputProps('voluntary.contractNo')}
                    />
                    <TextInput
                      label={t('admission.fields.payer')}
                      required
                      {...form.getInputProps('voluntary.payer')}
                    />
                    <DateField
                      label={t('admission.fields.startsOn')}
                      description={t('admission.dateHint')}
                      required
                      {...form.getInputProps('voluntary.startsOn')}
                    />
                    <DateField
                      label={t('admission.fields.endsOn')}
                      description={t('admission.dateHint')}
                      {...form.getInputProps('voluntary.endsOn')}
                    />
                  </SimpleGrid>
                  <NumberInput
                    label={t('admission.fields.monthlyFee')}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    suffix=" ₫"
                    {...form.getInputProps('voluntary.monthlyFee')}
                  />
                </>
              ) : null}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('admission.fields.room')}
                  description={rooms.error ? null : t('admission.roomHint')}
                  clearable
                  data={roomData}
                  {...form.getInputProps('roomId')}
                />
                <TextInput label={t('admission.fields.bed')} {...form.getInputProps('bed')} />
              </SimpleGrid>
              {rooms.error ? <ErrorDisplay error={rooms.error} /> : null}
              <Select
                label={t('admission.fields.mobility')}
                data={MOBILITY.map((m) => ({ value: m, label: t(`admission.mobility.${m}`) }))}
                allowDeselect={false}
                {...form.getInputProps('mobility')}
              />
              <Switch
                label={t('admission.fields.needs24hCare')}
                {...form.getInputProps('needs24hCare', { type: 'checkbox' })}
              />
              <Textarea
                label={t('admission.fields.careInstructions')}
                description={t('admission.careInstructionsHint')}
                autosize
                minRows={2}
                {...form.getInputProps('careInstructions')}
              />
              {allowedSensitive.length > 0 ? (
                <Card withBorder component="fieldset" p="sm" m={0}>
                  <Text component="legend" fw={600} size="sm">
                    {t('admission.sensitive.title')}
                  </Text>
                  <Text size="sm" c="dimmed" mb="xs">
                    {t('admission.sensitive.help')}
                  </Text>
                  <Stack gap="sm">
                    {offers('hivStatus') ? (
                      <SimpleGrid cols={{ base: 1, sm: 2 }}>
                        <Select
                          label={t('admission.sensitive.hivStatus')}
                          clearable
                          data={HIV_STATUSES.map((h) => ({
                            value: h,
                            label: t(`admission.sensitive.hiv.${h}`),
                          }))}
                          {...form.getInputProps('sensitive.hivStatus')}
                          onChange={(value) => {
                            form.setFieldValue(
                              'sensitive.hivStatus',
                              HIV_STATUSES.find((h) => h === value) ?? '',
                            );
                          }}
                        />
                        {offers('hivConfirmedOn') ? (
                          <DateField
                            label={t('admission.sensitive.hivConfirmedOn')}
                            description={t('admission.dateHint')}
                            {...form.getInputProps('sensitive.hivConfirmedOn')}
                          />
                        ) : null}
                      </SimpleGrid>
                    ) : null}
                    {offers('psychiatricDiagnosis') ? (
                      <TextInput
                        label={t('admission.sensitive.psychiatricDiagnosis')}
                        {...form.getInputProps('sensitive.psychiatricDiagnosis')}
                      />
                    ) : null}
                    {offers('abuseHistory') ? (
                      <Textarea
                        label={t('admission.sensitive.abuseHistory')}
                        autosize
                        minRows={2}
                        {...form.getInputProps('sensitive.abuseHistory')}
                      />
                    ) : null}
                    {offers('traffickingHistory') ? (
                      <Textarea
                        label={t('admission.sensitive.traffickingHistory')}
                        autosize
                        minRows={2}
                        {...form.getInputProps('sensitive.traffickingHistory')}
                      />
                    ) : null}
                  </Stack>
                </Card>
              ) : null}
            </>
          ) : null}

          {step === 2 ? (
            <Review values={v} roomLabel={roomData.find((r) => r.value === v.roomId)?.label} />
          ) : null}

          {step === 2 && notDuplicate ? (
            <Text size="sm" c="dimmed">
              {t('admission.duplicates.confirmed')}
            </Text>
          ) : null}
          {conflictCandidates.length > 0 ? (
            <DuplicateWarning candidates={conflictCandidates}>
              <Group mt="sm">
                <Button
                  color="dark"
                  variant="outline"
                  loading={admit.isPending}
                  onClick={() => {
                    setNotDuplicate(true);
                    save(true);
                  }}
                >
                  {t('admission.duplicates.admitAnyway')}
                </Button>
              </Group>
            </DuplicateWarning>
          ) : null}
          {otherAdmitError ? <ErrorDisplay error={otherAdmitError} /> : null}

          <Group justify="space-between" mt="md">
            {step > 0 ? (
              <Button
                variant="default"
                onClick={() => {
                  setStep((s) => s - 1);
                }}
              >
                {t('admission.back')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={check.isPending || admit.isPending}>
              {step < 2 ? t('admission.next') : t('admission.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

function Review({ values: v, roomLabel }: { values: Values; roomLabel: string | undefined }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('admission.fields.type'), t(`admission.type.${v.type}`)],
    [t('admission.fields.fullName'), v.fullName],
    [
      t('admission.fields.dateOfBirth'),
      v.knowsBirthDate
        ? formatDate(v.dateOfBirth)
        : t('admission.review.birthYear', { year: String(v.birthYear) }),
    ],
    [
      t('admission.fields.sex'),
      v.sex === 'female' ? t('admission.sex.female') : t('admission.sex.male'),
    ],
    [
      t('admission.fields.categories'),
      v.categories.map((c) => t(`admission.category.${c}`)).join('; '),
    ],
    [
      t('admission.fields.hometown'),
      [v.hometownCommune, v.hometownProvince].filter((x) => x.trim() !== '').join(', ') || '—',
    ],
    [
      t('admission.guardians.title'),
      v.guardians.map((g) => `${g.name} (${g.relationship})`).join('; ') || '—',
    ],
    [t('admission.fields.admittedOn'), formatDate(v.admittedOn)],
    [t('admission.fields.room'), roomLabel ?? t('admission.review.noRoom')],
  ];
  return (
    <Alert color="teal" title={t('admission.review.title')}>
      <Stack gap={4}>
        {rows.map(([label, value]) => (
          <Text key={label} size="sm">
            {t('admission.review.row', { label, value })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function Admitted({
  resident,
  onAnother,
}: {
  resident: components['schemas']['ResidentView'];
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const admission = resident.admission;
  return (
    <>
      <PageTitle>{t('admission.done.title')}</PageTitle>
      <Stack maw={720}>
        <Alert
          color="teal"
          title={t('admission.done.saved', { name: resident.fullName, code: resident.code })}
        >
          <Text size="sm">
            {t('admission.done.type', {
              type: t(`admission.type.${resident.admissionType}`),
              date: formatDate(resident.admittedOn),
            })}
          </Text>
        </Alert>
        {admission?.dossierDueOn ? (
          <Alert color="orange" title={t('admission.done.dossierTitle')} role="status">
            <Text fw={700} data-testid="dossier-due">
              {t('admission.done.dossierDue', { date: formatDate(admission.dossierDueOn) })}
            </Text>
            {admission.stayEndsOn ? (
              <Text size="sm" mt="xs">
                {t('admission.done.stayEnds', { date: formatDate(admission.stayEndsOn) })}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        <Group>
          <Button component={Link} to={`/residents/${resident.id}`}>
            {t('admission.done.open')}
          </Button>
          <Button variant="default" onClick={onAnother}>
            {t('admission.done.another')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}

function Guardians({
  guardians,
  inputProps,
  onAdd,
  onRemove,
}: {
  guardians: Guardian[];
  inputProps: (
    index: number,
    field: keyof Guardian,
  ) => ReturnType<ReturnType<typeof useForm<Values>>['getInputProps']>;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="fieldset" p="sm" m={0}>
      <Text component="legend" fw={600} size="sm">
        {t('admission.guardians.title')}
      </Text>
      <Stack gap="sm">
        {guardians.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('admission.guardians.none')}
          </Text>
        ) : null}
        {guardians.map((_, i) => (
          <Stack
            key={i}
            gap="xs"
            role="group"
            aria-label={t('admission.guardians.nth', { n: i + 1 })}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('admission.guardians.name', { n: i + 1 })}
                required
                autoComplete="off"
                {...inputProps(i, 'name')}
              />
              <TextInput
                label={t('admission.guardians.relationship', { n: i + 1 })}
                required
                autoComplete="off"
                {...inputProps(i, 'relationship')}
              />
              <TextInput
                label={t('admission.guardians.phone', { n: i + 1 })}
                inputMode="tel"
                autoComplete="off"
                {...inputProps(i, 'phone')}
              />
              <TextInput
                label={t('admission.guardians.address', { n: i + 1 })}
                autoComplete="off"
                {...inputProps(i, 'address')}
              />
            </SimpleGrid>
            <Group>
              <Button
                variant="default"
                onClick={() => {
                  onRemove(i);
                }}
              >
                {t('admission.guardians.remove', { n: i + 1 })}
              </Button>
            </Group>
          </Stack>
        ))}
        {guardians.length < MAX_GUARDIANS ? (
          <Group>
            <Button variant="light" onClick={onAdd}>
              {t('admission.guardians.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
