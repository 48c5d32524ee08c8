import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { useSession } from '../lib/session';
import { mayOpen, type ScreenPath } from './screens';

/** A screen that is not for the user's role says so (the API would refuse its data anyway). */
export function RoleScreen({ path, children }: { path: ScreenPath; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session && !mayOpen(session.user.role, path)) {
    return <PageTitle>{t('pages.forbidden.title')}</PageTitle>;
  }
  return children;
}
