import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('pages.notFound.title')}</PageTitle>
      <Anchor component={Link} to="/">
        {t('pages.notFound.home')}
      </Anchor>
    </>
  );
}
