import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/access.decorators';
import { ALL_ROLES, Role } from '../identity/role';

/** What the access guard reads from a handler, by the OpenAPI operationId of its route. */
export interface RouteFacts {
  public: boolean;
  roles: readonly Role[];
}

const metadata = <T>(key: string, handler: object, controller: object): T | undefined =>
  (Reflect.getMetadata(key, handler) as T | undefined) ??
  (Reflect.getMetadata(key, controller) as T | undefined);

/**
 * The access metadata of every controller method, keyed like the operationIds of
 * @nestjs/swagger (`ResidentsController_update`): the same `@Public()` / `@Roles()` that the
 * global AccessGuard reads, so the document's `security` and 401/403 answers follow the guard.
 */
export function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller) continue;
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        facts.set(`${controller.name}_${name}`, {
          public: metadata<boolean>(PUBLIC_KEY, handler, controller) === true,
          roles: metadata<Role[]>(ROLES_KEY, handler, controller) ?? [],
        });
      }
    }
  }
  return facts;
}

/** A secured route some role may not call: the guard answers 403 to that role. */
export const restrictsRoles = (facts: RouteFacts): boolean =>
  !facts.public && ALL_ROLES.some((role) => !facts.roles.includes(role));
