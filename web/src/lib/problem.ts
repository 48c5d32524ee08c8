import type { components } from '../api/schema';

/** The RFC 9457 body every API error has (title and messages in the request's language). */
export type Problem = components['schemas']['Problem'];
export type FieldProblem = NonNullable<Problem['errors']>[number];

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.type === 'string' && typeof b.title === 'string' && typeof b.status === 'number';
}

/**
 * What every failed API call throws: the problem body when the service sent one, else the bare
 * status (status 0: the service could not be reached). Components show it with <ErrorDisplay>.
 */
export class ApiProblem extends Error {
  private constructor(
    readonly status: number,
    /** The service's problem document; null for a network failure or a non-problem answer. */
    readonly problem: Problem | null,
  ) {
    super(problem ? `${status} ${problem.title}` : `HTTP ${status}`);
    this.name = 'ApiProblem';
  }

  static fromResponse(response: Response, body: unknown): ApiProblem {
    return new ApiProblem(response.status, isProblem(body) ? body : null);
  }

  static network(): ApiProblem {
    return new ApiProblem(0, null);
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** The short code after `urn:mai-am:problem:` (e.g. `preconditionFailed`), if any. */
  get code(): string | undefined {
    return this.problem?.type.replace(/^urn:mai-am:problem:/, '');
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem?.errors ?? [];
  }

  /** A field's message, for a form: `form.setErrors(problem.errorsByField())`. */
  errorsByField(): Record<string, string> {
    return Object.fromEntries(this.fieldErrors.map((e) => [e.field, e.message]));
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** 412: the If-Match version was stale, someone else saved first. */
export function isConflict(error: unknown): error is ApiProblem {
  return isApiProblem(error) && error.status === 412;
}
