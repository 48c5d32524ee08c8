import { SHIFTS } from '../../../daily-care/care.enums';
import { vnDate } from '../../../calendar/dates';
import type { MonthlyFigures, StaffingFigures, StaffRoleFigures } from '../../monthly-figures';
import { FONT_ITALIC } from '../fonts';
import { vnNumber } from '../format';
import { againstRequired, SHIFT_LABELS, STAFF_ROLE_LABELS, vnDecimal } from '../labels';
import type { Writer } from '../layout';
import type { PeriodWords } from '../period-words';

/** The staffing section's summary rows: every shift, zeros included. */
function staffingSummaryRows(st: StaffingFigures, words: PeriodWords): [string, string][] {
  return [
    [
      `Số ngày có lịch phân công ca ${words.during}`,
      `${vnNumber(st.daysWithRota)}/${vnNumber(st.days)} ngày`,
    ],
    ['Số ca thiếu nhân viên chăm sóc so với định mức', vnNumber(st.shortShifts)],
    ...SHIFTS.map((sh): [string, string] => [
      `- ${SHIFT_LABELS[sh] ?? sh}`,
      vnNumber(st.shortByShift[sh] ?? 0),
    ]),
    ['Số nhân viên chăm sóc còn thiếu (cộng các ca thiếu)', vnNumber(st.carersMissing)],
  ];
}

/** The staff-by-role table: every role, zeros included, and the total. */
function staffRoleRows(sr: StaffRoleFigures): string[][] {
  const rows = sr.roles.map((r) => [
    STAFF_ROLE_LABELS[r.role] ?? r.role,
    vnNumber(r.onLastDay),
    vnDecimal(r.average),
    r.required === null ? '—' : vnNumber(r.required),
    againstRequired(r.onLastDay, r.required),
  ]);
  const sum = (f: (r: StaffRoleFigures['roles'][number]) => number) =>
    sr.roles.reduce((a, r) => a + f(r), 0);
  rows.push([
    'Tổng số',
    vnNumber(sum((r) => r.onLastDay)),
    vnDecimal(sum((r) => r.average)),
    '',
    '',
  ]);
  return rows;
}

/**
 * The sections after the figures, numbered from 9 on as far as the report has them: caretakers
 * against the rota, staff by role, and the movement by month. Returns the next section number.
 */
export function staffingSections(w: Writer, f: MonthlyFigures, words: PeriodWords): number {
  const { heading, table, figureTable, paragraph } = w;
  // 9. Caretakers against TT 33/2017 Điều 5, from the rota (absent from reports made before it).
  let next = 9;
  const st = f.staffing;
  if (st) {
    heading(`${next++}. Nhân viên chăm sóc theo định mức (Thông tư số 33/2017/TT-BLĐTBXH)`);
    figureTable('Chỉ tiêu', staffingSummaryRows(st, words));
    if (st.byMonth) {
      table(
        ['Tháng', 'Ngày có lịch phân công', 'Ca thiếu', 'Nhân viên còn thiếu'],
        st.byMonth.map((m) => [
          `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`,
          vnNumber(m.daysWithRota),
          vnNumber(m.shortShifts),
          vnNumber(m.carersMissing),
        ]),
        [
          { width: 1.2, align: 'center' },
          { width: 1.8, align: 'right' },
          { width: 1.2, align: 'right' },
          { width: 1.6, align: 'right' },
        ],
      );
    } else if (st.short.length > 0) {
      table(
        ['Ngày', 'Ca', 'Cần theo định mức', 'Được phân công', 'Thiếu'],
        st.short.map((r) => [
          vnDate(r.date),
          SHIFT_LABELS[r.shift] ?? r.shift,
          vnNumber(r.requiredCarers),
          vnNumber(r.assignedCarers),
          vnNumber(r.requiredCarers - r.assignedCarers),
        ]),
        [
          { width: 1.3, align: 'center' },
          { width: 1.1 },
          { width: 1.4, align: 'right' },
          { width: 1.4, align: 'right' },
          { width: 0.9, align: 'right' },
        ],
      );
    } else {
      paragraph(`Không có ca nào thiếu nhân viên chăm sóc so với định mức ${words.during}.`);
    }
    paragraph(
      'Ca thiếu là ca có số nhân viên chăm sóc được phân công ít hơn định mức tại Điều 5 ' +
        'Thông tư số 33/2017/TT-BLĐTBXH tính theo đối tượng có mặt; ngày không có lịch phân công ' +
        'không được đánh giá.',
      FONT_ITALIC,
    );
  }
  // Staff by role from the staff history (absent from reports made before it).
  const sr = f.staffByRole;
  if (sr) {
    // The table and its note stay on one page with the heading (six short rows).
    heading(`${next++}. Nhân sự theo vị trí so với định mức (TT 33/2017)`, 230);
    table(
      [
        'Vị trí',
        `Số người ${words.end}`,
        `Bình quân ${words.during}`,
        'Định mức',
        'Thừa (+), thiếu (−)',
      ],
      staffRoleRows(sr),
      [
        { width: 2.4 },
        { width: 1.1, align: 'right' },
        { width: 1.2, align: 'right' },
        { width: 1.0, align: 'right' },
        { width: 1.1, align: 'right' },
      ],
    );
    paragraph(
      `Định mức tính theo ${vnNumber(sr.residents)} đối tượng có mặt ngày ${vnDate(sr.lastDay)} ` +
        '(Điều 5 Thông tư số 33/2017/TT-BLĐTBXH): nhân viên chăm sóc theo từng nhóm đối tượng, ' +
        'nhân viên công tác xã hội 1 người trên 100 đối tượng, nhân viên y tế 1 người trên 50 đối tượng; ' +
        'vị trí quản lý, hành chính không có định mức.',
      FONT_ITALIC,
    );
  }
  if (f.byMonth && f.byMonth.length > 0) {
    heading(`${next++}. Biến động đối tượng theo tháng`);
    table(
      ['Tháng', 'Tiếp nhận', 'Thôi trợ giúp, chết, chuyển', 'Có mặt cuối mỗi tháng'],
      f.byMonth.map((m) => [
        `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`,
        vnNumber(m.admitted),
        vnNumber(m.left),
        vnNumber(m.atEnd),
      ]),
      [
        { width: 1.2, align: 'center' },
        { width: 1.2, align: 'right' },
        { width: 2, align: 'right' },
        { width: 1.6, align: 'right' },
      ],
    );
  }
  return next;
}
