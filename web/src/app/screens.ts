import { CORE } from '../lib/i18n';
import type { Role } from '../lib/session';
import type { Namespace } from '../messages/catalog';

/**
 * The work areas, and who works in each: the nav shows a role only its screens, and the home
 * route sends each role to the first one listed for it. Add a screen here and in routes.tsx.
 * The API stays the guard: hiding a screen is for clarity, not for security.
 */
export const SCREENS = [
  { path: '/round', label: 'nav.round', roles: ['caretaker', 'nurse'] },
  { path: '/medication', label: 'nav.medication', roles: ['caretaker', 'nurse'] },
  { path: '/worklist', label: 'nav.worklist', roles: ['nurse', 'admin'] },
  { path: '/dashboard', label: 'nav.dashboard', roles: ['admin'] },
  { path: '/residents', label: 'nav.residents', roles: ['social_worker', 'admin', 'nurse'] },
  { path: '/admissions/new', label: 'admission.nav', roles: ['admin', 'social_worker'] },
  { path: '/rooms', label: 'rooms.nav', roles: ['admin'] },
  { path: '/staff', label: 'staff.nav', roles: ['admin'] },
  { path: '/rota', label: 'staffing.navRota', roles: ['admin'] },
  { path: '/staffing', label: 'staffing.nav', roles: ['admin', 'nurse'] },
  { path: '/province', label: 'nav.province', roles: ['officer'] },
  { path: '/reports', label: 'reports.nav', roles: ['admin'] },
  { path: '/import', label: 'import.nav', roles: ['admin'] },
  { path: '/alerts', label: 'alerts.nav', roles: ['admin', 'nurse', 'social_worker', 'caretaker'] },
] as const satisfies readonly { path: string; label: string; roles: readonly Role[] }[];

export type ScreenPath = (typeof SCREENS)[number]['path'];

/** Where each role starts its day. */
export const ROLE_HOME: Record<Role, ScreenPath> = {
  caretaker: '/round',
  nurse: '/worklist',
  admin: '/dashboard',
  social_worker: '/residents',
  officer: '/province',
};

export function screensFor(role: Role) {
  return SCREENS.filter((s) => (s.roles as readonly Role[]).includes(role));
}

export function mayOpen(role: Role, path: ScreenPath): boolean {
  return screensFor(role).some((s) => s.path === path);
}

/** The message files the nav's labels of this role come from (beyond the shell's own). */
export function navMessages(role: Role): Namespace[] {
  const core: readonly string[] = CORE;
  const namespaces = screensFor(role).map((s) => s.label.split('.')[0] as Namespace);
  return [...new Set(namespaces)].filter((ns) => !core.includes(ns));
}
