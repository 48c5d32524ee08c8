import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages, Namespace } from '../messages/catalog';

/**
 * Vietnamese first; English on request. Every text a user reads comes from the message files,
 * one per language and top-level key (`messages/vi/round.json` holds every `round.…` text).
 * The entry carries only the Vietnamese texts of the shell (CORE); every other file is a chunk
 * of its own, loaded with the screens that use it (app/routes.tsx) and in English only when
 * English is chosen: a caretaker's phone never downloads the director's texts, nor English.
 */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** The shell's texts (login, header, nav, errors), in the entry chunk in Vietnamese. */
export const CORE = [
  'app',
  'common',
  'language',
  'login',
  'session',
  'nav',
  'roles',
  'pages',
  'errors',
  'conflict',
] as const satisfies readonly Namespace[];

type Bundle = Messages[Namespace];
const coreVi = import.meta.glob<Bundle>(
  [
    '../messages/vi/app.json',
    '../messages/vi/common.json',
    '../messages/vi/language.json',
    '../messages/vi/login.json',
    '../messages/vi/session.json',
    '../messages/vi/nav.json',
    '../messages/vi/roles.json',
    '../messages/vi/pages.json',
    '../messages/vi/errors.json',
    '../messages/vi/conflict.json',
  ],
  { eager: true, import: 'default' },
);
// Every other file, a chunk each (the core Vietnamese ones are above already).
const files = import.meta.glob<Bundle>(
  [
    '../messages/*/*.json',
    '!../messages/vi/{app,common,language,login,session,nav,roles,pages,errors,conflict}.json',
  ],
  { import: 'default' },
);

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const fileOf = (locale: Locale, ns: string) => `../messages/${locale}/${ns}.json`;
const nsOf = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1');

const STORAGE_KEY = 'maiam.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** What each language has: `vi/round`. */
const loaded = new Set<string>();
/** What each language has (or is getting): `vi/round`. */
const loading = new Map<string, Promise<void>>();
/** The namespaces some screen asked for: a language switch loads them in the new language. */
const wanted = new Set<string>(CORE);

function loadOne(locale: Locale, ns: string): Promise<void> {
  const id = `${locale}/${ns}`;
  let done = loading.get(id);
  if (!done) {
    const load = files[fileOf(locale, ns)];
    done = load
      ? load().then((bundle) => {
          i18n.addResourceBundle(locale, 'translation', { [ns]: bundle }, true, true);
          loaded.add(id);
        })
      : Promise.resolve().then(() => {
          loaded.add(id);
        });
    // A failed load (offline before the service worker had it) may be tried again.
    done.catch(() => loading.delete(id));
    loading.set(id, done);
  }
  return done;
}

/** Loads these namespaces' texts in the language the user reads (a screen awaits this). */
export async function loadMessages(namespaces: readonly Namespace[]): Promise<void> {
  for (const ns of namespaces) wanted.add(ns);
  await Promise.all(namespaces.map((ns) => loadOne(currentLocale(), ns)));
}

const together = new Map<string, Promise<void>>();
/**
 * The same promise for the same list, for React's `use()`. It never rejects: a file that cannot
 * be had shows its keys (and is asked for again by the next screen) rather than an error page.
 */
export function messagesOf(namespaces: readonly Namespace[]): Promise<void> {
  const key = [currentLocale(), ...[...namespaces].sort()].join(',');
  let done = together.get(key);
  if (!done) {
    if (namespaces.every((ns) => loaded.has(`${currentLocale()}/${ns}`))) {
      // Already here (a language switch loads every wanted file first): a promise React's use()
      // reads at once, so the nav does not hide for a tick while a settled promise resolves.
      done = Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined });
      for (const ns of namespaces) wanted.add(ns);
    } else {
      done = loadMessages(namespaces).catch(() => undefined);
    }
    together.set(key, done);
  }
  return done;
}

for (const path of Object.keys(coreVi)) {
  loading.set(`vi/${nsOf(path)}`, Promise.resolve());
  loaded.add(`vi/${nsOf(path)}`);
}
const initialVi = Object.fromEntries(Object.entries(coreVi).map(([p, b]) => [nsOf(p), b]));

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: initialVi } },
  partialBundledLanguages: true,
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A screen shows its texts the moment a file arrives.
  react: { bindI18nStore: 'added' },
  // A text whose file no screen asked for (a screen's list in routes.tsx missing it): its file is
  // fetched, and the screen re-renders with it; meanwhile the key shows.
  parseMissingKeyHandler: (key: string) => {
    const ns = key.split('.')[0] ?? '';
    if (files[fileOf(currentLocale(), ns)] && !loading.has(`${currentLocale()}/${ns}`)) {
      if (import.meta.env.DEV) console.warn(`messages: ${ns} loaded late for ${key}`);
      void loadOne(currentLocale(), ns);
    }
    return key;
  },
});
document.documentElement.lang = i18n.language;

/** The language the user reads now; also sent as Accept-Language so API messages match. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Resolves when the shell's texts are there in the chosen language (English is fetched). */
export const messagesReady: Promise<void> = loadMessages(CORE).catch(() => undefined);

export async function setLocale(locale: Locale): Promise<void> {
  // The texts of every screen opened so far, in the new language, before it shows.
  await Promise.all([...wanted].map((ns) => loadOne(locale, ns)));
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export { i18n };
