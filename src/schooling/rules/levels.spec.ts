import { checkGrade, levelOfGrade, type SchoolLevel } from './levels';

const codes = (level: SchoolLevel, grade: number | null) =>
  checkGrade(level, grade).map((e) => `${e.field}:${e.code}`);

describe('checkGrade: the grade fits the level', () => {
  it.each<[SchoolLevel, number | null, string[]]>([
    ['primary', 1, []],
    ['primary', 5, []],
    ['primary', 6, ['grade:gradeOutsideLevel']],
    ['primary', 7, ['grade:gradeOutsideLevel']],
    ['primary', null, ['grade:isDefined']],
    ['lower_secondary', 6, []],
    ['lower_secondary', 9, []],
    ['lower_secondary', 5, ['grade:gradeOutsideLevel']],
    ['lower_secondary', 10, ['grade:gradeOutsideLevel']],
    ['lower_secondary', null, ['grade:isDefined']],
    ['upper_secondary', 10, []],
    ['upper_secondary', 12, []],
    ['upper_secondary', 9, ['grade:gradeOutsideLevel']],
    ['upper_secondary', null, ['grade:isDefined']],
    ['nursery', null, []],
    ['nursery', 1, ['grade:notApplicable']],
    ['vocational_intermediate', null, []],
    ['vocational_intermediate', 10, ['grade:notApplicable']],
    ['college', 1, ['grade:notApplicable']],
    ['university', null, []],
    ['university', 12, ['grade:notApplicable']],
    ['continuing_education', null, []],
    ['continuing_education', 8, []],
    ['special_education', null, []],
    ['special_education', 3, []],
    ['not_enrolled', null, []],
    ['not_enrolled', 2, ['grade:notApplicable']],
  ])('%s grade %p → %j', (level, grade, expected) => {
    expect(codes(level, grade)).toEqual(expected);
  });

  it('names the level and its grades in both languages', () => {
    const [error] = checkGrade('primary', 7);
    expect(error?.text?.vi).toBe('Lớp 7 không thuộc cấp Tiểu học (lớp 1–5)');
    expect(error?.text?.en).toBe('Grade 7 is not taught at Primary school (grades 1–5)');
  });
});

describe('levelOfGrade', () => {
  it.each<[number, SchoolLevel]>([
    [1, 'primary'],
    [5, 'primary'],
    [6, 'lower_secondary'],
    [9, 'lower_secondary'],
    [10, 'upper_secondary'],
    [12, 'upper_secondary'],
  ])('grade %i → %s', (grade, level) => {
    expect(levelOfGrade(grade)).toBe(level);
  });
});
