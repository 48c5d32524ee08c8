import type { NextFunction, Request, Response } from 'express';

/**
 * Every answer of the API may carry personal data (names, health, case notes), errors included:
 * no browser, proxy or shared computer keeps a copy (RFC 9111 §5.2.2.5; `Pragma` for HTTP/1.0
 * caches). Mounted on the API prefix; /health and /docs are not personal.
 */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  next();
}
