import type { RouteObject } from 'react-router';
import { loadMessages } from '../lib/i18n';
import type { LazyRoute } from './lazy-routes';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';

/**
 * A page under a screen (`/round/:roomId` under `/round`), loaded on first visit like a screen
 * (its code and the message files it reads, in parallel; both from lazy-routes.ts) and open to
 * the roles of its screen.
 */
export function subScreen(
  screen: ScreenPath,
  route: LazyRoute,
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path: route.path,
    lazy: async () => {
      const [{ Component }] = await Promise.all([load(), loadMessages(route.messages)]);
      return {
        Component: () => (
          <RoleScreen path={screen}>
            <Component />
          </RoleScreen>
        ),
      };
    },
  };
}
