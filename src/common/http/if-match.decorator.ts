import { createParamDecorator, ExecutionContext, HttpStatus } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { invalid, ProblemException } from '../errors/problem.exception';

/** Parses `If-Match: "<version>"` (a weak `W/` prefix is tolerated). Missing: 428. */
export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, 'preconditionRequired');
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match?.[1]) throw invalid([{ field: 'If-Match', code: 'invalidIfMatch' }]);
  return Number(match[1]);
}

/** The version the client read, taken from If-Match; every update names one. */
export const IfMatchVersion = createParamDecorator((_: unknown, ctx: ExecutionContext): number =>
  parseIfMatch(ctx.switchToHttp().getRequest<Request>().headers['if-match']),
);

/** What parseIfMatch accepts: a version of up to 9 digits, quoted or not, maybe weak. */
export const IF_MATCH_SCHEMA = {
  type: 'string',
  pattern: '^(W/)?"?[0-9]{1,9}"?$',
  maxLength: 13,
} as const;

export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The version read, e.g. "3"',
    schema: IF_MATCH_SCHEMA,
  });

/** For a PUT that may create: the version named by If-Match, or undefined when it is absent. */
export const OptionalIfMatchVersion = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): number | undefined => {
    const header = ctx.switchToHttp().getRequest<Request>().headers['if-match'];
    return header === undefined || header.trim() === '' ? undefined : parseIfMatch(header);
  },
);
