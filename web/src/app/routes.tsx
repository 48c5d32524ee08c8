import type { RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { RequireSession } from './RequireSession';
import { RoleHome } from './RoleHome';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';
import { subScreen } from './sub-screen';
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
      subScreen('/round', '/round/:roomId', () =>
        import('../features/round/routes/RoomRoundRoute').then((m) => ({
          Component: m.RoomRoundRoute,
        })),
      ),
      subScreen('/round', '/round/:roomId/incident', () =>
        import('../features/round/routes/IncidentRoute').then((m) => ({
          Component: m.IncidentRoute,
        })),
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
        import('../features/register/routes/RegisterRoute').then((m) => ({
          Component: m.RegisterRoute,
        })),
      ),
      screen('/admissions/new', () =>
        import('../features/admission/routes/AdmissionRoute').then((m) => ({
          Component: m.AdmissionRoute,
        })),
      ),
      screen('/rooms', () =>
        import('../features/rooms/routes/RoomsRoute').then((m) => ({ Component: m.RoomsRoute })),
      ),
      screen('/staff', () =>
        import('../features/staff/routes/StaffRoute').then((m) => ({ Component: m.StaffRoute })),
      ),
      screen('/province', () =>
        import('../features/province/routes/ProvinceRoute').then((m) => ({
          Component: m.ProvinceRoute,
        })),
      ),
      screen('/alerts', () =>
        import('../features/alerts/routes/AlertsRoute').then((m) => ({ Component: m.AlertsRoute })),
      ),
      subScreen('/worklist', '/growth/:residentId', () =>
        import('../features/growth/routes/GrowthRoute').then((m) => ({ Component: m.GrowthRoute })),
      ),
      subScreen('/worklist', '/nutrition/:residentId', () =>
        import('../features/nutrition/routes/NutritionRoute').then((m) => ({
          Component: m.NutritionRoute,
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
      subScreen('/residents', '/residents/:id', () =>
        import('../features/resident/routes/ResidentRoute').then((m) => ({
          Component: m.ResidentRoute,
        })),
      ),
      { path: '*', element: <NotFound /> },
    ],
  },
];
