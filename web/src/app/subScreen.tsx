import type { RouteObject } from 'react-router';
import { RoleScreen } from './RoleScreen';
import type { ScreenPath } from './screens';

/**
 * A page under a screen (`/growth/:residentId` under the worklist): loaded on first visit like a
 * screen, and open to the roles of the screen it belongs to.
 */
export function subScreen(
  path: string,
  under: ScreenPath,
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const { Component } = await load();
      return {
        Component: () => (
          <RoleScreen path={under}>
            <Component />
          </RoleScreen>
        ),
      };
    },
  };
}
