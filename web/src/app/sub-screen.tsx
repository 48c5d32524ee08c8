import type { RouteObject } from 'react-router';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';

/**
 * A page under a screen (`/round/:roomId` under `/round`), loaded on first visit like a screen
 * and open to the roles of its screen.
 */
export function subScreen(
  screen: ScreenPath,
  path: string,
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const { Component } = await load();
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
