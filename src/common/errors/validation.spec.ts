import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
  ValidationError,
  validateSync,
} from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { createValidationPipe, flattenValidationErrors } from './validation';
import { ProblemException } from './problem.exception';

class GuardianDto {
  @IsString() @MaxLength(60) name!: string;
  @IsOptional() @Matches(/^\+?[0-9 .-]{8,20}$/) phone?: string;
}

class PersonDto {
  @IsString() @MaxLength(5) code!: string;
  @IsOptional() @IsInt() age?: number;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => GuardianDto)
  guardians?: GuardianDto[];
}

function errorsOf(plain: Record<string, unknown>) {
  const errors = validateSync(plainToInstance(PersonDto, plain), {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: true },
  });
  return flattenValidationErrors(errors);
}

describe('flattenValidationErrors', () => {
  it('gives nothing for a valid object', () => {
    expect(errorsOf({ code: 'A1', guardians: [{ name: 'Lan', phone: '0912 345 678' }] })).toEqual(
      [],
    );
  });

  it('names a nested array element as guardians.0.phone', () => {
    const errors = errorsOf({
      code: 'A1',
      guardians: [{ name: 'Lan', phone: 'x' }, { name: 'Hoa' }, { name: 'Minh', phone: '??' }],
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['guardians.0.phone', 'matches'],
      ['guardians.2.phone', 'matches'],
    ]);
  });

  it('reports a missing field as isDefined, whatever rule failed', () => {
    const errors = errorsOf({ guardians: [{ phone: '0912345678' }] });
    expect(errors).toEqual([
      expect.objectContaining({ field: 'code', code: 'isDefined' }),
      expect.objectContaining({ field: 'guardians.0.name', code: 'isDefined' }),
    ]);
  });

  it('prefers the type error over the length error', () => {
    const errors = errorsOf({ code: 1234567 });
    expect(errors).toEqual([expect.objectContaining({ field: 'code', code: 'isString' })]);
  });

  it('carries the rule number of a length error', () => {
    const errors = errorsOf({ code: 'ABCDEFG' });
    expect(errors).toEqual([expect.objectContaining({ field: 'code', code: 'maxLength', n: 5 })]);
  });

  it('gives one entry per bad field', () => {
    const errors = errorsOf({ code: 'ABCDEFG', age: 'old' });
    expect(errors.map((e) => e.field).sort()).toEqual(['age', 'code']);
  });

  it('turns a forbidden extra property into unknownField, even nested', () => {
    const errors = errorsOf({ code: 'A1', extra: 1, guardians: [{ name: 'Lan', nick: 'x' }] });
    expect(errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ['extra', 'unknownField'],
      ['guardians.0.nick', 'unknownField'],
    ]);
  });

  it('keeps an unknown rule code with its validator text as fallback', () => {
    const error = Object.assign(new ValidationError(), {
      property: 'x',
      value: 'v',
      constraints: { customRule: 'x is odd' },
      children: [],
    });
    expect(flattenValidationErrors([error], 'outer')).toEqual([
      { field: 'outer.x', code: 'customRule', fallback: 'x is odd', n: undefined },
    ]);
  });
});

describe('createValidationPipe', () => {
  it('rejects an unknown field with a 400 problem naming it', async () => {
    const pipe = createValidationPipe();
    const failure = await pipe
      .transform({ code: 'A1', nope: true }, { type: 'body', metatype: PersonDto })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(failure).toBeInstanceOf(ProblemException);
    const problem = failure as ProblemException;
    expect(problem.getStatus()).toBe(400);
    expect(problem.fieldErrors).toEqual([
      expect.objectContaining({ field: 'nope', code: 'unknownField' }),
    ]);
  });
});
