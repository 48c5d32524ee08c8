import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ScreenPlaceholder } from '../../../components/ScreenPlaceholder';

export function WorklistRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('pages.worklist.title')}</PageTitle>
      <ScreenPlaceholder />
    </>
  );
}
