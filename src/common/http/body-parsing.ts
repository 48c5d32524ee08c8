import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { sendProblem } from '../errors/problem.filter';
import { forbiddenKeyPaths, jsonDepthExceeds, MAX_JSON_DEPTH } from './json-shape';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const ACCEPTED_TYPES = ['application/json', 'multipart/form-data'];

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** The error a body parser's `verify` throws for a body nested too deeply. */
class TooDeepError extends Error {
  readonly type = 'entity.too.deep';
}

/**
 * JSON bodies only (multipart is accepted for file uploads), limited in size; a malformed,
 * oversized or non-JSON body, one nested deeper than MAX_JSON_DEPTH (checked in the raw bytes,
 * before anything recurses into it) and one with a `__proto__`, `constructor` or `prototype` key
 * at any depth are answered as problem documents before they reach a route, on every route.
 * Runs after `assignRequestId`, so those answers carry the request id.
 */
export function configureBodyParsing(app: INestApplication, limit: string): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (BODY_METHODS.has(req.method) && hasBody(req)) {
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!ACCEPTED_TYPES.includes(type)) {
        sendProblem(req, res, { status: 415, code: 'unsupportedMediaType', errors: [] });
        return;
      }
    }
    next();
  });
  // No decompression of request bodies (`Content-Encoding` → 415): no client compresses its
  // requests, and inflating untrusted input is attack surface (zip bombs; CVE-2026-111497 in
  // Node 20's Brotli decoder).
  app.use(
    express.json({
      limit,
      strict: true,
      inflate: false,
      verify: (_req, _res, buf) => {
        if (jsonDepthExceeds(buf)) throw new TooDeepError('JSON body nested too deeply');
      },
    }),
  );
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    const type = (err as { type?: string } | null)?.type;
    switch (type) {
      case 'entity.parse.failed':
        sendProblem(req, res, { status: 400, code: 'malformedJson', errors: [] });
        return;
      case 'entity.too.deep':
        sendProblem(req, res, {
          status: 400,
          code: 'validation',
          errors: [{ field: 'body', code: 'maxDepth', n: MAX_JSON_DEPTH }],
        });
        return;
      case 'entity.too.large':
        sendProblem(req, res, { status: 413, code: 'payloadTooLarge', errors: [] });
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        sendProblem(req, res, { status: 415, code: 'unsupportedMediaType', errors: [] });
        return;
      default:
        next(err);
    }
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const paths = forbiddenKeyPaths(req.body);
    if (paths.length > 0) {
      sendProblem(req, res, {
        status: 400,
        code: 'validation',
        errors: paths.map((field) => ({ field, code: 'unknownField' })),
      });
      return;
    }
    next();
  });
}
