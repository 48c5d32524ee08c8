import { DISCHARGE_GROUNDS } from '../../../discharge/discharge.enums';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from '../../../daily-care/care.enums';
import { CATEGORY_CODES } from '../../../residents/model/categories';
import type { AllowanceFigures, MonthlyFigures } from '../../monthly-figures';
import type { ReportKind } from '../../report.entity';
import { vnMoney, vnNumber } from '../format';
import {
  AGE_BAND_LABELS,
  categoryLabel,
  INCIDENT_KIND_LABELS,
  INCIDENT_SEVERITY_LABELS,
  LEVEL_LABELS,
  shown,
} from '../labels';
import type { Writer } from '../layout';
import type { PeriodWords } from '../period-words';

/**
 * The common-medicine lines (ND 20/2021 Điều 25): what was spent, for how many people, and the
 * cost per person per month against the ceiling. A report made before purchases were recorded
 * keeps its one line "Chưa tổng hợp".
 */
function medicineRows(
  m: AllowanceFigures['commonMedicine'],
  words: PeriodWords,
  monthly: boolean,
): [string, string][] {
  if (!m.recorded) return [['Thuốc chữa bệnh thông thường', 'Chưa tổng hợp']];
  const v = m.value;
  const over = v.perResidentMonthVnd - v.ceilingVnd;
  return [
    [`Thuốc chữa bệnh thông thường: thực chi ${words.during}`, vnMoney(v.totalVnd)],
    monthly
      ? ['- Số đối tượng được nuôi dưỡng trong tháng', vnNumber(v.residentMonths)]
      : ['- Số đối tượng được nuôi dưỡng, cộng theo từng tháng', vnNumber(v.residentMonths)],
    [
      `- Bình quân mỗi người mỗi tháng (mức tối đa ${vnMoney(v.ceilingVnd)})`,
      `${vnMoney(v.perResidentMonthVnd)} (${over > 0 ? `vượt ${vnMoney(over)}` : 'trong mức'})`,
    ],
    ...(monthly
      ? []
      : [
          [
            '- Số tháng vượt mức tối đa',
            `${vnNumber(v.monthsOverCeiling)}/${vnNumber(v.months)} tháng`,
          ] as [string, string],
        ]),
  ];
}

/**
 * Sections 1 to 8: census, composition, money, health, incidents, nutrition, schooling and
 * social work; every row is listed, zeros included, so two periods' reports have the same shape.
 */
export function figureSections(
  w: Writer,
  f: MonthlyFigures,
  words: PeriodWords,
  kind: ReportKind,
): void {
  const { heading, table, figureTable } = w;
  // 1. Census: every row, zeros included, so two periods' reports have the same shape.
  const c = f.census;
  heading('1. Số lượng đối tượng');
  const grounds = Object.keys(DISCHARGE_GROUNDS).filter((g) => g !== 'death');
  figureTable('Chỉ tiêu', [
    [`Số đối tượng ${words.start}`, vnNumber(c.atStart)],
    [`Tiếp nhận ${words.during}`, vnNumber(c.admittedTotal)],
    ['- Tiếp nhận thường xuyên', vnNumber(c.admissions.regular ?? 0)],
    ['- Tiếp nhận khẩn cấp', vnNumber(c.admissions.emergency ?? 0)],
    ['- Tiếp nhận theo hợp đồng tự nguyện', vnNumber(c.admissions.voluntary ?? 0)],
    ['- Tiếp nhận lại', vnNumber(c.admissions.readmitted ?? 0)],
    [`Thôi trợ giúp ${words.during}`, vnNumber(c.discharged)],
    ...grounds.map((g): [string, string] => [
      `- ${(DISCHARGE_GROUNDS as Record<string, { vi: string }>)[g]?.vi ?? g}`,
      vnNumber(c.dischargesByGround[g] ?? 0),
    ]),
    ['Chết', vnNumber(c.deaths)],
    ['Chuyển cơ sở khác', vnNumber(c.transfers)],
    [`Số đối tượng ${words.end}`, vnNumber(c.atEnd)],
    ['Quyết định thôi trợ giúp chậm (quá 7 ngày làm việc)', vnNumber(c.lateDecisions ?? 0)],
  ]);

  // 2. Composition at the end of the period.
  const comp = f.composition;
  heading(`2. Cơ cấu đối tượng ${words.end}`);
  figureTable(
    'Theo diện đối tượng (Nghị định số 20/2021/NĐ-CP, Điều 24)',
    CATEGORY_CODES.map((cat): [string, string] => [
      categoryLabel(cat),
      vnNumber(comp.byCategory[cat] ?? 0),
    ]),
  );
  figureTable('Theo giới tính', [
    ['Nam', vnNumber(comp.bySex.male)],
    ['Nữ', vnNumber(comp.bySex.female)],
  ]);
  figureTable(
    'Theo độ tuổi',
    Object.entries(AGE_BAND_LABELS).map(([band, label]): [string, string] => [
      label,
      vnNumber(comp.byAgeBand[band] ?? 0),
    ]),
  );
  figureTable('Đối tượng cần quan tâm đặc biệt', [
    ['Người dân tộc thiểu số', vnNumber(comp.ethnicMinority)],
    ['Người khuyết tật', vnNumber(comp.disabled)],
    ['Trẻ em nhiễm HIV', vnNumber(comp.childrenWithHiv)],
  ]);

  // 3. Money: the lines the facility records, the medicine purchases among them.
  const a = f.allowance;
  heading('3. Kinh phí trợ cấp nuôi dưỡng');
  table(
    ['Chỉ tiêu', 'Giá trị'],
    [
      [
        'Mức chuẩn trợ giúp xã hội áp dụng',
        a.baseLevel === null ? 'Chưa có mức chuẩn' : vnMoney(a.baseLevel),
      ],
      [
        kind === 'monthly'
          ? 'Đối tượng hưởng trợ cấp nuôi dưỡng'
          : 'Đối tượng hưởng trợ cấp nuôi dưỡng (tháng cuối kỳ)',
        vnNumber(a.entitled),
      ],
      ['- Hệ số 5,0 (dưới 4 tuổi)', vnNumber(a.coefficient5)],
      ['- Hệ số 4,0 (từ 4 tuổi trở lên)', vnNumber(a.coefficient4)],
      [
        `Tổng kinh phí nuôi dưỡng ${words.during}`,
        a.totalVnd === null ? 'Chưa tổng hợp' : vnMoney(a.totalVnd),
      ],
      [
        'Hỗ trợ mai táng phí',
        `${vnMoney(a.funeralSupportVnd)} (${vnNumber(a.deathsWithFuneralSupport)} người)`,
      ],
      ...medicineRows(a.commonMedicine, words, kind === 'monthly'),
    ],
    [{ width: 3.4 }, { width: 1.9, align: 'right' }],
  );

  // 4. Health.
  const h = f.health;
  heading('4. Chăm sóc sức khỏe');
  figureTable('Chỉ tiêu', [
    [`Lượt khám sức khỏe đã thực hiện ${words.during}`, vnNumber(h.examsDone)],
    [`Lượt khám, tiêm đến hạn ${words.during}`, vnNumber(h.examsDueInMonth)],
    [`Lịch khám, tiêm còn quá hạn ${words.end}`, vnNumber(h.overdueAtMonthEnd)],
    ['Mũi tiêm chủng', vnNumber(h.vaccinationsGiven)],
    ['Chuyển tuyến bệnh viện', vnNumber(h.hospitalReferrals)],
    ['Trẻ em có dấu hiệu suy dinh dưỡng', shown(h.growthFlags, vnNumber)],
  ]);

  // 5. Incidents by kind and severity (every kind, zeros too).
  heading('5. Sự cố');
  const inc = f.incidents ?? { total: 0, byKind: {}, bySeverity: {} };
  figureTable(`Theo loại (tổng số ${vnNumber(inc.total)} vụ)`, [
    ...INCIDENT_KINDS.map((k): [string, string] => [
      INCIDENT_KIND_LABELS[k] ?? k,
      vnNumber(inc.byKind[k] ?? 0),
    ]),
  ]);
  figureTable(
    'Theo mức độ',
    INCIDENT_SEVERITIES.map((s): [string, string] => [
      INCIDENT_SEVERITY_LABELS[s] ?? s,
      vnNumber(inc.bySeverity[s] ?? 0),
    ]),
  );

  // 6. Nutrition.
  heading('6. Dinh dưỡng');
  figureTable(
    'Chỉ tiêu',
    f.nutrition.recorded
      ? [
          ['Suất ăn đã phục vụ', vnNumber(f.nutrition.value.mealsServed)],
          ['Suất ăn bị bỏ', vnNumber(f.nutrition.value.mealsRefused)],
          [`Người có chế độ ăn đặc biệt ${words.end}`, vnNumber(f.nutrition.value.specialDiets)],
        ]
      : [['Suất ăn', 'Chưa tổng hợp']],
  );

  // 7. Schooling: every level.
  heading('7. Học tập, học nghề');
  const school = f.schooling.recorded ? f.schooling.value : {};
  figureTable(
    'Cấp học',
    Object.entries(LEVEL_LABELS).map(([lvl, label]): [string, string] => [
      label,
      f.schooling.recorded ? vnNumber(school[lvl] ?? 0) : 'Chưa tổng hợp',
    ]),
  );

  // 8. Social work.
  const s = f.socialWork;
  heading('8. Công tác xã hội');
  figureTable('Chỉ tiêu', [
    ['Buổi tư vấn', shown(s.counselling, (v) => vnNumber(v.sessions))],
    ['Người được tư vấn', shown(s.counselling, (v) => vnNumber(v.people))],
    ['Trường hợp được quản lý mới', shown(s.casesOpened, vnNumber)],
    ['Trường hợp kết thúc quản lý', shown(s.casesClosed, vnNumber)],
    ['Lượt theo dõi sau hòa nhập cộng đồng', vnNumber(s.followUpsDone)],
  ]);
}
