import type { Namespace } from '../messages/catalog';

export interface LazyRoute {
  /** The router's path (react-router syntax: `:name` is one segment). */
  readonly path: string;
  /** The module of its screen, as the build's manifest names it (from web/). */
  readonly module: string;
  /** The message files it reads, beyond the shell's (loaded with its code). */
  readonly messages: readonly Namespace[];
}

/**
 * Every lazy route of the app, in one table read twice: by the router (app/routes.tsx takes each
 * route's path and message files from here, beside its `import()`), and by the build
 * (vite.config.ts), which resolves each module through its manifest to the chunks it needs and
 * writes them per path; the service then answers the HTML of that page with a `modulepreload` of
 * each (src/web-app/route-preloads.ts), so they load beside the entry instead of after it.
 * The build fails when a module here is not a lazy chunk, or a lazy `routes/` module is missing.
 * Vietnamese message files only are preloaded (the default; English is fetched when chosen).
 */
export const LAZY_ROUTES = {
  login: { path: '/login', module: 'src/features/auth/routes/LoginRoute.tsx', messages: [] },
  round: {
    path: '/round',
    module: 'src/features/round/routes/RoundRoute.tsx',
    messages: ['round'],
  },
  roomRound: {
    path: '/round/:roomId',
    module: 'src/features/round/routes/RoomRoundRoute.tsx',
    messages: ['round'],
  },
  incident: {
    path: '/round/:roomId/incident',
    module: 'src/features/round/routes/IncidentRoute.tsx',
    messages: ['round'],
  },
  medication: {
    path: '/medication',
    module: 'src/features/medication/routes/MedicationRoundRoute.tsx',
    messages: ['medication'],
  },
  worklist: {
    path: '/worklist',
    module: 'src/features/worklist/routes/WorklistRoute.tsx',
    messages: ['worklist', 'growth'],
  },
  dashboard: {
    path: '/dashboard',
    module: 'src/features/dashboard/routes/DashboardRoute.tsx',
    messages: ['dashboard'],
  },
  residents: {
    path: '/residents',
    module: 'src/features/register/routes/RegisterRoute.tsx',
    messages: ['register'],
  },
  admission: {
    path: '/admissions/new',
    module: 'src/features/admission/routes/AdmissionRoute.tsx',
    messages: ['admission'],
  },
  rooms: {
    path: '/rooms',
    module: 'src/features/rooms/routes/RoomsRoute.tsx',
    messages: ['rooms'],
  },
  staff: {
    path: '/staff',
    module: 'src/features/staff/routes/StaffRoute.tsx',
    messages: ['staff'],
  },
  rota: {
    path: '/rota',
    module: 'src/features/staffing/routes/RotaRoute.tsx',
    messages: ['staffing'],
  },
  staffing: {
    path: '/staffing',
    module: 'src/features/staffing/routes/StaffingRoute.tsx',
    messages: ['staffing'],
  },
  province: {
    path: '/province',
    module: 'src/features/province/routes/ProvinceRoute.tsx',
    messages: ['province', 'reports'],
  },
  alerts: {
    path: '/alerts',
    module: 'src/features/alerts/routes/AlertsRoute.tsx',
    messages: ['alerts'],
  },
  growth: {
    path: '/growth/:residentId',
    module: 'src/features/growth/routes/GrowthRoute.tsx',
    messages: ['growth'],
  },
  nutrition: {
    path: '/nutrition/:residentId',
    module: 'src/features/nutrition/routes/NutritionRoute.tsx',
    messages: ['nutrition'],
  },
  reports: {
    path: '/reports',
    module: 'src/features/reports/routes/ReportsRoute.tsx',
    messages: ['reports'],
  },
  import: {
    path: '/import',
    module: 'src/features/import/routes/ImportRoute.tsx',
    messages: ['import'],
  },
  resident: {
    path: '/residents/:id',
    module: 'src/features/resident/routes/ResidentRoute.tsx',
    messages: ['resident', 'medication'],
  },
} as const satisfies Record<string, LazyRoute>;
