import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { configureBodyParsing } from './common/http/body-parsing';
import { NormalizeTextPipe } from './common/http/normalize-text.pipe';
import { noStore } from './common/http/no-store';
import { createValidationPipe } from './common/errors/validation';
import { assignRequestId } from './common/http/request-id';
import { API_PREFIX } from './common/http/api-prefix';
import type { AppConfig } from './config/app-config';
import { completeDocument } from './openapi/complete-document';
import { serveWebApp } from './web-app/serve-web-app';
import { routeFacts } from './openapi/route-facts';

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Mái Ấm API')
    .setDescription(
      'Records for Vietnamese residential social-protection centres. Errors are RFC 9457 problem ' +
        'documents; updates need If-Match; creating POSTs accept Idempotency-Key. ' +
        'Demo accounts (demo mode only): admin, social, nurse, carer, officer / demo-2026-maiam.',
    )
    .setVersion('1')
    .addServer(
      '/',
      'This server: a production, staging or local demo deployment',
      {},
      {
        // For the staff of the centres and the province's officers, not the public.
        'x-internal': true,
      },
    )
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'Access token from POST /api/v1/auth/login (15 minutes). JWTs are handled as RFC8725 ' +
        '(JSON Web Token Best Current Practices) asks: one algorithm (HS256) is accepted whatever ' +
        'the header says, the token type is checked (typ: access), expiry is enforced, and the ' +
        "user is looked up on every request (a deactivated user's token stops working).",
    })
    .build();
  return completeDocument(SwaggerModule.createDocument(app, config), routeFacts(app));
}

/** Everything about HTTP that is not a route; shared by main.ts and the e2e tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(assignRequestId);
  // helmet's default CSP, plus frames of blob: URLs: the web app previews an archived report's
  // PDF (fetched with the bearer token) in a frame of a blob: URL. Nothing else changes.
  app.use(helmet({ contentSecurityPolicy: { directives: { frameSrc: ["'self'", 'blob:'] } } }));
  app.enableCors(
    config.corsOrigins.length > 0
      ? { origin: config.corsOrigins, exposedHeaders: ['ETag', 'X-Request-Id'] }
      : { origin: false },
  );
  app.use(`/${API_PREFIX}`, noStore);
  configureBodyParsing(app, config.bodyLimit);
  serveWebApp(app, config.webDistDir);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  app.useGlobalPipes(new NormalizeTextPipe(), createValidationPipe());
  const document = buildOpenApi(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
}
