import { Controller, Get, HttpException, Post, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApi } from '../../src/app.setup';
import { Public, PUBLIC_KEY, Roles, ROLES_KEY } from '../../src/auth/access.decorators';
import { AccessTokens } from '../../src/auth/access-token';
import { AuthService } from '../../src/auth/auth.service';
import { AccessGuard } from '../../src/auth/guards';
import { Role } from '../../src/identity/role';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';

/** The public routes of API.md (besides /docs and /docs-json, which are not API operations). */
const PUBLIC_ROUTES = [
  'GET /health',
  'GET /health/ready',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
];

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const SOME_UUID = '3f6c1f9e-2b7a-4c1d-9e8f-0a1b2c3d4e5f';

interface Operation {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  security?: Record<string, string[]>[];
}

function operationsOf(doc: OpenAPIObject): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m] !== undefined).map((method) => ({
      method,
      path,
      security: item[method]?.security,
    })),
  );
}

const routeName = (op: Operation) => `${op.method.toUpperCase()} ${op.path}`;
/** Path parameters filled with a well-formed UUID, so the guard is the only thing that can refuse. */
const concretePath = (path: string) => path.replace(/\{[^}]+\}/g, SOME_UUID);

interface Handler {
  controller: Type;
  name: string;
  handler: (...args: unknown[]) => unknown;
}

/** `GET health/ready`: the handler's method and path without the global prefix. */
function routeOf({ controller, handler }: Handler): string[] {
  const asList = (p: unknown): string[] => (Array.isArray(p) ? (p as string[]) : [String(p)]);
  const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
  return asList(Reflect.getMetadata(PATH_METADATA, controller)).flatMap((base) =>
    asList(Reflect.getMetadata(PATH_METADATA, handler)).map((path) => {
      const full = [base, path]
        .flatMap((part) => part.split('/'))
        .filter((part) => part !== '')
        .join('/');
      return `${method} ${full}`;
    }),
  );
}

/** Every route handler (a method with Nest route metadata) of the given controllers. */
function routeHandlers(controllers: Type[]): Handler[] {
  const scanner = new MetadataScanner();
  return controllers.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
    return scanner
      .getAllMethodNames(prototype)
      .map((name) => ({ controller, name, handler: prototype[name] }))
      .filter(
        (h): h is Handler =>
          typeof h.handler === 'function' &&
          Reflect.getMetadata(PATH_METADATA, h.handler) !== undefined &&
          Reflect.getMetadata(METHOD_METADATA, h.handler) !== undefined,
      );
  });
}

/** Handlers that declare neither @Public() nor a non-empty @Roles(...), on them or their class. */
function undeclaredHandlers(controllers: Type[]): string[] {
  const reflector = new Reflector();
  return routeHandlers(controllers)
    .filter(({ controller, handler }) => {
      const targets = [handler, controller];
      if (reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true) return false;
      const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
      return !Array.isArray(roles) || roles.length === 0;
    })
    .map(({ controller, name }) => `${controller.name}.${name}`);
}

function controllersOf(t: TestApp): Type[] {
  const modules = t.app.get(ModulesContainer);
  const controllers = new Set<Type>();
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) controllers.add(wrapper.metatype as Type);
  }
  return [...controllers];
}

// Controllers made to show that the checks below notice a route without a declaration.
@Controller('probe')
class ProbeController {
  @Get('declared') @Roles(Role.Admin) declared() {}
  @Get('open') @Public() open() {}
  @Post('forgotten') forgotten() {}
  @Get('empty') @Roles() empty() {}
  notARoute() {}
}

@Controller('probe-class')
@Roles(Role.Nurse)
class ClassLevelRolesController {
  @Get() list() {}
}

describe('route guard', () => {
  let t: TestApp;
  let doc: OpenAPIObject;
  beforeAll(async () => {
    t = await startTestApp();
    doc = buildOpenApi(t.app);
  });
  afterAll(() => t.close());

  describe('every route declares who may call it', () => {
    it('finds every route handler of the application (those of the OpenAPI document)', () => {
      const routes = routeHandlers(controllersOf(t)).flatMap(routeOf);
      const documented = operationsOf(doc).map((op) =>
        routeName(op)
          .replace(' /api/v1/', ' ')
          .replace(' /', ' ')
          .replace(/\{([^}]+)\}/g, ':$1'),
      );
      expect(documented.length).toBeGreaterThan(10);
      expect(routes).toEqual(expect.arrayContaining(documented));
    });

    it('has @Public() or @Roles(...) on every controller handler', () => {
      expect(undeclaredHandlers(controllersOf(t))).toEqual([]);
    });

    it('has exactly the public routes of API.md marked @Public()', () => {
      const reflector = new Reflector();
      const publicHandlers = routeHandlers(controllersOf(t))
        .filter((h) => reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [h.handler, h.controller]))
        .flatMap(routeOf)
        .sort();
      expect(publicHandlers).toEqual(
        PUBLIC_ROUTES.map((r) => r.replace(' /api/v1/', ' ').replace(' /', ' ')).sort(),
      );
    });

    it('notices a handler without a declaration (the check can fail)', () => {
      expect(undeclaredHandlers([ProbeController, ClassLevelRolesController])).toEqual([
        'ProbeController.forgotten',
        'ProbeController.empty',
      ]);
    });
  });

  describe('the guard itself denies by default', () => {
    const guard = () =>
      new AccessGuard(new Reflector(), t.app.get(AccessTokens), t.app.get(AuthService));
    const contextFor = (controller: Type, handler: string) => {
      const ctx = new ExecutionContextHost(
        [{ headers: {} }, {}, () => undefined],
        controller,
        (controller.prototype as Record<string, () => unknown>)[handler],
      );
      ctx.setType('http');
      return ctx;
    };
    const statusOf = async (controller: Type, handler: string) => {
      try {
        return await guard().canActivate(contextFor(controller, handler));
      } catch (err) {
        return err instanceof HttpException ? err.getStatus() : err;
      }
    };

    it('lets a @Public() route through without a token', async () => {
      expect(await statusOf(ProbeController, 'open')).toBe(true);
    });

    it('refuses a route without a declaration with 403, before looking at the token', async () => {
      expect(await statusOf(ProbeController, 'forgotten')).toBe(403);
    });

    it('refuses a route with an empty @Roles() with 403', async () => {
      expect(await statusOf(ProbeController, 'empty')).toBe(403);
    });
  });

  describe('over HTTP, from the OpenAPI document', () => {
    it('lists every public route of API.md in the document', () => {
      const names = operationsOf(doc).map(routeName);
      expect(names).toEqual(expect.arrayContaining(PUBLIC_ROUTES));
      expect(names.length).toBeGreaterThan(PUBLIC_ROUTES.length + 10);
    });

    it('answers 401 without a token on every route that is not public', async () => {
      const failures: string[] = [];
      const protectedOps = operationsOf(doc).filter((op) => !PUBLIC_ROUTES.includes(routeName(op)));
      expect(protectedOps.length).toBeGreaterThan(10);
      for (const op of protectedOps) {
        const res = await t.http()[op.method](concretePath(op.path));
        if (res.status !== 401) failures.push(`${routeName(op)} → ${res.status}`);
        else expectProblem(res, 401);
      }
      expect(failures).toEqual([]);
    });

    it('answers 401 with a forged token on every route that is not public', async () => {
      const forged =
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' +
        'eyJzdWIiOiIzZjZjMWY5ZS0yYjdhLTRjMWQtOWU4Zi0wYTFiMmMzZDRlNWYiLCJyb2xlIjoiYWRtaW4ifQ.' +
        'c2lnbmF0dXJlLW1hZGUtdXAtYnktdGhlLXRlc3Q';
      const failures: string[] = [];
      for (const op of operationsOf(doc).filter((o) => !PUBLIC_ROUTES.includes(routeName(o)))) {
        const res = await t
          .http()
          [op.method](concretePath(op.path))
          .set('Authorization', `Bearer ${forged}`);
        if (res.status !== 401) failures.push(`${routeName(op)} → ${res.status}`);
      }
      expect(failures).toEqual([]);
    });

    it('answers the public routes without a token with something other than 401', async () => {
      for (const name of PUBLIC_ROUTES) {
        const [method, path] = name.split(' ') as [string, string];
        const res =
          method === 'GET' ? await t.http().get(path) : await t.http().post(path).send({});
        expect({ name, status: res.status }).not.toEqual({ name, status: 401 });
        expect(res.status).toBeLessThan(500);
      }
    });

    it('documents bearer auth on every protected operation and none on the public ones', () => {
      const wrong = operationsOf(doc)
        .filter((op) => {
          const bearer = (op.security ?? []).some((s) => 'bearer' in s);
          return PUBLIC_ROUTES.includes(routeName(op)) ? bearer : !bearer;
        })
        .map(routeName);
      expect(wrong).toEqual([]);
    });
  });
});
