import type { RouteObject } from 'react-router';
import { loadMessages } from '../lib/i18n';
import type { Namespace } from '../messages/catalog';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';

/**
 * A page under a screen (`/round/:roomId` under `/round`), loaded on first visit like a screen
 * (its code and the message files it reads, in parallel) and open to the roles of its screen.
 */
export function subScreen(
  screen: ScreenPath,
  path: string,
  messages: readonly Namespace[],
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const [{ Component }] = await Promise.all([load(), loadMessages(messages)]);
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
