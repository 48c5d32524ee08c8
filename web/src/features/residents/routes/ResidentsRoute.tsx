import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ScreenPlaceholder } from '../../../components/ScreenPlaceholder';

export function ResidentsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('pages.residents.title')}</PageTitle>
      <ScreenPlaceholder />
    </>
  );
}
