import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ScreenPlaceholder } from '../../../components/ScreenPlaceholder';

export function RoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('pages.round.title')}</PageTitle>
      <ScreenPlaceholder />
    </>
  );
}
