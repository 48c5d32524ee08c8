import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

export const IDEMPOTENT_KEY = 'maiam:idempotent';

/** A key the client chose: 8–128 of A-Z a-z 0-9 - _ (anything else is a 400). */
export const IDEMPOTENCY_KEY_FORMAT = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * A creating POST: a retry that carries the same `Idempotency-Key` and body gets the first
 * answer again and creates nothing.
 */
export const Idempotent = () =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_KEY, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY_FORMAT.source, maxLength: 128 },
      description:
        'Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer',
    }),
  );
