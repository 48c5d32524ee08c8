import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

export const IDEMPOTENT_KEY = 'maiam:idempotent';
/** The handler claims the key in its own transaction (IdempotencyClaim). */
export const IDEMPOTENT_IN_TRANSACTION = 'maiam:idempotent-in-transaction';

/** A key the client chose: 8–128 of A-Z a-z 0-9 - _ (anything else is a 400). */
export const IDEMPOTENCY_KEY_FORMAT = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * A creating POST: a retry that carries the same `Idempotency-Key` and body gets the first
 * answer again and creates nothing. `inTransaction`: the handler takes the key
 * (`@IdempotencyClaimOf()`) and claims and answers it inside its own transaction.
 */
export const Idempotent = (options: { inTransaction?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_KEY, true),
    SetMetadata(IDEMPOTENT_IN_TRANSACTION, options.inTransaction === true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY_FORMAT.source, maxLength: 128 },
      description:
        'Any unique string (8–128 of A-Z a-z 0-9 - _); a retry with the same key replays the answer',
    }),
  );
