import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, invalid } from './problem.exception';

/** Type checks come before range and format checks. */
const BASIC = [
  'isDefined',
  'whitelistValidation',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isEnum',
  'isIn',
  'isUuid',
];
const rank = (code: string): number => {
  const i = BASIC.indexOf(code);
  return i === -1 ? BASIC.length : i;
};

const NUMBERED = new Set(['maxLength', 'minLength', 'max', 'min', 'arrayMaxSize', 'arrayMinSize']);

/** Flattens class-validator's tree into one entry per bad field (`guardians.0.phone`). */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {}).sort(
      ([a], [b]) => rank(a) - rank(b),
    );
    // One rule per field: a missing value is "required"; else the most basic rule that failed.
    const first = constraints[0];
    if (first && error.value === undefined && first[0] !== 'whitelistValidation') {
      out.push({ field, code: 'isDefined', fallback: `${field} is required` });
    } else if (first) {
      const [code, fallback] = first;
      const n = NUMBERED.has(code) ? Number(/(-?\d+(\.\d+)?)/.exec(fallback)?.[1]) : undefined;
      out.push({
        field,
        code: code === 'whitelistValidation' ? 'unknownField' : code,
        fallback,
        n: Number.isFinite(n) ? n : undefined,
      });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Whitelisting, unknown fields refused, each bad field named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    // `value` is kept to tell a missing field from a wrong one; it is never sent back.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => invalid(flattenValidationErrors(errors)),
  });
}
