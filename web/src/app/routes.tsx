import type { RouteObject } from 'react-router';
import { loadMessages } from '../lib/i18n';
import { AppLayout } from './AppLayout';
import { LAZY_ROUTES, type LazyRoute } from './lazy-routes';
import { NotFound } from './NotFound';
import { RequireSession } from './RequireSession';
import { RoleHome } from './RoleHome';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';
import { subScreen } from './sub-screen';

/**
 * A screen of a feature, loaded on first visit: its code is a chunk of its own, and so are the
 * message files it reads (`messages`, by top-level key; the shell's are always there), so a
 * caretaker's phone never downloads the director's charts or texts. Its path and message files
 * come from the table of lazy routes (lazy-routes.ts), from which the build also writes the
 * chunks the HTML of that page preloads.
 */
function screen(
  route: LazyRoute & { path: ScreenPath },
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path: route.path,
    lazy: async () => {
      const [{ Component }] = await Promise.all([load(), loadMessages(route.messages)]);
      return {
        Component: () => (
          <RoleScreen path={route.path}>
            <Component />
          </RoleScreen>
        ),
      };
    },
  };
}

export const routes: RouteObject[] = [
  {
    path: LAZY_ROUTES.login.path,
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
      screen(LAZY_ROUTES.round, () =>
        import('../features/round/routes/RoundRoute').then((m) => ({ Component: m.RoundRoute })),
      ),
      subScreen('/round', LAZY_ROUTES.roomRound, () =>
        import('../features/round/routes/RoomRoundRoute').then((m) => ({
          Component: m.RoomRoundRoute,
        })),
      ),
      subScreen('/round', LAZY_ROUTES.incident, () =>
        import('../features/round/routes/IncidentRoute').then((m) => ({
          Component: m.IncidentRoute,
        })),
      ),
      screen(LAZY_ROUTES.medication, () =>
        import('../features/medication/routes/MedicationRoundRoute').then((m) => ({
          Component: m.MedicationRoundRoute,
        })),
      ),
      screen(LAZY_ROUTES.worklist, () =>
        import('../features/worklist/routes/WorklistRoute').then((m) => ({
          Component: m.WorklistRoute,
        })),
      ),
      screen(LAZY_ROUTES.dashboard, () =>
        import('../features/dashboard/routes/DashboardRoute').then((m) => ({
          Component: m.DashboardRoute,
        })),
      ),
      screen(LAZY_ROUTES.residents, () =>
        import('../features/register/routes/RegisterRoute').then((m) => ({
          Component: m.RegisterRoute,
        })),
      ),
      screen(LAZY_ROUTES.admission, () =>
        import('../features/admission/routes/AdmissionRoute').then((m) => ({
          Component: m.AdmissionRoute,
        })),
      ),
      screen(LAZY_ROUTES.rooms, () =>
        import('../features/rooms/routes/RoomsRoute').then((m) => ({ Component: m.RoomsRoute })),
      ),
      screen(LAZY_ROUTES.staff, () =>
        import('../features/staff/routes/StaffRoute').then((m) => ({ Component: m.StaffRoute })),
      ),
      screen(LAZY_ROUTES.rota, () =>
        import('../features/staffing/routes/RotaRoute').then((m) => ({ Component: m.RotaRoute })),
      ),
      screen(LAZY_ROUTES.staffing, () =>
        import('../features/staffing/routes/StaffingRoute').then((m) => ({
          Component: m.StaffingRoute,
        })),
      ),
      screen(LAZY_ROUTES.province, () =>
        import('../features/province/routes/ProvinceRoute').then((m) => ({
          Component: m.ProvinceRoute,
        })),
      ),
      screen(LAZY_ROUTES.alerts, () =>
        import('../features/alerts/routes/AlertsRoute').then((m) => ({ Component: m.AlertsRoute })),
      ),
      subScreen('/worklist', LAZY_ROUTES.growth, () =>
        import('../features/growth/routes/GrowthRoute').then((m) => ({ Component: m.GrowthRoute })),
      ),
      subScreen('/worklist', LAZY_ROUTES.nutrition, () =>
        import('../features/nutrition/routes/NutritionRoute').then((m) => ({
          Component: m.NutritionRoute,
        })),
      ),
      screen(LAZY_ROUTES.reports, () =>
        import('../features/reports/routes/ReportsRoute').then((m) => ({
          Component: m.ReportsRoute,
        })),
      ),
      screen(LAZY_ROUTES.import, () =>
        import('../features/import/routes/ImportRoute').then((m) => ({ Component: m.ImportRoute })),
      ),
      subScreen('/residents', LAZY_ROUTES.resident, () =>
        import('../features/resident/routes/ResidentRoute').then((m) => ({
          Component: m.ResidentRoute,
        })),
      ),
      { path: '*', element: <NotFound /> },
    ],
  },
];
