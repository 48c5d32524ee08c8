import type { RouteObject } from 'react-router';
import { loadMessages } from '../lib/i18n';
import type { Namespace } from '../messages/catalog';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { RequireSession } from './RequireSession';
import { RoleHome } from './RoleHome';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';
import { subScreen } from './sub-screen';

/**
 * A screen of a feature, loaded on first visit: its code is a chunk of its own, and so are the
 * message files it reads (`messages`, by top-level key; the shell's are always there), so a
 * caretaker's phone never downloads the director's charts or texts.
 */
function screen(
  path: ScreenPath,
  messages: readonly Namespace[],
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const [{ Component }] = await Promise.all([load(), loadMessages(messages)]);
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
  {
    path: '/login',
    lazy: async () => {
      // Its form library is the login's alone: not in the entry every page loads.
      const { LoginRoute } = await import('../features/auth/routes/LoginRoute');
      return { Component: LoginRoute };
    },
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <RoleHome /> },
      screen('/round', ['round'], () =>
        import('../features/round/routes/RoundRoute').then((m) => ({ Component: m.RoundRoute })),
      ),
      subScreen('/round', '/round/:roomId', ['round'], () =>
        import('../features/round/routes/RoomRoundRoute').then((m) => ({
          Component: m.RoomRoundRoute,
        })),
      ),
      subScreen('/round', '/round/:roomId/incident', ['round'], () =>
        import('../features/round/routes/IncidentRoute').then((m) => ({
          Component: m.IncidentRoute,
        })),
      ),
      screen('/medication', ['medication'], () =>
        import('../features/medication/routes/MedicationRoundRoute').then((m) => ({
          Component: m.MedicationRoundRoute,
        })),
      ),
      screen('/worklist', ['worklist', 'growth'], () =>
        import('../features/worklist/routes/WorklistRoute').then((m) => ({
          Component: m.WorklistRoute,
        })),
      ),
      screen('/dashboard', ['dashboard'], () =>
        import('../features/dashboard/routes/DashboardRoute').then((m) => ({
          Component: m.DashboardRoute,
        })),
      ),
      screen('/residents', ['register'], () =>
        import('../features/register/routes/RegisterRoute').then((m) => ({
          Component: m.RegisterRoute,
        })),
      ),
      screen('/admissions/new', ['admission'], () =>
        import('../features/admission/routes/AdmissionRoute').then((m) => ({
          Component: m.AdmissionRoute,
        })),
      ),
      screen('/rooms', ['rooms'], () =>
        import('../features/rooms/routes/RoomsRoute').then((m) => ({ Component: m.RoomsRoute })),
      ),
      screen('/staff', ['staff'], () =>
        import('../features/staff/routes/StaffRoute').then((m) => ({ Component: m.StaffRoute })),
      ),
      screen('/rota', ['staffing'], () =>
        import('../features/staffing/routes/RotaRoute').then((m) => ({ Component: m.RotaRoute })),
      ),
      screen('/staffing', ['staffing'], () =>
        import('../features/staffing/routes/StaffingRoute').then((m) => ({
          Component: m.StaffingRoute,
        })),
      ),
      screen('/province', ['province', 'reports'], () =>
        import('../features/province/routes/ProvinceRoute').then((m) => ({
          Component: m.ProvinceRoute,
        })),
      ),
      screen('/alerts', ['alerts'], () =>
        import('../features/alerts/routes/AlertsRoute').then((m) => ({ Component: m.AlertsRoute })),
      ),
      subScreen('/worklist', '/growth/:residentId', ['growth'], () =>
        import('../features/growth/routes/GrowthRoute').then((m) => ({ Component: m.GrowthRoute })),
      ),
      subScreen('/worklist', '/nutrition/:residentId', ['nutrition'], () =>
        import('../features/nutrition/routes/NutritionRoute').then((m) => ({
          Component: m.NutritionRoute,
        })),
      ),
      screen('/reports', ['reports'], () =>
        import('../features/reports/routes/ReportsRoute').then((m) => ({
          Component: m.ReportsRoute,
        })),
      ),
      screen('/import', ['import'], () =>
        import('../features/import/routes/ImportRoute').then((m) => ({ Component: m.ImportRoute })),
      ),
      subScreen('/residents', '/residents/:id', ['resident', 'medication'], () =>
        import('../features/resident/routes/ResidentRoute').then((m) => ({
          Component: m.ResidentRoute,
        })),
      ),
      { path: '*', element: <NotFound /> },
    ],
  },
];
