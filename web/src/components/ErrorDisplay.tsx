import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '../lib/problem';

/**
 * Shows why a call failed, in the user's language: the service's problem title, detail and one
 * line per wrong field (the service writes them in the Accept-Language the client sent); a
 * network failure or an unexpected error in the app's own words.
 */
export function ErrorDisplay({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiProblem(error)) {
    return (
      <Alert color="red" title={t('errors.title')} role="alert">
        {t('errors.unknown')}
      </Alert>
    );
  }
  if (error.isNetwork || !error.problem) {
    return (
      <Alert color="red" title={t('errors.title')} role="alert">
        {error.isNetwork ? t('errors.network') : t('errors.unknown')}
      </Alert>
    );
  }
  const { title, detail, requestId } = error.problem;
  return (
    <Alert color="red" title={title} role="alert">
      {detail ? <Text size="sm">{detail}</Text> : null}
      {error.fieldErrors.length > 0 ? (
        <List size="sm" mt="xs">
          {error.fieldErrors.map((e) => (
            <List.Item key={`${e.field}:${e.code}`}>
              {t('errors.field', { field: e.field, message: e.message })}
            </List.Item>
          ))}
        </List>
      ) : null}
      <Text size="xs" c="dimmed" mt="xs">
        {t('errors.requestId', { id: requestId })}
      </Text>
    </Alert>
  );
}
