import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  HttpStatus,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ProblemException } from '../common/errors/problem.exception';
import type { AuthUser } from '../identity/actor';
import { FIELD_RIGHTS, refusedFields, type WritableRecord } from './field-rights';

export const FIELD_RIGHTS_KEY = 'maiam:field-rights';

/**
 * The body of this route changes a record of FIELD_RIGHTS: each field is checked against the
 * caller's role before validation, so a refused field changes nothing.
 */
export const WritableFields = (record: WritableRecord) =>
  applyDecorators(
    SetMetadata(FIELD_RIGHTS_KEY, record),
    ApiForbiddenResponse({
      description:
        'The role may not call this route, or may not change a field sent: one `errors` entry ' +
        '(code `fieldForbidden`) names each such field. Who may change which field: ' +
        'docs/security.md, "Who may change what".',
    }),
  );

/** Runs after AccessGuard (the caller is known); the one place field rights are enforced. */
@Injectable()
export class FieldRightsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const record = this.reflector.get<WritableRecord | undefined>(
      FIELD_RIGHTS_KEY,
      ctx.getHandler(),
    );
    if (!record) return true;
    const req = ctx.switchToHttp().getRequest<Request>();
    const user = req.user as AuthUser | undefined;
    if (!user) return true; // a public route; AccessGuard decided
    const refused = refusedFields(FIELD_RIGHTS[record], user.role, req.body);
    if (refused.length === 0) return true;
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'forbidden',
      {
        vi: 'Vai trò của bạn không được thay đổi một số trường đã gửi',
        en: 'Your role may not change some of the fields sent',
      },
      refused.map((field) => ({ field, code: 'fieldForbidden' })),
    );
  }
}
