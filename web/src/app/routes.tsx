import type { RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { RequireSession } from './RequireSession';
import { RoleHome } from './RoleHome';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';
import { LoginRoute } from '../features/auth/routes/LoginRoute';

/**
 * A screen of a feature, loaded on first visit: its code is a chunk of its own, so a caretaker's
 * phone never downloads the director's charts.
 */
function screen(
  path: ScreenPath,
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const { Component } = await load();
      return {
        Component: () => (
          <RoleScreen path={path}>
            <Component />
          </RoleScreen>
        ),
      };
    },
  };
}

/**
 * A sub-page of a screen (`/residents/:id` of `/residents`): its own chunk, open to the roles of
 * the screen it belongs to.
 */
function subScreen(
  path: string,
  of: ScreenPath,
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const { Component } = await load();
      return {
        Component: () => (
          <RoleScreen path={of}>
            <Component />
          </RoleScreen>
        ),
      };
    },
  };
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <RoleHome /> },
      screen('/round', () =>
        import('../features/round/routes/RoundRoute').then((m) => ({ Component: m.RoundRoute })),
      ),
      screen('/worklist', () =>
        import('../features/worklist/routes/WorklistRoute').then((m) => ({
          Component: m.WorklistRoute,
        })),
      ),
      screen('/dashboard', () =>
        import('../features/dashboard/routes/DashboardRoute').then((m) => ({
          Component: m.DashboardRoute,
        })),
      ),
      screen('/residents', () =>
        import('../features/residents/routes/ResidentsRoute').then((m) => ({
          Component: m.ResidentsRoute,
        })),
      ),
      screen('/province', () =>
        import('../features/province/routes/ProvinceRoute').then((m) => ({
          Component: m.ProvinceRoute,
        })),
      ),
      screen('/reports', () =>
        import('../features/reports/routes/ReportsRoute').then((m) => ({
          Component: m.ReportsRoute,
        })),
      ),
      screen('/import', () =>
        import('../features/import/routes/ImportRoute').then((m) => ({ Component: m.ImportRoute })),
      ),
      subScreen('/residents/:id', '/residents', () =>
        import('../features/resident/routes/ResidentRoute').then((m) => ({
          Component: m.ResidentRoute,
        })),
      ),
      { path: '*', element: <NotFound /> },
    ],
  },
];
