/**
 * Whether an error means "the database cannot be reached or answer now" (stopped, restarting,
 * network gone, too many connections, a timeout) rather than a bug or a bad request. Such errors
 * are answered 503 with Retry-After: the client may retry the same request later.
 */

/** Node socket errors met while connecting to or talking with the server. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 53300 too many connections, 57014
 * statement timeout (query_canceled), 57P01-57P05 (shutdown, crash, starting up, idle timeouts).
 */
function isUnavailableSqlState(code: string): boolean {
  return (
    /^08[0-9A-Z]{3}$/.test(code) || code === '53300' || code === '57014' || /^57P0[1-5]$/.test(code)
  );
}

/** Messages of node-postgres that carry no code. */
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error and is not queryable|Client was closed and is not queryable|Connection ended/i;

/**
 * TypeORM releases a query runner whose connection broke (the server went away mid-transaction);
 * the transaction's next statement then fails with one of these errors. PostgreSQL rolled the transaction
 * back when the session ended.
 */
const TYPEORM_LOST_CONNECTION = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
  };
  if (typeof e.name === 'string' && TYPEORM_LOST_CONNECTION.has(e.name)) return true;
  if (typeof e.code === 'string' && (SOCKET_CODES.has(e.code) || isUnavailableSqlState(e.code)))
    return true;
  if (typeof e.message === 'string' && DRIVER_MESSAGES.test(e.message)) return true;
  // TypeORM's QueryFailedError wraps the driver's error; Node's AggregateError (one per address).
  if (e.driverError && isDatabaseUnavailable(e.driverError, depth + 1)) return true;
  if (Array.isArray(e.errors)) return e.errors.some((x) => isDatabaseUnavailable(x, depth + 1));
  return false;
}

/**
 * The database became unavailable while it was committing: the COMMIT was sent and no answer came
 * (a hung server, a connection lost at that moment). The transaction may have been stored or not.
 */
export function isOutcomeUnknown(err: unknown): boolean {
  const query = (err as { query?: unknown } | null)?.query;
  return typeof query === 'string' && /^\s*COMMIT\b/i.test(query) && isDatabaseUnavailable(err);
}
