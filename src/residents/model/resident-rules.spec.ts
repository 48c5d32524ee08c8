import {
  AdmissionFacts,
  areaNeeded,
  checkAdmissionPath,
  checkPerson,
  PersonFacts,
  statusMove,
} from './resident-rules';
import { AdmissionType, ResidentStatus } from './resident.enums';

const TODAY = '2026-11-23';

/** A person who breaks no rule, to change one thing at a time. */
const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  fullName: 'Lò Thị Mai',
  dateOfBirth: '1990-03-12',
  birthYear: null,
  sex: 'female',
  personalId: null,
  categories: ['k1_elderly_alone'],
  emergencyKind: null,
  ...over,
});

const codes = (errors: { field: string; code: string }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

describe('checkPerson', () => {
  it('accepts a valid person, with or without a CCCD', () => {
    expect(checkPerson(person(), TODAY, '2026-01-05')).toEqual([]);
    expect(checkPerson(person({ personalId: '033190123456' }), TODAY, '2026-01-05')).toEqual([]);
    expect(
      checkPerson(person({ dateOfBirth: null, birthYear: 1990 }), TODAY, '2026-01-05'),
    ).toEqual([]);
  });

  it.each<[string, Partial<PersonFacts>, string | null, string[]]>([
    ['a blank name', { fullName: '   ' }, null, ['fullName:isNotEmpty']],
    [
      'no birth date and no year',
      { dateOfBirth: null, birthYear: null },
      null,
      ['dateOfBirth:isDefined'],
    ],
    [
      'a year that differs from the date',
      { birthYear: 1991 },
      null,
      ['birthYear:birthYearMismatch'],
    ],
    ['a birth date tomorrow', { dateOfBirth: '2026-11-24' }, null, ['dateOfBirth:futureDate']],
    [
      'a birth year next year',
      { dateOfBirth: null, birthYear: 2027 },
      null,
      ['birthYear:futureDate'],
    ],
    ['an admission tomorrow', {}, '2026-11-24', ['admittedOn:futureDate']],
    [
      'an admission the day before the birth',
      { dateOfBirth: '2020-05-10' },
      '2020-05-09',
      ['admittedOn:beforeBirth'],
    ],
    [
      'an admission before the birth year',
      { dateOfBirth: null, birthYear: 2020 },
      '2019-12-31',
      ['admittedOn:beforeBirth'],
    ],
    ['a CCCD of the wrong shape', { personalId: '03319012345' }, null, ['personalId:invalidCccd']],
    [
      'a CCCD of a man for a woman',
      { personalId: '033090123456' },
      null,
      ['personalId:invalidCccd'],
    ],
    [
      'a CCCD of another birth year',
      { personalId: '033191123456' },
      null,
      ['personalId:invalidCccd'],
    ],
    ['a CCCD of another century', { personalId: '033390123456' }, null, ['personalId:invalidCccd']],
    [
      'k2_emergency without its kind',
      { categories: ['k2_emergency'] },
      null,
      ['emergencyKind:isDefined'],
    ],
    [
      'an emergency kind without k2_emergency',
      { emergencyKind: 'vagrant' },
      null,
      ['emergencyKind:notApplicable'],
    ],
  ])('refuses %s', (_label, over, admittedOn, expected) => {
    expect(codes(checkPerson(person(over), TODAY, admittedOn))).toEqual(expected);
  });

  it('accepts a birth and an admission today, and k2_emergency with its kind', () => {
    expect(checkPerson(person({ dateOfBirth: TODAY }), TODAY, TODAY)).toEqual([]);
    expect(
      checkPerson(
        person({ categories: ['k2_emergency'], emergencyKind: 'domestic_violence' }),
        TODAY,
        TODAY,
      ),
    ).toEqual([]);
  });

  it('checks the CCCD against the year taken from the birth date', () => {
    // 2005 from the date: the CCCD says a man born 2005.
    const man = person({ sex: 'male', dateOfBirth: '2005-07-01', personalId: '033205123456' });
    expect(checkPerson(man, TODAY, null)).toEqual([]);
    expect(codes(checkPerson({ ...man, dateOfBirth: '2004-07-01' }, TODAY, null))).toEqual([
      'personalId:invalidCccd',
    ]);
  });

  it('reports every broken rule, each naming its field', () => {
    const errors = checkPerson(
      person({ fullName: '', dateOfBirth: '2027-01-01', personalId: '033090123456' }),
      TODAY,
      '2026-12-01',
    );
    expect(codes(errors)).toEqual(
      expect.arrayContaining([
        'fullName:isNotEmpty',
        'dateOfBirth:futureDate',
        'birthYear:futureDate',
        'admittedOn:futureDate',
        'personalId:invalidCccd',
      ]),
    );
    for (const e of errors) expect(e.text?.vi && e.text.en).toBeTruthy();
  });
});

describe('checkAdmissionPath', () => {
  const facts = (over: Partial<AdmissionFacts>): AdmissionFacts => ({
    type: AdmissionType.Regular,
    categories: ['k1_child_orphan'],
    ...over,
  });

  it.each<[string, Partial<AdmissionFacts>, string[]]>([
    ['regular with number and date', { decisionNo: '12/QĐ', decisionDate: '2026-11-01' }, []],
    ['regular without decision', {}, ['decisionNo:isDefined', 'decisionDate:isDefined']],
    ['regular without decision date', { decisionNo: '12/QĐ' }, ['decisionDate:isDefined']],
    ['regular without decision number', { decisionDate: '2026-11-01' }, ['decisionNo:isDefined']],
    ['emergency with intake', { type: AdmissionType.Emergency, emergency: {} }, []],
    ['emergency without intake', { type: AdmissionType.Emergency }, ['emergency:isDefined']],
    [
      'voluntary with contract and k5',
      {
        type: AdmissionType.Voluntary,
        categories: ['k5_voluntary'],
        voluntary: { startsOn: '2026-11-01', endsOn: '2027-10-31' },
      },
      [],
    ],
    [
      'voluntary without contract',
      { type: AdmissionType.Voluntary, categories: ['k5_voluntary'] },
      ['voluntary:isDefined'],
    ],
    [
      'voluntary without k5_voluntary',
      { type: AdmissionType.Voluntary, voluntary: { startsOn: '2026-11-01' } },
      ['categories:voluntaryCategory'],
    ],
    [
      'voluntary contract ending before it starts',
      {
        type: AdmissionType.Voluntary,
        categories: ['k5_voluntary', 'k1_elderly_alone'],
        voluntary: { startsOn: '2026-11-01', endsOn: '2026-10-31' },
      },
      ['voluntary.endsOn:beforeStart'],
    ],
  ])('%s → %j', (_label, over, expected) => {
    expect(codes(checkAdmissionPath(facts(over)))).toEqual(expected);
  });
});

describe('statusMove', () => {
  const S = ResidentStatus;
  it.each<[ResidentStatus, 'on_leave' | 'active' | 'transferred', string | null]>([
    [S.Active, 'on_leave', 'leave_started'],
    [S.OnLeave, 'active', 'leave_ended'],
    [S.Active, 'transferred', 'transferred'],
    [S.OnLeave, 'transferred', 'transferred'],
    [S.OnLeave, 'on_leave', null],
    [S.Active, 'active', null],
    [S.Transferred, 'active', null],
    [S.Transferred, 'on_leave', null],
    [S.Transferred, 'transferred', null],
    [S.Discharged, 'active', null],
    [S.Discharged, 'on_leave', null],
    [S.Discharged, 'transferred', null],
    [S.Deceased, 'active', null],
    [S.Deceased, 'on_leave', null],
    [S.Deceased, 'transferred', null],
  ])('%s → %s: %s', (from, to, event) => {
    expect(statusMove(from, to)).toEqual(event ? { ok: true, event } : { ok: false });
  });
});

describe('areaNeeded', () => {
  it('is 8 m² with 24-hour care, else 6 (TT 33/2017)', () => {
    expect(areaNeeded(true)).toBe(8);
    expect(areaNeeded(false)).toBe(6);
  });
});
