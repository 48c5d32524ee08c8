import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import type { FieldError } from '../errors/problem.exception';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';

// Lengths of values of a fixed form: `maxLength` in the OpenAPI document, @MaxLength in DTOs.

/** A calendar date, YYYY-MM-DD. */
export const DATE_LENGTH = 10;
/** A month, YYYY-MM. */
export const MONTH_LENGTH = 7;
/** A UUID in its canonical form (8-4-4-4-12 hex digits). */
export const UUID_LENGTH = 36;
/** An instant as JSON writes a Date: 2026-12-01T15:47:30.000Z. */
export const TIMESTAMP_LENGTH = 24;
/**
 * An instant as a client may write it, ISO 8601 with its offset:
 * 2026-11-20T21:15:00.123456789+07:00 is 35 characters.
 */
export const DATE_TIME_INPUT_LENGTH = 35;
/** The longest IANA time zone name we accept (the facility's column holds 64). */
export const TIME_ZONE_LENGTH = 64;

export function isValidTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > TIME_ZONE_LENGTH) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * A string rule class-validator does not have, under `code` (its error code), also documented
 * with `schema` (the swagger plugin does not know these decorators); an explicit @ApiProperty on
 * the field keeps its own options and adds these.
 */
export function stringRule(
  code: string,
  validate: (value: unknown) => boolean,
  what: string,
  schema: ApiPropertyOptions,
): (options?: ValidationOptions) => PropertyDecorator {
  return (options) =>
    applyDecorators(ApiProperty(schema), (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: code,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: `${String(propertyName)} must be ${what}`, ...options },
        validator: { validate },
      }),
    );
}

/** An IANA time zone name such as Asia/Ho_Chi_Minh. */
export const IsTimeZone = stringRule('isTimeZone', isValidTimeZone, 'an IANA time zone', {
  maxLength: TIME_ZONE_LENGTH,
});

/**
 * The years a date may have. Date arithmetic past 9999 leaves the YYYY-MM-DD form (9999-12-31 plus
 * one day is "+010000-01-01"), which made the working-day loops run forever; no record of a
 * person or a decision lies outside these years.
 */
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 2199;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused), in 1900–2199. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const IsCalendarDate = stringRule('isCalendarDate', isCalendarDate, 'a date YYYY-MM-DD', {
  format: 'date',
  maxLength: DATE_LENGTH,
});

/** `YYYY-MM`, the form of every month parameter (also in the OpenAPI document). */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A month written YYYY-MM in the years of `isCalendarDate`: `0000-01` (whose previous month is
 * year -1, which PostgreSQL cannot read) and `9999-12` are refused, not a 500.
 */
export function isMonth(value: unknown): boolean {
  return typeof value === 'string' && MONTH_PATTERN.test(value) && isCalendarDate(`${value}-01`);
}

export const IsMonth = stringRule('isMonth', isMonth, 'YYYY-MM', {
  pattern: MONTH_PATTERN.source,
  maxLength: MONTH_LENGTH,
});

/** `YYYY-H1` (six-monthly) or `YYYY` (annual), in the years of `isCalendarDate`. */
export const REPORT_PERIOD_PATTERN = /^\d{4}(-H1)?$/;

export function isReportPeriod(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    REPORT_PERIOD_PATTERN.test(value) &&
    isCalendarDate(`${value.slice(0, 4)}-01-01`)
  );
}

export const IsReportPeriod = stringRule('isReportPeriod', isReportPeriod, 'YYYY-H1 or YYYY', {
  pattern: REPORT_PERIOD_PATTERN.source,
  maxLength: MONTH_LENGTH,
});

/**
 * Like @IsOptional() but only for an absent field: `null` is validated (and refused by the type
 * check). Use for fields that cannot be cleared; @IsOptional() where null means "clear it".
 */
export function Optional(options?: ValidationOptions) {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}

/**
 * For DTOs made with PartialType (which lets `null` through every field): refuses null for the
 * fields that cannot be cleared, naming each.
 */
export function nullFieldErrors(dto: object, fields: readonly string[]): FieldError[] {
  return fields
    .filter((f) => (dto as Record<string, unknown>)[f] === null)
    .map((field) => ({ field, code: 'isDefined', fallback: `${field} must not be null` }));
}

/**
 * Decimal places of a finite number, also when JavaScript writes it with an exponent
 * (5e-323, 1.5e-7): class-validator's own `maxDecimalPlaces` splits the text on '.' and throws a
 * TypeError (a 500) on such values.
 */
export function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = value.toString().toLowerCase().split('e');
  const places = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  return Math.max(0, places);
}

/** A finite number with at most `places` decimal places (error code `isNumber`, as @IsNumber). */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [places],
      options: {
        message: `$property must be a number with at most ${places} decimal places`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places,
      },
    });
}
