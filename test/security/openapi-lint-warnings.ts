/**
 * The Spectral warnings the served OpenAPI document is allowed to have, each with the reason it
 * is accepted. openapi-lint.e2e-spec.ts fails on a warning of another rule (explain it here and
 * in docs/security.md, or fix the document) and on an entry no longer needed.
 * docs/security.md ("OpenAPI lint") must quote each reason word for word.
 */
export const ACCEPTED_WARNINGS: Record<string, string> = {
  'operation-description':
    'Every operation has a summary, shown in Swagger UI; a description would repeat it.',
  'owasp:api4:2023-string-restricted':
    'Free text (names, notes, addresses, in Vietnamese) is bounded in length but has no pattern: any letter, mark or punctuation is valid there.',
  'owasp:api8:2023-define-error-validation':
    'Routes that take no input at all (no parameter, no body) cannot answer 400.',
  'owasp:api2:2023-read-restricted':
    'The probes /health and /health/ready are public for load balancers and orchestrators; they tell only whether the process and the database answer.',
  'owasp:api8:2023-define-error-responses-401':
    'The public probes never answer 401: they read no credentials.',
  'owasp:api3:2023-no-additionalProperties':
    "A daily record revision's `state` is the record as it was before the correction, kept whole; its keys are those of the daily record of its time. An audit entry's `changes` is keyed by the fields of the record it changed.",
  'owasp:api3:2023-constrained-additionalProperties':
    "Counts keyed by a closed list (ratings of a term, alert kinds, categories) in answers the service writes: the keys are the list's codes, at most a few dozen, and no client sends these objects.",
};
