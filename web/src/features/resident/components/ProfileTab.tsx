import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import type { Resident } from '../api/resident';
import { AdmissionPapersCard } from './AdmissionPapersCard';
import { Facts } from './Facts';

/** Who the resident is and how they came: identity, categories, room, the admission's dossier. */
export function ProfileTab({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const categories = t('resident.categories', { returnObjects: true }) as Record<string, string>;
  const born = resident.dateOfBirth
    ? formatDate(resident.dateOfBirth)
    : resident.birthYear
      ? t('resident.profile.bornIn', { year: resident.birthYear })
      : '—';
  return (
    <Stack gap="md">
      <Group gap="xs">
        {resident.categories.map((c) => (
          <Badge key={c} variant="outline" color="teal.9">
            {categories[c] ?? c}
          </Badge>
        ))}
      </Group>
      <Facts
        items={[
          { label: t('resident.profile.code'), value: resident.code },
          { label: t('resident.profile.fullName'), value: resident.fullName },
          { label: t('resident.profile.dateOfBirth'), value: born },
          {
            label: t('resident.profile.age'),
            value: resident.age === null ? '—' : formatNumber(resident.age),
          },
          { label: t('resident.profile.sex'), value: t(`resident.sex.${resident.sex}`) },
          { label: t('resident.profile.ethnicity'), value: resident.ethnicityName },
          { label: t('resident.profile.status'), value: t(`resident.status.${resident.status}`) },
          // The current admission has its own card below, with its papers.
          ...(resident.admission
            ? []
            : [
                {
                  label: t('resident.profile.admission'),
                  value: t('resident.profile.admittedOn', {
                    type: t(`resident.admissionType.${resident.admissionType}`),
                    date: formatDate(resident.admittedOn),
                  }),
                },
              ]),
          {
            label: t('resident.profile.room'),
            value: resident.room
              ? t('resident.profile.roomBed', {
                  room: resident.room.code,
                  bed: resident.bed ?? '—',
                })
              : '—',
          },
          { label: t('resident.profile.hometown'), value: resident.hometownProvince ?? '—' },
        ]}
      />
      {resident.careInstructions ? (
        <div>
          <Text fw={600}>{t('resident.profile.careInstructions')}</Text>
          <Text>{resident.careInstructions}</Text>
        </div>
      ) : null}
      <AdmissionPapersCard resident={resident} />
    </Stack>
  );
}
