import PDFDocument from 'pdfkit';
import { DISCHARGE_GROUNDS } from '../../discharge/discharge.enums';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES, SHIFTS } from '../../daily-care/care.enums';
import type { Facility } from '../../facilities/facility.entity';
import {
  CATEGORY_CODES,
  CHILD_CATEGORY,
  CHILD_CATEGORY_LABEL,
  RESIDENT_CATEGORIES,
} from '../../residents/model/categories';
import type {
  AllowanceFigures,
  MonthlyFigures,
  Recorded,
  StaffingFigures,
  StaffRoleFigures,
} from '../monthly-figures';
import type { ReportKind } from '../report.entity';
import { FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, FONT_REGULAR } from './fonts';
import { vnDate } from '../../calendar/dates';
import { placeAndDate, vnMoney, vnNumber } from './format';
import { periodWords, type PeriodWords } from './period-words';

export interface MonthlyReportInput {
  facility: Facility;
  figures: MonthlyFigures;
  reportNo: string;
  issuedOn: string;
  version: number;
  /** Said on a regenerated version: what changed since the previous one, and why. */
  revisionNote: string | null;
  remarks: string | null;
  /** Who made it; null: the scheduled draft. Not printed: the document is the director's. */
  preparedBy: string | null;
  /** A draft carries "DỰ THẢO" and no number; the finalised report is rendered again with both. */
  draft: boolean;
  generatedAt: Date;
  kind: ReportKind;
  /** 2026-10, 2026-H1, 2026 */
  period: string;
  /** "Số liệu tính đến ngày …": the period's last day, or the generation day if earlier. */
  asOf: string;
}

const AGE_BAND_LABELS: Record<string, string> = {
  under4: 'Dưới 4 tuổi',
  '4-5': 'Từ 4 đến 5 tuổi',
  '6-10': 'Từ 6 đến 10 tuổi',
  '11-15': 'Từ 11 đến 15 tuổi',
  '16-17': 'Từ 16 đến 17 tuổi',
  '18-59': 'Từ 18 đến 59 tuổi',
  '60-79': 'Từ 60 đến 79 tuổi',
  '80+': 'Từ 80 tuổi trở lên',
};

const LEVEL_LABELS: Record<string, string> = {
  nursery: 'Mầm non',
  primary: 'Tiểu học',
  lower_secondary: 'Trung học cơ sở',
  upper_secondary: 'Trung học phổ thông',
  vocational_intermediate: 'Trung cấp nghề',
  college: 'Cao đẳng',
  university: 'Đại học',
  continuing_education: 'Giáo dục thường xuyên',
  special_education: 'Giáo dục chuyên biệt',
};

const INCIDENT_KIND_LABELS: Record<string, string> = {
  fall: 'Té ngã',
  injury: 'Chấn thương',
  illness: 'Ốm đau đột xuất',
  aggression: 'Hành vi gây hấn',
  self_harm: 'Tự gây thương tích',
  running_away: 'Tự ý bỏ đi',
  suspected_abuse: 'Nghi bị xâm hại, bạo lực',
  death: 'Tử vong',
};

const INCIDENT_SEVERITY_LABELS: Record<string, string> = {
  minor: 'Nhẹ',
  moderate: 'Trung bình',
  serious: 'Nghiêm trọng',
  critical: 'Đặc biệt nghiêm trọng',
};

const SHIFT_LABELS: Record<string, string> = {
  morning: 'Ca sáng',
  afternoon: 'Ca chiều',
  night: 'Ca đêm',
};

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

/** The staff roles as the section names them (TT 33/2017 Điều 5 names the first three). */
const STAFF_ROLE_LABELS: Record<string, string> = {
  caretaker: 'Nhân viên chăm sóc',
  social_worker: 'Nhân viên công tác xã hội',
  nurse: 'Nhân viên y tế',
  admin: 'Quản lý, hành chính',
};

/** 2.5 → "2,5" */
const vnDecimal = (n: number): string => n.toFixed(1).replace('.', ',');

/** Above the requirement "+1", below it "−2", on it "0"; no requirement: a dash. */
function againstRequired(have: number, required: number | null): string {
  if (required === null) return '—';
  const d = have - required;
  return d > 0 ? `+${vnNumber(d)}` : d < 0 ? `−${vnNumber(-d)}` : '0';
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
  rows.push(['Tổng số', vnNumber(sum((r) => r.onLastDay)), vnDecimal(sum((r) => r.average)), '', '']);
  return rows;
}

/** What the annex says of a movement: one phrase, no word said twice. */
const MOVEMENT_LABELS: Record<string, string> = {
  regular: 'Tiếp nhận thường xuyên',
  emergency: 'Tiếp nhận khẩn cấp',
  voluntary: 'Tiếp nhận theo hợp đồng tự nguyện',
  readmitted: 'Tiếp nhận lại',
  death: 'Chết',
  transferred: 'Chuyển cơ sở khác',
};

const categoryLabel = (c: string): string =>
  c === CHILD_CATEGORY
    ? CHILD_CATEGORY_LABEL.vi
    : ((RESIDENT_CATEGORIES as Record<string, { vi: string }>)[c]?.vi ?? c);

function movementLabel(movement: 'admission' | 'discharge', detail: string): string {
  if (MOVEMENT_LABELS[detail]) return MOVEMENT_LABELS[detail];
  const ground = (DISCHARGE_GROUNDS as Record<string, { vi: string }>)[detail]?.vi;
  if (movement === 'discharge') return `Thôi trợ giúp: ${ground ?? detail}`;
  return detail;
}

/** A figure the facility does not record yet: said plainly, without the system's inner words. */
function shown<T>(r: Recorded<T>, fmt: (v: T) => string): string {
  return r.recorded ? fmt(r.value) : 'Chưa tổng hợp';
}

// ND 30/2020/NĐ-CP Phụ lục I: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** Body text 13–14 pt; the heading block 12–13 pt; "Nơi nhận" 12 pt and its list 11 pt. */
const BODY = 13;
const HEAD = 12.5;
const TABLE = 12;
const INDENT = 1.27 * 10 * MM;

interface Column {
  width: number;
  align?: 'left' | 'center' | 'right';
}

/**
 * Renders a report in the format of an administrative document (ND 30/2020/NĐ-CP Phụ lục I):
 * the heading block (issuing body, number and symbol; national motto, place and date), the kind
 * and summary, the recipient, the body in 13 pt Tinos (Times New Roman's metrics), numbered
 * sections whose tables repeat their header on a new page and list every row even at zero, the
 * signature block beside "Nơi nhận", page numbers from page 2, and the annex.
 */
export function renderMonthlyReport(input: MonthlyReportInput): Promise<Buffer> {
  const { facility, figures: f } = input;
  const words = periodWords(input.kind, input.period);
  const period = words.title;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    info: {
      Title: `Báo cáo ${period} — ${facility.name}`,
      Author: facility.name,
      Subject: 'Báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng',
      Creator: 'Mái Ấm',
      CreationDate: input.generatedAt,
    },
    bufferPages: true,
  });
  // Fonts are named by their file path, not registered under short names: a font first opened
  // under another name is parsed again from the file on every switch back to it.
  doc.font(FONT_REGULAR);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  const left = MARGINS.left;
  const width = doc.page.width - left - MARGINS.right;
  const bottom = () => doc.page.height - MARGINS.bottom;

  // The heading block: issuing body (left), national motto (right).
  const leftW = width * 0.42;
  const rightW = width * 0.58;
  const rx = left + leftW;
  const top = doc.y;
  if (input.draft) {
    doc.font(FONT_BOLD).fontSize(11);
    doc.rect(left + width - 78, top - 34, 78, 20).stroke();
    doc.text('DỰ THẢO', left + width - 78, top - 29, { width: 78, align: 'center' });
  }
  doc
    .font(FONT_REGULAR)
    .fontSize(HEAD)
    .text(facility.governingBody.toUpperCase(), left, top, { width: leftW, align: 'center' });
  doc.font(FONT_BOLD).text(facility.name.toUpperCase(), { width: leftW, align: 'center' });
  const lineL = doc.y + 2;
  doc
    .moveTo(left + leftW / 2 - 30, lineL)
    .lineTo(left + leftW / 2 + 30, lineL)
    .lineWidth(0.6)
    .stroke();
  const number = input.reportNo.startsWith('…')
    ? `      ${input.reportNo.slice(1)}`
    : input.reportNo;
  doc
    .font(FONT_REGULAR)
    .fontSize(BODY)
    .text(`Số: ${number}`, left, lineL + 8, { width: leftW, align: 'center' });
  const leftBottom = doc.y;

  doc
    .font(FONT_BOLD)
    .fontSize(HEAD)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rx, top, { width: rightW, align: 'center' });
  doc.fontSize(BODY);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  doc.text(motto, { width: rightW, align: 'center' });
  const mottoW = doc.widthOfString(motto);
  const lineR = doc.y + 2;
  doc
    .moveTo(rx + rightW / 2 - mottoW / 2, lineR)
    .lineTo(rx + rightW / 2 + mottoW / 2, lineR)
    .stroke();
  doc
    .font(FONT_ITALIC)
    .fontSize(BODY)
    .text(placeAndDate(facility.provinceName, input.issuedOn), rx, lineR + 8, {
      width: rightW,
      align: 'center',
    });

  // Kind and summary, the summary underlined by a short rule.
  doc.y = Math.max(leftBottom, doc.y) + 22;
  doc.x = left;
  doc.font(FONT_BOLD).fontSize(14).text('BÁO CÁO', { width, align: 'center' });
  doc
    .fontSize(BODY)
    .text(`Tình hình nuôi dưỡng, chăm sóc đối tượng ${period}`, { width, align: 'center' });
  if (input.version > 1) {
    doc.font(FONT_ITALIC).text(`(Phiên bản ${input.version})`, { width, align: 'center' });
  }
  const ruleY = doc.y + 3;
  doc
    .moveTo(left + width / 2 - 45, ruleY)
    .lineTo(left + width / 2 + 45, ruleY)
    .stroke();
  doc.y = ruleY + 12;
  doc
    .font(FONT_REGULAR)
    .fontSize(BODY)
    .text(`Kính gửi: ${facility.reportRecipient}`, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.8);

  const paragraph = (text: string, font = FONT_REGULAR) =>
    doc
      .font(font)
      .fontSize(BODY)
      .text(text, left, doc.y, { width, align: 'justify', indent: INDENT, lineGap: 2 });

  if (input.revisionNote) {
    paragraph(input.revisionNote, FONT_ITALIC);
    doc.moveDown(0.3);
  }
  paragraph(
    `${facility.name} báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng ${period} như sau. ` +
      `Số liệu tính đến ngày ${vnDate(input.asOf)}.`,
  );

  const heading = (text: string, keepWith = 90) => {
    doc.moveDown(0.5);
    if (doc.y + keepWith > bottom()) doc.addPage();
    doc.font(FONT_BOLD).fontSize(BODY).text(text, left, doc.y, { width });
    doc.moveDown(0.25);
  };

  /**
   * A table with ruled cells: its header row (bold, shaded) is drawn again at the top of every
   * page it continues on; a row never splits across pages.
   */
  const table = (header: string[], rows: string[][], columns: Column[], size = TABLE) => {
    const pad = 3;
    const total = columns.reduce((a, c) => a + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * width);
    const heightOf = (cells: string[], font: string) => {
      doc.font(font).fontSize(size);
      return (
        Math.max(
          ...cells.map((cell, i) =>
            doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * pad }),
          ),
        ) +
        2 * pad
      );
    };
    const drawRow = (cells: string[], font: string, shade: boolean) => {
      const h = heightOf(cells, font);
      let x = left;
      const y = doc.y;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        if (shade) doc.rect(x, y, w, h).fillAndStroke('#eeeeee', '#000000');
        else doc.rect(x, y, w, h).stroke();
        doc
          .fillColor('#000000')
          .font(font)
          .fontSize(size)
          .text(cell, x + pad, y + pad, {
            width: w - 2 * pad,
            align: columns[i]?.align ?? 'left',
          });
        x += w;
      });
      doc.x = left;
      doc.y = y + h;
    };
    doc.lineWidth(0.5);
    if (
      doc.y + heightOf(header, FONT_BOLD) + heightOf(rows[0] ?? header, FONT_REGULAR) >
      bottom()
    ) {
      doc.addPage();
    }
    drawRow(header, FONT_BOLD, true);
    for (const row of rows) {
      if (doc.y + heightOf(row, FONT_REGULAR) > bottom()) {
        doc.addPage();
        drawRow(header, FONT_BOLD, true);
      }
      drawRow(row, FONT_REGULAR, false);
    }
    doc.moveDown(0.4);
  };
  const figureTable = (header: string, rows: [string, string][]) =>
    table([header, 'Số lượng'], rows, [{ width: 4 }, { width: 1.3, align: 'right' }]);

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
        input.kind === 'monthly'
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
      ...medicineRows(a.commonMedicine, words, input.kind === 'monthly'),
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

  // The last section goes with the signature: a page never holds the signature block alone.
  const remarks = input.remarks?.trim() ? input.remarks.trim() : 'Không có.';
  doc.font(FONT_REGULAR).fontSize(BODY);
  const remarksH = doc.heightOfString(remarks, { width, indent: INDENT, lineGap: 2 });
  const signatureH = 170;
  heading(`${next}. Khó khăn, vướng mắc và đề xuất`, remarksH + signatureH);
  paragraph(remarks);
  doc.moveDown(0.6);
  paragraph(
    `Trên đây là báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng ${period} của ${facility.name}./.`,
  );

  // "Nơi nhận" (left) beside the signer (right), as Phụ lục I lays them out.
  doc.moveDown(0.8);
  if (doc.y + signatureH > bottom()) doc.addPage();
  const ySign = doc.y;
  doc.font(FONT_BOLD_ITALIC).fontSize(12).text('Nơi nhận:', left, ySign, { width: leftW });
  doc
    .font(FONT_REGULAR)
    .fontSize(11)
    .text(`- ${facility.reportRecipient};\n- Lưu: VT.`, left, doc.y, { width: leftW });
  doc
    .font(FONT_BOLD)
    .fontSize(BODY)
    .text('GIÁM ĐỐC', rx, ySign, { width: rightW, align: 'center' });
  doc
    .font(FONT_BOLD)
    .fontSize(BODY)
    .text(facility.directorName ?? '', rx, ySign + 95, { width: rightW, align: 'center' });

  // Annex: who came and who left, by code (no name, no HIV status, no abuse details).
  doc.addPage();
  doc.x = left;
  doc.font(FONT_BOLD).fontSize(BODY).text('Phụ lục', { width, align: 'center' });
  doc.text(`DANH SÁCH ĐỐI TƯỢNG TIẾP NHẬN VÀ THÔI TRỢ GIÚP ${period.toUpperCase()}`, {
    width,
    align: 'center',
  });
  doc
    .font(FONT_ITALIC)
    .fontSize(BODY)
    .text(
      `(Kèm theo Báo cáo số ${number.trim()} ngày ${vnDate(input.issuedOn)} của ${facility.name})`,
      { width, align: 'center' },
    );
  doc.moveDown(0.6);
  if (f.annex.length === 0) {
    paragraph(`Không có đối tượng tiếp nhận hoặc thôi trợ giúp ${words.during}.`);
  } else {
    table(
      ['TT', 'Mã đối tượng', 'Năm sinh', 'Diện đối tượng', 'Ngày', 'Nội dung'],
      f.annex.map((r, i) => [
        String(i + 1),
        r.code,
        r.birthYear === null ? '' : String(r.birthYear),
        r.categories.map(categoryLabel).join('; '),
        vnDate(r.date),
        movementLabel(r.movement, r.detail),
      ]),
      [
        { width: 0.5, align: 'center' },
        { width: 1.7 },
        { width: 0.9, align: 'center' },
        { width: 2.6 },
        { width: 1.2, align: 'center' },
        { width: 2.2 },
      ],
      11,
    );
  }

  // Page numbers: centred in the top margin, from the second page on (Phụ lục I).
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.top = 0;
    doc
      .font(FONT_REGULAR)
      .fontSize(BODY)
      .text(String(i + 1), left, 10 * MM, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
