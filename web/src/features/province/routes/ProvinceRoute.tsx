import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ScreenPlaceholder } from '../../../components/ScreenPlaceholder';

export function ProvinceRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('pages.province.title')}</PageTitle>
      <ScreenPlaceholder />
    </>
  );
}
