import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, isOutcomeUnknown } from '../../database/unavailable';
import { requestIdOf } from '../http/request-id';
import { FieldError, ProblemException } from './problem.exception';
import { clip, PROBLEM_LIMITS } from './problem.schema';
import { fieldMessage, Lang, pickLang, PROBLEM_TITLES, ProblemCode, Text } from './messages';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  requestId: string;
  errors?: { field: string; code: string; message: string }[];
  errorsTotal?: number;
}

interface Problem {
  status: number;
  code: ProblemCode;
  detail?: Text;
  errors: FieldError[];
  extensions?: Record<string, unknown>;
  /** Headers of the answer besides the problem's own (`Retry-After`, a 412's `ETag`). */
  headers?: Record<string, string>;
}

const CODE_BY_STATUS: Record<number, ProblemCode> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  412: 'preconditionFailed',
  413: 'payloadTooLarge',
  415: 'unsupportedMediaType',
  428: 'preconditionRequired',
  429: 'rateLimited',
  503: 'unavailable',
};

/** PostgreSQL error codes that are the caller's fault or a retryable race, not a server bug. */
function fromDatabase(err: { driverError?: unknown }): Problem | undefined {
  const code = (err.driverError as { code?: string } | undefined)?.code;
  switch (code) {
    case '23505':
      return {
        status: 409,
        code: 'conflict',
        detail: {
          vi: 'Bản ghi trùng với bản ghi đã có',
          en: 'A record with these values already exists',
        },
        errors: [],
      };
    case '40001':
    case '40P01':
      return {
        status: 409,
        code: 'conflict',
        detail: { vi: 'Thao tác đồng thời, hãy thử lại', en: 'Concurrent update; please retry' },
        errors: [],
      };
    default:
      return undefined;
  }
}

/** Seconds a client should wait before retrying when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

const DATABASE_UNAVAILABLE: Problem = {
  status: 503,
  code: 'unavailable',
  detail: {
    vi: 'Cơ sở dữ liệu tạm thời không trả lời; chưa có gì được lưu. Hãy thử lại sau giây lát',
    en: 'The database is not answering for the moment; nothing was saved. Please retry shortly',
  },
  errors: [],
};

/**
 * The database stopped answering after it was sent COMMIT (a hung server, a connection lost at
 * that moment): the change may have been stored or not, and nobody can tell until it answers.
 */
const OUTCOME_UNKNOWN: Problem = {
  status: 503,
  code: 'outcomeUnknown',
  detail: {
    vi: 'Cơ sở dữ liệu ngừng trả lời đúng lúc lưu; thay đổi có thể đã được lưu hoặc chưa. Hãy kiểm tra lại trước khi gửi lần nữa',
    en: 'The database stopped answering while saving; the change may or may not have been saved. Check before sending it again',
  },
  errors: [],
};

function toProblem(exception: unknown): Problem | undefined {
  // Before anything else: a stopped or restarting database is not a bug (500) but a 503.
  if (!(exception instanceof HttpException) && isDatabaseUnavailable(exception))
    return isOutcomeUnknown(exception) ? OUTCOME_UNKNOWN : DATABASE_UNAVAILABLE;
  if (exception instanceof ProblemException) {
    return {
      status: exception.getStatus(),
      code: exception.code,
      detail: exception.detailText,
      errors: exception.fieldErrors,
      extensions: exception.extensions,
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return {
      status,
      code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'validation'),
      errors: [],
    };
  }
  if (exception instanceof QueryFailedError)
    return fromDatabase(exception as { driverError?: unknown });
  return undefined;
}

export function renderProblem(problem: Problem, lang: Lang, requestId: string): ProblemBody {
  const body: ProblemBody = {
    ...problem.extensions,
    type: `urn:mai-am:problem:${problem.code}`,
    title: PROBLEM_TITLES[problem.code][lang],
    status: problem.status,
    requestId,
  };
  if (problem.detail) body.detail = clip(problem.detail[lang], PROBLEM_LIMITS.detail);
  if (problem.errors.length > 0) {
    if (problem.errors.length > PROBLEM_LIMITS.errors) body.errorsTotal = problem.errors.length;
    body.errors = problem.errors.slice(0, PROBLEM_LIMITS.errors).map((e) => ({
      field: clip(e.field, PROBLEM_LIMITS.field),
      code: clip(e.code, PROBLEM_LIMITS.code),
      message: clip(
        e.text ? e.text[lang] : fieldMessage(e.code, lang, e.fallback ?? e.code, e.n),
        PROBLEM_LIMITS.message,
      ),
    }));
  }
  return body;
}

/**
 * RFC 6750 §3: every 401 names the scheme; when the request carried a bearer token, the error
 * says it was that token that failed.
 */
function wwwAuthenticate(req: Request): string {
  const given = /^bearer\s/i.test(req.headers.authorization ?? '');
  return given ? 'Bearer realm="mai-am", error="invalid_token"' : 'Bearer realm="mai-am"';
}

export function sendProblem(req: Request, res: Response, problem: Problem): void {
  const requestId = requestIdOf(req);
  for (const [name, value] of Object.entries(problem.headers ?? {})) res.setHeader(name, value);
  if (problem.status === 401) res.setHeader('WWW-Authenticate', wwwAuthenticate(req));
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(
      JSON.stringify(renderProblem(problem, pickLang(req.headers['accept-language']), requestId)),
    );
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = e?.code ?? e?.driverError?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The single place where every error becomes an RFC 9457 problem document. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    if (res.headersSent) return;
    const problem = toProblem(exception) ?? { status: 500, code: 'internal' as const, errors: [] };
    if (problem === DATABASE_UNAVAILABLE || problem === OUTCOME_UNKNOWN) {
      // Expected during an outage: one warning line per request, no stack.
      this.logger.warn(
        { requestId: req.id, method: req.method, error: errorCode(exception) },
        'database unavailable',
      );
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    } else if (problem.status === 503) {
      // Readiness reporting the database down: the probe's answer says it all; no stack.
      this.logger.warn({ requestId: req.id, method: req.method }, 'service unavailable');
    } else if (problem.status >= 500) this.logInternal(exception, req);
    sendProblem(req, res, problem);
  }

  /** Logs what an operator needs, never query parameters (they may hold personal data). */
  private logInternal(exception: unknown, req: Request): void {
    const base = {
      requestId: req.id,
      method: req.method,
      route: (req.route as { path?: string } | undefined)?.path,
    };
    if (exception instanceof QueryFailedError) {
      const driver = exception.driverError as { code?: string; message?: string } | undefined;
      this.logger.error(
        { ...base, dbCode: driver?.code, dbMessage: driver?.message?.replace(/"[^"]*"/g, '"…"') },
        'database error',
      );
    } else if (exception instanceof Error) {
      this.logger.error(
        { ...base, error: exception.name, stack: exception.stack },
        exception.message,
      );
    } else {
      this.logger.error(base, 'non-error thrown');
    }
  }
}
