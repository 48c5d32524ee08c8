import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, tap } from 'rxjs';

/** Every answer that is one versioned resource carries `ETag: "<version>"`. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((body: unknown) => {
        if (body !== null && typeof body === 'object' && 'version' in body) {
          const version = body.version;
          if (typeof version === 'number') {
            ctx.switchToHttp().getResponse<Response>().setHeader('ETag', `"${version}"`);
          }
        }
      }),
    );
  }
}
