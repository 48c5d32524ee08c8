import { renderProblem } from './problem.filter';
import { clip, PROBLEM_LIMITS, PROBLEM_SCHEMA } from './problem.schema';

describe('problem documents keep the bounds their schema states', () => {
  it('lists the first 200 field errors and says how many there were', () => {
    const errors = Array.from({ length: 250 }, (_, i) => ({
      field: `rows.${i}.fullName`,
      code: 'isDefined',
    }));
    const body = renderProblem({ status: 400, code: 'validation', errors }, 'vi', 'req-12345678');
    expect(body.errors).toHaveLength(PROBLEM_LIMITS.errors);
    expect(body.errors?.[199]?.field).toBe('rows.199.fullName');
    expect(body.errorsTotal).toBe(250);
  });

  it('says nothing of a total when every error is listed', () => {
    const body = renderProblem(
      { status: 400, code: 'validation', errors: [{ field: 'a', code: 'isDefined' }] },
      'en',
      'req-12345678',
    );
    expect(body).not.toHaveProperty('errorsTotal');
  });

  it('cuts a long detail to its bound in whole characters, Vietnamese marks included', () => {
    const long = 'Nguyễn Thị Hoà '.repeat(300);
    const body = renderProblem(
      { status: 409, code: 'conflict', detail: { vi: long, en: long }, errors: [] },
      'vi',
      'req-12345678',
    );
    expect([...(body.detail ?? '')]).toHaveLength(PROBLEM_LIMITS.detail);
    expect(body.detail?.endsWith('…')).toBe(true);
    expect(clip('Hoà', 3)).toBe('Hoà');
  });

  it('states every title the filter can write', () => {
    const titles = (PROBLEM_SCHEMA.properties?.title as { enum: string[] }).enum;
    const body = renderProblem(
      { status: 503, code: 'outcomeUnknown', errors: [] },
      'en',
      'r-123456789',
    );
    expect(titles).toContain(body.title);
    expect((PROBLEM_SCHEMA.properties?.type as { enum: string[] }).enum).toContain(body.type);
  });
});
