import { Navigate } from 'react-router';
import { useSession } from '../lib/session';
import { ROLE_HOME } from './screens';

export function RoleHome() {
  const session = useSession();
  return session ? <Navigate to={ROLE_HOME[session.user.role]} replace /> : null;
}
