import { absenceAlertDue, checkEnrollment, type EnrollmentFacts } from './enrollment-rules';
import type { SchoolTerm } from './rating-scales';

const facts = (over: Partial<EnrollmentFacts> = {}): EnrollmentFacts => ({
  schoolYear: '2026-2027',
  level: 'lower_secondary',
  grade: 7,
  notEnrolledReason: null,
  schoolName: 'Trường THCS Hiến Nam',
  startDate: '2026-09-05',
  endDate: null,
  status: 'studying',
  ...over,
});

describe('checkEnrollment', () => {
  it.each<[string, Partial<EnrollmentFacts>, string[]]>([
    ['a valid enrolment', {}, []],
    ['grade 7 at primary', { level: 'primary', grade: 7 }, ['grade:gradeOutsideLevel']],
    ['no school named', { schoolName: null }, ['schoolName:isDefined']],
    ['a blank school', { schoolName: '  ' }, ['schoolName:isDefined']],
    ['end before start', { endDate: '2026-09-04' }, ['endDate:beforeStart']],
    ['end on the start day', { endDate: '2026-09-05' }, []],
    ['start before 1 August', { startDate: '2026-07-31' }, ['startDate:outsideSchoolYear']],
    ['start after 31 July', { startDate: '2027-08-01' }, ['startDate:outsideSchoolYear']],
    ['a mid-year transfer in', { startDate: '2027-02-10' }, []],
    ['dropped out without a date', { status: 'dropped_out' }, ['endDate:isDefined']],
    ['transferred without a date', { status: 'transferred' }, ['endDate:isDefined']],
    ['dropped out with a date', { status: 'dropped_out', endDate: '2027-01-15' }, []],
    ['a reason while enrolled', { notEnrolledReason: 'x' }, ['notEnrolledReason:notApplicable']],
    [
      'not enrolled, with reason',
      {
        level: 'not_enrolled',
        grade: null,
        schoolName: null,
        status: null,
        notEnrolledReason: 'Khuyết tật nặng',
      },
      [],
    ],
    [
      'not enrolled, no reason',
      { level: 'not_enrolled', grade: null, schoolName: null, status: null },
      ['notEnrolledReason:isDefined'],
    ],
    [
      'not enrolled, with school, grade and status',
      { level: 'not_enrolled', notEnrolledReason: 'x' },
      ['grade:notApplicable', 'schoolName:notApplicable', 'status:notApplicable'],
    ],
  ])('%s → %j', (_name, over, expected) => {
    expect(checkEnrollment(facts(over)).map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });
});

describe('absenceAlertDue: more days absent than the threshold of the term', () => {
  it.each<[SchoolTerm, number | null, boolean]>([
    ['HK1', null, false],
    ['HK1', 0, false],
    ['HK1', 15, false],
    ['HK1', 16, true],
    ['HK2', 16, true],
    ['year', 16, false],
    ['year', 30, false],
    ['year', 31, true],
  ])('%s with %p days → %p', (term, days, due) => {
    expect(absenceAlertDue(term, days)).toBe(due);
  });
});
