import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiErrors } from '../../../lib/form-errors';
import { FormFooter } from '../../../components/FormFooter';
import {
  recordResult,
  residentKeys,
  type CreateResult,
  type Enrollment,
  type SchoolingReference,
} from '../api/resident';

/** A rating code; the select offers only the codes of the enrolment's scale (from the API). */
type Rating = NonNullable<CreateResult['rating']>;

interface Values {
  term: string;
  rating: string;
  qualitiesRating: string;
  learningRating: string;
  conductRating: string;
  daysAbsent: number | string;
  teacherRemarks: string;
}

/**
 * Records a term result on the scale of the enrolment's level: primary (TT 27/2020) one rating
 * and the qualities; secondary (TT 22/2021) learning and conduct. The whole-year result answers
 * the promotion, shown in the table above once saved.
 */
export function ResultForm({
  enrollment,
  reference,
  residentId,
  recorded,
}: {
  enrollment: Enrollment;
  reference: SchoolingReference;
  residentId: string;
  recorded: Set<string>;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const primary = enrollment.ratingScale === 'tt27_2020';
  const ratings = reference.scales.find((s) => s.code === enrollment.ratingScale)?.ratings ?? {};
  const options = (list: { code: string; vi: string; en: string }[] | undefined) =>
    (list ?? []).map((c) => ({ value: c.code, label: i18n.language === 'en' ? c.en : c.vi }));
  const terms = reference.terms
    .filter((term) => !recorded.has(term.code))
    .map((c) => ({ value: c.code, label: i18n.language === 'en' ? c.en : c.vi }));

  const form = useForm<Values>({
    initialValues: {
      term: terms[0]?.value ?? '',
      rating: '',
      qualitiesRating: '',
      learningRating: '',
      conductRating: '',
      daysAbsent: '',
      teacherRemarks: '',
    },
    validate: {
      term: (v) => (v ? null : t('resident.form.required')),
      rating: (v) => (primary && !v ? t('resident.form.required') : null),
      learningRating: (v) => (!primary && !v ? t('resident.form.required') : null),
      conductRating: (v) => (!primary && !v ? t('resident.form.required') : null),
    },
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: CreateResult = {
        term: v.term as CreateResult['term'],
        ...(primary
          ? {
              rating: v.rating as Rating,
              ...(v.qualitiesRating ? { qualitiesRating: v.qualitiesRating as Rating } : {}),
            }
          : {
              learningRating: v.learningRating as Rating,
              conductRating: v.conductRating as Rating,
            }),
        ...(typeof v.daysAbsent === 'number' ? { daysAbsent: v.daysAbsent } : {}),
        ...(v.teacherRemarks.trim() ? { teacherRemarks: v.teacherRemarks.trim() } : {}),
      };
      return recordResult(enrollment.id, body);
    },
    onSuccess: async () => {
      form.reset();
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: residentKeys.enrollments(residentId) });
    },
    onError: (error) => {
      showApiErrors(form, error);
    },
  });

  if (!open) {
    return (
      <Group mt="sm">
        <Button
          variant="default"
          mih={44}
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('resident.schooling.addResult')}
        </Button>
      </Group>
    );
  }
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        save.mutate(v);
      })}
    >
      <Stack gap="sm" mt="md">
        <Text fw={600}>
          {t('resident.schooling.resultTitle', {
            scale: primary
              ? t('resident.schooling.scalePrimary')
              : t('resident.schooling.scaleSecondary'),
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('resident.schooling.term')}
            data={terms}
            required
            allowDeselect={false}
            {...form.getInputProps('term')}
          />
          {primary ? (
            <>
              <Select
                label={t('resident.schooling.primaryRating')}
                data={options(ratings.rating)}
                required
                {...form.getInputProps('rating')}
              />
              <Select
                label={t('resident.schooling.qualitiesRating')}
                data={options(ratings.qualitiesRating)}
                clearable
                {...form.getInputProps('qualitiesRating')}
              />
            </>
          ) : (
            <>
              <Select
                label={t('resident.schooling.learningRating')}
                data={options(ratings.learningRating)}
                required
                {...form.getInputProps('learningRating')}
              />
              <Select
                label={t('resident.schooling.conductRating')}
                data={options(ratings.conductRating)}
                required
                {...form.getInputProps('conductRating')}
              />
            </>
          )}
          <NumberInput
            label={t('resident.schooling.daysAbsent')}
            min={0}
            max={200}
            allowDecimal={false}
            {...form.getInputProps('daysAbsent')}
          />
        </SimpleGrid>
        <Textarea
          label={t('resident.schooling.teacherRemarks')}
          autosize
          minRows={2}
          {...form.getInputProps('teacherRemarks')}
        />
        <FormFooter
          error={save.error}
          values={form.getValues()}
          saveLabel={t('resident.schooling.saveResult')}
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
