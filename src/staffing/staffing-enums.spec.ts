import { requiredCarers } from './staffing.enums';

describe('carers required by TT 33/2017 Điều 5', () => {
  it.each<[string, Parameters<typeof requiredCarers>[0], number]>([
    ['nobody', {}, 0],
    ['one infant needs one carer', { infant: 1 }, 1],
    ['6 young children: one', { young_child: 6 }, 1],
    ['7 young children: two', { young_child: 7 }, 2],
    ['4 disabled or HIV-positive young children: one', { young_child_special: 4 }, 1],
    ['10 children 6–16: one', { child: 10 }, 1],
    ['5 disabled or HIV-positive children 6–16: one', { child_special: 5 }, 1],
    ['10 people who look after themselves: one', { adult_self_care: 10 }, 1],
    ['4 people who cannot: one', { adult_dependent: 4 }, 1],
    // 2 + 12/6 + 3/4 + 25/10 + 6/5 + 30/10 + 9/4 = 2 + 2 + 0.75 + 2.5 + 1.2 + 3 + 2.25 = 13.7
    [
      'a mixed centre',
      {
        infant: 2,
        young_child: 12,
        young_child_special: 3,
        child: 25,
        child_special: 6,
        adult_self_care: 30,
        adult_dependent: 9,
      },
      14,
    ],
  ])('%s', (_name, counts, expected) => {
    expect(requiredCarers(counts)).toBe(expected);
  });
});
