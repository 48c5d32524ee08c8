import { Alert, Anchor, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import type { DuplicateCandidate } from '../api/admission';

/** The people already in the register (discharged ones too) who may be the person being admitted. */
export function DuplicateWarning({
  candidates,
  children,
}: {
  candidates: DuplicateCandidate[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      title={t('admission.duplicates.title')}
      role="alert"
      // Mantine's yellow text on its yellow tint is 2.7:1; these read at 6:1 or more.
      styles={{ title: { color: '#6b4a00' }, message: { color: 'var(--mantine-color-black)' } }}
    >
      <Text size="sm">{t('admission.duplicates.body')}</Text>
      <List size="sm" mt="xs">
        {candidates.map((c) => (
          <List.Item key={c.id}>
            <Anchor
              component={Link}
              to={`/residents/${c.id}`}
              target="_blank"
              rel="noopener"
              c="#1c4f8a"
            >
              {t('admission.duplicates.candidate', {
                code: c.code,
                name: c.fullName,
                born: c.dateOfBirth
                  ? formatDate(c.dateOfBirth)
                  : c.birthYear !== null
                    ? String(c.birthYear)
                    : t('admission.duplicates.unknownBirth'),
                status: t(`admission.status.${c.status}`),
              })}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              {t(`admission.duplicates.reason.${c.reason}`)}
            </Text>
          </List.Item>
        ))}
      </List>
      {children}
    </Alert>
  );
}
