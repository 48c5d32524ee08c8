import { createSecretKey, KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { AccessTokenPayload } from './auth.service';

/**
 * The HMAC secret as a KeyObject. Given a string, jsonwebtoken first tries to read it as a public
 * key (`createPublicKey`, which throws) on every verification: ~0.7 ms each instead of ~20 µs.
 */
export function jwtKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** `Bearer <token>`, read as passport-jwt's fromAuthHeaderAsBearerToken reads it. */
function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const m = /(\S+)\s+(\S+)/.exec(header);
  return m && m[1].toLowerCase() === 'bearer' ? m[2] : undefined;
}

/** Where the request keeps its verified token (null: none, or not a valid one). */
const PAYLOAD = Symbol('maiam:access-token');
type WithPayload = Request & { [PAYLOAD]?: AccessTokenPayload | null };

/**
 * The request's bearer token, verified once: the rate-limit guard (which counts per user) and
 * the access guard (which loads the user) both ask here, and the second asks for free.
 */
@Injectable()
export class AccessTokens {
  constructor(private readonly jwt: JwtService) {}

  payloadOf(request: Request): AccessTokenPayload | null {
    const req = request as WithPayload;
    const known = req[PAYLOAD];
    if (known !== undefined) return known;
    const token = bearerToken(req.headers.authorization);
    let payload: AccessTokenPayload | null = null;
    if (token) {
      try {
        payload = this.jwt.verify<AccessTokenPayload>(token);
      } catch {
        // forged, expired, malformed: no token
      }
    }
    req[PAYLOAD] = payload;
    return payload;
  }
}
