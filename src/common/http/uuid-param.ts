import { Param, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { invalid } from '../errors/problem.exception';

/**
 * PostgreSQL compares UUIDs case-insensitively but JavaScript does not: ids are lower-cased
 * so that `id === actor.id` and audit entity ids see the canonical form.
 */
const toLowerCase: PipeTransform<string, string> = { transform: (value) => value.toLowerCase() };

/** `@UuidParam('id')`: a path id that is not a UUID is a 400 naming the parameter. */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({ exceptionFactory: () => invalid([{ field: name, code: 'isUuid' }]) }),
    toLowerCase,
  );
