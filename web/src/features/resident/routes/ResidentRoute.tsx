import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';

export function ResidentRoute() {
  const { t } = useTranslation();
  return <PageTitle>{t('pages.residents.title')}</PageTitle>;
}
