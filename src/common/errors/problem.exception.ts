import { HttpException, HttpStatus } from '@nestjs/common';
import { ProblemCode, Text } from './messages';

export interface FieldError {
  field: string;
  code: string;
  /** The rule's number (a length, a bound) when it has one; used in the message. */
  n?: number;
  /** A message already written for this error (both languages); else the catalog's. */
  text?: Text;
  /** English text from the validator, used when the catalog has no message for `code`. */
  fallback?: string;
}

/**
 * The one exception the application throws for an expected failure. The exception filter turns
 * it into an RFC 9457 problem document in the caller's language.
 */
export class ProblemException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ProblemCode,
    readonly detailText?: Text,
    readonly fieldErrors: FieldError[] = [],
    /** Extension members of the problem document (RFC 9457 §3.2), e.g. duplicate candidates. */
    readonly extensions: Record<string, unknown> = {},
    /** Response headers that belong to this answer (`Retry-After`, a 412's `ETag`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(code, status);
  }
}

/** A field's error with its own message in both languages (rules the catalog does not name). */
export const fieldError = (field: string, code: string, vi: string, en: string): FieldError => ({
  field,
  code,
  text: { vi, en },
});

export const notFound = (what: Text = { vi: 'Không tìm thấy bản ghi', en: 'Record not found' }) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'notFound', what);

export const conflict = (detail: Text, extensions: Record<string, unknown> = {}) =>
  new ProblemException(HttpStatus.CONFLICT, 'conflict', detail, [], extensions);

export const forbidden = (detail?: Text) =>
  new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', detail);

export const invalid = (errors: FieldError[]) =>
  new ProblemException(HttpStatus.BAD_REQUEST, 'validation', undefined, errors);

/** 412, with the current version as the answer's `ETag` (what a GET would have said). */
export const staleVersion = (current: number) =>
  new ProblemException(
    HttpStatus.PRECONDITION_FAILED,
    'preconditionFailed',
    {
      vi: `Bản ghi đã được cập nhật (phiên bản hiện tại ${current}); hãy tải lại rồi sửa tiếp`,
      en: `The record has changed (current version ${current}); reload it and try again`,
    },
    [],
    {},
    { ETag: `"${current}"` },
  );
