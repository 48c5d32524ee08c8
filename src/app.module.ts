import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PgThrottlerStorage } from './auth/pg-throttler-storage';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { AlertsModule } from './alerts/alerts.module';
import { AuditModule } from './audit/audit.module';
import { DailyCareModule } from './daily-care/daily-care.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DischargeModule } from './discharge/discharge.module';
import { MoneyModule } from './money/money.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { ProblemFilter } from './common/errors/problem.filter';
import { EtagInterceptor } from './common/http/etag.interceptor';
import { requestIdFor } from './common/http/request-id';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { FacilitiesModule } from './facilities/facilities.module';
import { HealthRecordsModule } from './health/health-records.module';
import { JobsModule } from './jobs/jobs.module';
import { NutritionModule } from './nutrition/nutrition.module';
import { ProbesModule } from './probes/probes.module';
import { ReportsModule } from './reports/reports.module';
import { UsersModule } from './users/users.module';
import { CalendarModule } from './holidays/holidays.module';
import { ResidentsModule } from './residents/residents.module';
import { SchoolingModule } from './schooling/schooling.module';
import { StaysModule } from './stays/stays.module';
import { MedicationModule } from './medication/medication.module';
import { StaffingModule } from './staffing/staffing.module';

/**
 * Standard output, written asynchronously: a request's line is a buffer append, not a write
 * system call. In production lines are gathered up to 4 KB (flushed at least every second and at
 * exit), elsewhere each is written at once.
 */
function logDestination(config: AppConfig): pino.DestinationStream {
  const production = config.nodeEnv === 'production';
  const stream = pino.destination({ dest: 1, sync: false, minLength: production ? 4096 : 0 });
  if (production) setInterval(() => stream.flush(), 1000).unref();
  return stream;
}

@Module({})
export class AppModule {
  /** The whole application for one validated configuration and one database URL. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level: config.logLevel,
              // The body-parsing middleware has already given the request its id.
              genReqId: (req, res) => (req as { id?: string }).id ?? requestIdFor(req, res),
              // No bodies, no query strings, no headers: they can carry names and tokens.
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  path: req.url.split('?')[0],
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              customProps: (req) => ({ requestId: (req as { id?: unknown }).id }),
              autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            },
            logDestination(config),
          ],
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.databasePoolSize, config.databaseTimeouts),
        }),
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [
              {
                // 'default' keeps the standard header names (Retry-After, X-RateLimit-*); a named
                // throttler would suffix them (Retry-After-auth), which clients do not understand.
                name: 'default',
                ttl: config.loginRateLimit.ttlSeconds * 1000,
                limit: config.loginRateLimit.limit,
              },
            ],
            // Counted in PostgreSQL: one budget across the worker processes and the replicas.
            storage: new PgThrottlerStorage(dataSource),
          }),
        }),
        ScheduleModule.forRoot(),
        AuditModule,
        AlertsModule,
        AuthModule,
        FacilitiesModule,
        UsersModule,
        CalendarModule,
        ResidentsModule,
        HealthRecordsModule,
        DailyCareModule,
        NutritionModule,
        MoneyModule,
        DischargeModule,
        SchoolingModule,
        MedicationModule,
        StaffingModule,
        CasesModule,
        StaysModule,
        ReportsModule,
        DashboardModule,
        ProbesModule,
        JobsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [APP_CONFIG],
    };
  }
}
