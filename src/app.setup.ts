import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { configureBodyParsing } from './common/http/body-parsing';
import { NormalizeTextPipe } from './common/http/normalize-text.pipe';
import { createValidationPipe } from './common/errors/validation';
import { assignRequestId } from './common/http/request-id';
import type { AppConfig } from './config/app-config';

export const API_PREFIX = 'api/v1';

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Mái Ấm API')
    .setDescription(
      'Records for Vietnamese residential social-protection centres. Errors are RFC 9457 problem ' +
        'documents; updates need If-Match; creating POSTs accept Idempotency-Key. ' +
        'Demo accounts (demo mode only): admin, social, nurse, carer, officer / demo-2026-maiam.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Everything about HTTP that is not a route; shared by main.ts and the e2e tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.use(helmet());
  app.enableCors(
    config.corsOrigins.length > 0
      ? { origin: config.corsOrigins, exposedHeaders: ['ETag', 'X-Request-Id'] }
      : { origin: false },
  );
  configureBodyParsing(app, config.bodyLimit);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  app.useGlobalPipes(new NormalizeTextPipe(), createValidationPipe());
  const document = buildOpenApi(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
}
