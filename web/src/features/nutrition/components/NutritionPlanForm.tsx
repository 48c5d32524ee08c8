import {
  Button,
  Fieldset,
  Group,
  List,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice, type CurrentValue } from '../../../components/ConflictNotice';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { needsBanner } from '../../../lib/formErrors';
import { isApiProblem, isConflict } from '../../../lib/problem';
import {
  ALLERGY_KINDS,
  allergiesOf,
  DIET_TYPES,
  nutritionKeys,
  putPlan,
  SEVERITIES,
  TEXTURES,
  type AllergyInput,
  type DietType,
  type NutritionPlan,
  type Texture,
} from '../api/nutrition';

interface AllergyRow {
  substance: string;
  kind: AllergyInput['kind'];
  severity: '' | NonNullable<AllergyInput['severity']>;
  reaction: string;
}

interface Values {
  dietType: DietType;
  texture: Texture;
  mealsPerDay: number | string;
  energyKcal: number | string;
  allergies: AllergyRow[];
  supplements: string;
  notes: string;
}

function valuesOf(plan: NutritionPlan | null): Values {
  if (!plan) {
    return {
      dietType: 'normal',
      texture: 'regular',
      mealsPerDay: 4,
      energyKcal: '',
      allergies: [],
      supplements: '',
      notes: '',
    };
  }
  return {
    dietType: plan.dietType,
    texture: plan.texture,
    mealsPerDay: plan.mealsPerDay,
    // A target equal to the RDA was the default: leave it empty so it follows the RDA.
    energyKcal:
      plan.energyKcal === null || plan.energyKcal === plan.energyKcalRda ? '' : plan.energyKcal,
    allergies: allergiesOf(plan).map((a) => ({
      substance: a.substance,
      kind: a.kind,
      severity: a.severity ?? '',
      reaction: a.reaction ?? '',
    })),
    supplements: plan.supplements.join('\n'),
    notes: plan.notes ?? '',
  };
}

const key = (substance: string) => substance.trim().toLocaleLowerCase('vi');

/**
 * The nutrition plan editor. Saving writes the next version with If-Match of the version the form
 * was read at: if someone saved in between (412), nothing is overwritten, the current values are
 * shown, and the user's input stays until they reload. An allergy of the plan is never removed
 * without the user confirming it by name.
 */
export function NutritionPlanForm({
  residentId,
  plan,
  latest,
  onReread,
}: {
  residentId: string;
  /** The plan as read when the form opened (null: no plan yet). */
  plan: NutritionPlan | null;
  /** The plan as the server has it now (read again after a 412). */
  latest: NutritionPlan | null | undefined;
  onReread: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<NutritionPlan | null>(plan);
  const [removing, setRemoving] = useState<string[] | null>(null);
  // Why the allergies are removed: the service keeps it in the audit trail (never by omission).
  const [removalReason, setRemovalReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: valuesOf(plan),
    validate: {
      mealsPerDay: (v) => (typeof v === 'number' ? null : t('nutrition.required')),
      allergies: { substance: (v) => (v.trim() ? null : t('nutrition.required')) },
    },
  });

  const mutation = useMutation({
    mutationFn: ({ v, removed }: { v: Values; removed: { substance: string; reason: string }[] }) =>
      putPlan(residentId, base?.version ?? null, {
        ...(removed.length > 0 ? { removedAllergies: removed } : {}),
        dietType: v.dietType,
        texture: v.texture,
        mealsPerDay: typeof v.mealsPerDay === 'number' ? v.mealsPerDay : 0,
        ...(typeof v.energyKcal === 'number' ? { energyKcal: v.energyKcal } : {}),
        // Every row is sent: none is dropped (an empty one is refused by the form before this).
        allergies: v.allergies.map((a) => ({
          substance: a.substance.trim(),
          kind: a.kind,
          ...(a.severity ? { severity: a.severity } : {}),
          ...(a.reaction.trim() ? { reaction: a.reaction.trim() } : {}),
        })),
        supplements: v.supplements
          .split('\n')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
        ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(nutritionKeys.plan(residentId), saved);
      setBase(saved);
      form.setValues(valuesOf(saved));
      form.resetDirty(valuesOf(saved));
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'teal',
        message: t('nutrition.saved', { version: formatNumber(saved.version) }),
      });
    },
    onError: async (error) => {
      if (isConflict(error)) {
        await onReread();
        return;
      }
      if (isApiProblem(error)) form.setErrors(error.errorsByField());
    },
  });

  const save = (v: Values) => {
    const kept = new Set(v.allergies.map((a) => key(a.substance)));
    const dropped = (base ? allergiesOf(base) : [])
      .map((a) => a.substance)
      .filter((s) => !kept.has(key(s)));
    if (dropped.length > 0) {
      setRemoving(dropped);
      return;
    }
    mutation.mutate({ v, removed: [] });
  };

  const reload = () => {
    const current = latest ?? null;
    setBase(current);
    form.setValues(valuesOf(current));
    form.resetDirty(valuesOf(current));
    form.clearErrors();
    mutation.reset();
  };

  const currentValues = (p: NutritionPlan | null | undefined): CurrentValue[] => {
    if (!p) return [];
    const allergies = allergiesOf(p);
    return [
      { label: t('nutrition.current.version'), value: formatNumber(p.version) },
      { label: t('nutrition.dietType'), value: t(`nutrition.diets.${p.dietType}`) },
      { label: t('nutrition.texture'), value: t(`nutrition.textures.${p.texture}`) },
      { label: t('nutrition.mealsPerDay'), value: formatNumber(p.mealsPerDay) },
      {
        label: t('nutrition.energyKcal'),
        value:
          p.energyKcal === null
            ? '–'
            : t('nutrition.current.energy', { kcal: formatNumber(p.energyKcal) }),
      },
      {
        label: t('nutrition.current.allergies'),
        value:
          allergies.length === 0
            ? t('nutrition.noAllergies')
            : allergies.map((a) => a.substance).join(', '),
      },
      { label: t('nutrition.current.supplements'), value: p.supplements.join(', ') || '–' },
      { label: t('nutrition.notes'), value: p.notes ?? '–' },
    ];
  };

  const rda = base?.energyKcalRda ?? latest?.energyKcalRda ?? null;
  return (
    <form noValidate onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <Text size="sm">
          {base
            ? t('nutrition.version', {
                version: formatNumber(base.version),
                date: formatDateTime(base.createdAt),
              })
            : t('nutrition.firstPlan')}
        </Text>
        {isConflict(mutation.error) ? (
          <ConflictNotice current={currentValues(latest)} onReload={reload} />
        ) : mutation.error && needsBanner(mutation.error, form.values) ? (
          <ErrorDisplay error={mutation.error} />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('nutrition.dietType')}
            data={DIET_TYPES.map((d) => ({ value: d, label: t(`nutrition.diets.${d}`) }))}
            {...form.getInputProps('dietType')}
          />
          <NativeSelect
            label={t('nutrition.texture')}
            data={TEXTURES.map((x) => ({ value: x, label: t(`nutrition.textures.${x}`) }))}
            {...form.getInputProps('texture')}
          />
          <NumberInput
            required
            label={t('nutrition.mealsPerDay')}
            min={3}
            max={12}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('mealsPerDay')}
          />
          <NumberInput
            label={t('nutrition.energyKcal')}
            description={
              rda === null
                ? t('nutrition.energyNoRda')
                : t('nutrition.energyRda', { rda: formatNumber(rda) })
            }
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('energyKcal')}
          />
        </SimpleGrid>

        <Fieldset legend={t('nutrition.allergies')}>
          <Stack gap="sm">
            <Text size="sm">{t('nutrition.allergiesHint')}</Text>
            {form.values.allergies.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('nutrition.noAllergies')}
              </Text>
            ) : null}
            {form.values.allergies.map((_, i) => (
              <Fieldset
                key={form.key(`allergies.${i}`)}
                legend={t('nutrition.allergy.legend', { n: i + 1 })}
                variant="filled"
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    required
                    label={t('nutrition.allergy.substance')}
                    {...form.getInputProps(`allergies.${i}.substance`)}
                  />
                  <NativeSelect
                    label={t('nutrition.allergy.kind')}
                    data={ALLERGY_KINDS.map((k) => ({
                      value: k,
                      label: t(`nutrition.allergy.kinds.${k}`),
                    }))}
                    {...form.getInputProps(`allergies.${i}.kind`)}
                  />
                  <NativeSelect
                    label={t('nutrition.allergy.severity')}
                    data={[
                      { value: '', label: t('nutrition.allergy.severities.none') },
                      ...SEVERITIES.map((s) => ({
                        value: s,
                        label: t(`nutrition.allergy.severities.${s}`),
                      })),
                    ]}
                    {...form.getInputProps(`allergies.${i}.severity`)}
                  />
                  <TextInput
                    label={t('nutrition.allergy.reaction')}
                    {...form.getInputProps(`allergies.${i}.reaction`)}
                  />
                </SimpleGrid>
                <Button
                  mt="sm"
                  h={44}
                  variant="default"
                  color="red"
                  onClick={() => {
                    form.removeListItem('allergies', i);
                  }}
                >
                  {t('nutrition.allergy.remove', { n: i + 1 })}
                </Button>
              </Fieldset>
            ))}
            <Button
              variant="default"
              h={44}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => {
                form.insertListItem('allergies', {
                  substance: '',
                  kind: 'allergy',
                  severity: '',
                  reaction: '',
                } satisfies AllergyRow);
              }}
            >
              {t('nutrition.allergy.add')}
            </Button>
          </Stack>
        </Fieldset>

        <Textarea
          label={t('nutrition.supplements')}
          autosize
          minRows={2}
          {...form.getInputProps('supplements')}
        />
        <Textarea
          label={t('nutrition.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button type="submit" h={44} loading={mutation.isPending}>
            {t('nutrition.save')}
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
        }}
        title={t('nutrition.confirmRemoval.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('nutrition.confirmRemoval.body', { list: (removing ?? []).join(', ') })}</Text>
          <List>
            {(removing ?? []).map((s) => (
              <List.Item key={s}>{s}</List.Item>
            ))}
          </List>
          <Textarea
            label={t('nutrition.confirmRemoval.reason')}
            required
            maxLength={500}
            value={removalReason}
            error={reasonError}
            onChange={(e) => {
              setRemovalReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              h={44}
              onClick={() => {
                setRemoving(null);
              }}
            >
              {t('nutrition.confirmRemoval.cancel')}
            </Button>
            <Button
              color="red.9"
              h={44}
              onClick={() => {
                const reason = removalReason.trim();
                if (!reason) {
                  setReasonError(t('nutrition.required'));
                  return;
                }
                const removed = (removing ?? []).map((substance) => ({ substance, reason }));
                setRemoving(null);
                setRemovalReason('');
                mutation.mutate({ v: form.getValues(), removed });
              }}
            >
              {t('nutrition.confirmRemoval.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
