import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { LazyNotifications } from '../components/LazyNotifications';
import { Loading } from '../components/Loading';
import { refreshWhenOnline, restoreSession } from '../lib/api';
import { messagesReady } from '../lib/i18n';
import { isApiProblem } from '../lib/problem';
import { routes } from './routes';
import { cssVariablesResolver, theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a network failure might.
      retry: (failures, error) =>
        failures < 2 && !(isApiProblem(error) && error.status >= 400 && error.status < 500),
      staleTime: 30_000,
    },
  },
});

// The session's refresh is the first request the app sends: the screen's chunks, which the router
// starts loading as it is created, would otherwise take the browser's six connections before it
// on a slow line, and every API read waits for its token.
const sessionRestored = Promise.all([restoreSession(), messagesReady]);
refreshWhenOnline();
// Created one task later: by then the refresh request is on the wire (its middleware is async).
const routerReady = new Promise<ReturnType<typeof createBrowserRouter>>((resolve) => {
  setTimeout(() => {
    resolve(createBrowserRouter(routes));
  }, 0);
});

/**
 * Restores the session from the refresh cookie before the first route renders, so a reload
 * keeps the user signed in and on the page they were on (without network: the user the device
 * remembers, on what the device holds).
 */
function SessionGate() {
  const { t } = useTranslation();
  const [router, setRouter] = useState<Awaited<typeof routerReady> | null>(null);
  useEffect(() => {
    // English, when chosen, is fetched meanwhile (the entry holds the Vietnamese shell only).
    void sessionRestored.finally(() => routerReady.then(setRouter));
  }, []);
  return router ? <RouterProvider router={router} /> : <Loading label={t('session.restoring')} />;
}

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <LazyNotifications />
      <QueryClientProvider client={queryClient}>
        <SessionGate />
      </QueryClientProvider>
    </MantineProvider>
  );
}
