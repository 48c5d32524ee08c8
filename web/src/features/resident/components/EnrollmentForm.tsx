import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiErrors } from '../../../lib/form-errors';
import { FormFooter } from '../../../components/FormFooter';
import {
  enrol,
  residentKeys,
  type CreateEnrollment,
  type SchoolingReference,
} from '../api/resident';

interface Values {
  schoolYear: string;
  level: string;
  grade: number | string;
  schoolName: string;
  className: string;
}

/** The school year running now: from August on, this year and the next. */
function currentSchoolYear(): string {
  const now = new Date();
  const y = now.getFullYear();
  return now.getMonth() >= 7 ? `${String(y)}-${String(y + 1)}` : `${String(y - 1)}-${String(y)}`;
}

/** Enrols the resident for a school year (level, grade checked against it, school). */
export function EnrollmentForm({
  residentId,
  reference,
}: {
  residentId: string;
  reference: SchoolingReference;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      schoolYear: currentSchoolYear(),
      level: '',
      grade: '',
      schoolName: '',
      className: '',
    },
    validate: {
      level: (v) => (v ? null : t('resident.form.required')),
      schoolYear: (v) => (/^\d{4}-\d{4}$/.test(v) ? null : t('resident.form.schoolYear')),
    },
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const level = v.level as CreateEnrollment['level'];
      // A year at no school has no status (the API refuses one); the type lists it as required.
      const body = {
        schoolYear: v.schoolYear,
        level,
        boardingType: 'day',
        ...(level === 'not_enrolled' ? {} : { status: 'studying' }),
        ...(typeof v.grade === 'number' ? { grade: v.grade } : {}),
        ...(v.schoolName.trim() ? { schoolName: v.schoolName.trim() } : {}),
        ...(v.className.trim() ? { className: v.className.trim() } : {}),
      } as CreateEnrollment;
      return enrol(residentId, body);
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
      <Group>
        <Button
          mih={44}
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('resident.schooling.enrol')}
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="enrol-title">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          save.mutate(v);
        })}
      >
        <Stack gap="sm">
          <Text fw={700} component="h3" id="enrol-title">
            {t('resident.schooling.enrolTitle')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('resident.schooling.schoolYear')}
              description={t('resident.schooling.schoolYearHint')}
              required
              {...form.getInputProps('schoolYear')}
            />
            <Select
              label={t('resident.schooling.level')}
              required
              data={reference.levels.map((l) => ({
                value: l.code,
                label: i18n.language === 'en' ? l.en : l.vi,
              }))}
              {...form.getInputProps('level')}
            />
            <NumberInput
              label={t('resident.schooling.grade')}
              min={1}
              max={12}
              allowDecimal={false}
              {...form.getInputProps('grade')}
            />
            <TextInput
              label={t('resident.schooling.school')}
              {...form.getInputProps('schoolName')}
            />
            <TextInput
              label={t('resident.schooling.className')}
              {...form.getInputProps('className')}
            />
          </SimpleGrid>
          <FormFooter
            error={save.error}
            values={form.getValues()}
            saveLabel={t('resident.schooling.saveEnrol')}
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
