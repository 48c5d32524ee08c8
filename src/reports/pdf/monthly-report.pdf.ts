import PDFDocument from 'pdfkit';
import { DISCHARGE_GROUNDS } from '../../discharge/discharge.enums';
import type { Facility } from '../../facilities/facility.entity';
import {
  CHILD_CATEGORY,
  CHILD_CATEGORY_LABEL,
  RESIDENT_CATEGORIES,
} from '../../residents/categories';
import type { MonthlyFigures, Recorded } from '../monthly-figures';
import type { ReportKind } from '../report.entity';
import { periodWords } from './period-words';
import { FONT_BOLD, FONT_ITALIC, FONT_REGULAR } from './fonts';
import { placeAndDate, vnDate, vnMoney, vnNumber } from './format';

export interface MonthlyReportInput {
  facility: Facility;
  figures: MonthlyFigures;
  reportNo: string;
  issuedOn: string;
  version: number;
  /** Said on a regenerated version: what changed since the previous one, and why. */
  revisionNote: string | null;
  remarks: string | null;
  /** Who made it; null: the scheduled draft (the line stays blank for a name). */
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
  not_enrolled: 'Không đi học',
};

const categoryLabel = (c: string): string =>
  c === CHILD_CATEGORY
    ? CHILD_CATEGORY_LABEL.vi
    : ((RESIDENT_CATEGORIES as Record<string, { vi: string }>)[c]?.vi ?? c);
const groundLabel = (g: string): string =>
  (DISCHARGE_GROUNDS as Record<string, { vi: string }>)[g]?.vi ??
  (
    {
      death: 'Chết',
      transferred: 'Chuyển cơ sở khác',
      readmitted: 'Tiếp nhận lại',
      regular: 'Tiếp nhận thường xuyên',
      emergency: 'Tiếp nhận khẩn cấp',
      voluntary: 'Tự nguyện',
    } as Record<string, string>
  )[g] ??
  g;

function shown<T>(r: Recorded<T>, fmt: (v: T) => string): string {
  return r.recorded ? fmt(r.value) : `— (${r.note})`;
}

/**
 * Renders the monthly report in the layout of an official letter (Nghị định 30/2020 on
 * administrative documents, simplified): A4 portrait, Vietnamese throughout, DejaVu Sans.
 */
export function renderMonthlyReport(input: MonthlyReportInput): Promise<Buffer> {
  const { facility, figures: f } = input;
  const words = periodWords(input.kind, input.period);
  const period = words.title;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 70, right: 50 },
    info: {
      Title: `Báo cáo ${period} — ${facility.name}`,
      Author: facility.name,
      Subject: 'Báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng',
      Creator: 'Mái Ấm',
      CreationDate: input.generatedAt,
    },
    bufferPages: true,
  });
  // Fonts are named by their file path, not registered under short names: pdfkit's tables restore
  // the previous font by its path after each styled cell, and a font first opened under another
  // name is parsed again from the file on every such restore (seconds for a long annex).
  doc.font(FONT_REGULAR);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const colW = width / 2 - 6;
  const top = doc.y;
  if (input.draft) {
    // Not yet issued: no number, and said so above the heading.
    doc
      .font(FONT_BOLD)
      .fontSize(10)
      .text('DỰ THẢO', left + width - 80, top - 28, { width: 80, align: 'center' });
    doc.rect(left + width - 80, top - 32, 80, 18).stroke();
    doc.x = left;
    doc.y = top;
  }

  // Header: the issuing body (left) and the national motto (right).
  doc
    .font(FONT_REGULAR)
    .fontSize(10)
    .text(facility.governingBody.toUpperCase(), left, top, { width: colW, align: 'center' });
  doc.font(FONT_BOLD).text(facility.name.toUpperCase(), { width: colW, align: 'center' });
  const yLeft = doc.y + 2;
  doc
    .moveTo(left + colW / 2 - 40, yLeft)
    .lineTo(left + colW / 2 + 40, yLeft)
    .stroke();
  doc
    .font(FONT_REGULAR)
    .text(`Số: ${input.reportNo}`, left, yLeft + 6, { width: colW, align: 'center' });
  const leftBottom = doc.y;

  const rx = left + colW + 12;
  doc
    .font(FONT_BOLD)
    .fontSize(10)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rx, top, { width: colW, align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', { width: colW, align: 'center' });
  const yRight = doc.y + 2;
  doc
    .moveTo(rx + colW / 2 - 75, yRight)
    .lineTo(rx + colW / 2 + 75, yRight)
    .stroke();
  doc.font(FONT_ITALIC).text(placeAndDate(facility.provinceName, input.issuedOn), rx, yRight + 6, {
    width: colW,
    align: 'center',
  });

  doc.y = Math.max(leftBottom, doc.y) + 18;
  doc.x = left;
  doc.font(FONT_BOLD).fontSize(13).text('BÁO CÁO', { width, align: 'center' });
  doc
    .fontSize(11)
    .text(`Tình hình nuôi dưỡng, chăm sóc đối tượng ${period}`, { width, align: 'center' });
  if (input.version > 1)
    doc
      .font(FONT_ITALIC)
      .fontSize(9)
      .text(`(Phiên bản ${input.version})`, { width, align: 'center' });
  doc.moveDown(0.6);
  doc
    .font(FONT_REGULAR)
    .fontSize(11)
    .text(`Kính gửi: ${facility.reportRecipient}`, { width, align: 'center' });
  doc.moveDown(0.8);
  if (input.revisionNote) {
    doc.font(FONT_ITALIC).fontSize(9).text(input.revisionNote, { width });
    doc.moveDown(0.5);
  }
  doc
    .font(FONT_REGULAR)
    .fontSize(10.5)
    .text(
      `${facility.name} báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng ${period} như sau. ` +
        `Số liệu tính đến ngày ${vnDate(input.asOf)}.`,
      { width },
    );

  const heading = (text: string) => {
    doc.moveDown(0.6);
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.font(FONT_BOLD).fontSize(11).text(text, left, doc.y, { width });
    doc.moveDown(0.3);
    doc.font(FONT_REGULAR).fontSize(10);
  };
  const table = (rows: string[][], columns: (number | string)[]) => {
    doc.x = left;
    doc.table({
      columnStyles: columns,
      rowStyles: (i) =>
        i === 0
          ? { font: { src: FONT_BOLD }, backgroundColor: '#eeeeee' }
          : { font: { src: FONT_REGULAR } },
      defaultStyle: { padding: 3, border: 0.5, fontSize: 9.5 } as never,
      data: rows,
    });
    doc.x = left;
  };

  // 1. Census
  const c = f.census;
  heading('1. Số lượng đối tượng');
  table(
    [
      ['Chỉ tiêu', 'Số người'],
      [`Số đối tượng ${words.start}`, vnNumber(c.atStart)],
      [
        `Tiếp nhận mới — thường xuyên / khẩn cấp / tự nguyện`,
        `${c.admissions.regular ?? 0} / ${c.admissions.emergency ?? 0} / ${c.admissions.voluntary ?? 0}`,
      ],
      ['Tiếp nhận lại', vnNumber(c.admissions.readmitted ?? 0)],
      ...Object.entries(c.dischargesByGround).map(([g, n]) => [
        `Thôi trợ giúp: ${groundLabel(g)}`,
        vnNumber(n),
      ]),
      ['Chết', vnNumber(c.deaths)],
      ['Chuyển cơ sở khác', vnNumber(c.transfers)],
      [`Số đối tượng ${words.end}`, vnNumber(c.atEnd)],
      ['Quyết định thôi trợ giúp chậm (quá 7 ngày làm việc)', vnNumber(c.lateDecisions ?? 0)],
    ],
    ['*', 110],
  );

  // 2. Composition
  const comp = f.composition;
  heading(`2. Cơ cấu đối tượng ${words.end}`);
  table(
    [
      ['Theo diện đối tượng (Nghị định 20/2021, Điều 24)', 'Số người'],
      ...Object.entries(comp.byCategory).map(([cat, n]) => [categoryLabel(cat), vnNumber(n)]),
    ],
    ['*', 110],
  );
  doc.moveDown(0.4);
  table(
    [
      ['Theo giới tính và độ tuổi', 'Số người'],
      ['Nam', vnNumber(comp.bySex.male)],
      ['Nữ', vnNumber(comp.bySex.female)],
      ...Object.entries(comp.byAgeBand).map(([band, n]) => [
        AGE_BAND_LABELS[band] ?? band,
        vnNumber(n),
      ]),
      ['Người dân tộc thiểu số', vnNumber(comp.ethnicMinority)],
      ['Người khuyết tật', vnNumber(comp.disabled)],
      ['Trẻ em nhiễm HIV (chỉ số lượng)', vnNumber(comp.childrenWithHiv)],
    ],
    ['*', 110],
  );

  // 3. Money
  const a = f.allowance;
  heading('3. Kinh phí trợ cấp nuôi dưỡng');
  table(
    [
      ['Chỉ tiêu', 'Giá trị'],
      [
        'Mức chuẩn trợ giúp xã hội áp dụng',
        a.baseLevel === null ? '— (chưa có mức chuẩn)' : vnMoney(a.baseLevel),
      ],
      ['Đối tượng hưởng trợ cấp nuôi dưỡng', vnNumber(a.entitled)],
      ['— hệ số 5,0 (dưới 4 tuổi)', vnNumber(a.coefficient5)],
      ['— hệ số 4,0 (từ 4 tuổi trở lên)', vnNumber(a.coefficient4)],
      [`Tổng kinh phí nuôi dưỡng ${words.during}`, a.totalVnd === null ? '—' : vnMoney(a.totalVnd)],
      [
        'Hỗ trợ mai táng phí',
        `${vnMoney(a.funeralSupportVnd)} (${a.deathsWithFuneralSupport} người)`,
      ],
      ['Thuốc chữa bệnh thông thường', shown(a.commonMedicine, vnMoney)],
    ],
    ['*', 170],
  );

  // 4. Health
  const h = f.health;
  heading('4. Chăm sóc sức khỏe');
  table(
    [
      ['Chỉ tiêu', 'Số lượt / người'],
      [
        `Lượt khám sức khỏe đã thực hiện / đến hạn ${words.during}`,
        `${vnNumber(h.examsDone)} / ${vnNumber(h.examsDueInMonth)}`,
      ],
      [`Lịch khám, tiêm còn quá hạn ${words.end}`, vnNumber(h.overdueAtMonthEnd)],
      ['Mũi tiêm chủng', vnNumber(h.vaccinationsGiven)],
      ['Chuyển tuyến bệnh viện', vnNumber(h.hospitalReferrals)],
      ['Trẻ có dấu hiệu suy dinh dưỡng', shown(h.growthFlags, vnNumber)],
      ['Sự cố nghiêm trọng', shown(h.seriousIncidents, vnNumber)],
    ],
    ['*', 170],
  );

  heading('5. Dinh dưỡng');
  doc.text(
    shown(
      f.nutrition,
      (n) =>
        `Bữa ăn phục vụ: ${vnNumber(n.mealsServed)}; bỏ bữa: ${vnNumber(n.mealsRefused)}; chế độ ăn đặc biệt: ${vnNumber(n.specialDiets)} người.`,
    ),
    { width },
  );

  heading('6. Học tập');
  if (f.schooling.recorded) {
    const rows = Object.entries(f.schooling.value);
    if (rows.length === 0) doc.text('Không có đối tượng đang đi học.', { width });
    else
      table(
        [
          ['Cấp học', 'Số người'],
          ...rows.map(([lvl, n]) => [LEVEL_LABELS[lvl] ?? lvl, vnNumber(n)]),
        ],
        ['*', 110],
      );
  } else {
    doc.text(`— (${f.schooling.note})`, { width });
  }

  const s = f.socialWork;
  heading('7. Công tác xã hội');
  table(
    [
      ['Chỉ tiêu', 'Số lượng'],
      [
        'Buổi tư vấn / người được tư vấn',
        shown(s.counselling, (v) => `${vnNumber(v.sessions)} / ${vnNumber(v.people)}`),
      ],
      ['Tiếp nhận khẩn cấp', vnNumber(s.emergencyAdmissions)],
      [
        'Ca quản lý mở mới / kết thúc',
        `${shown(s.casesOpened, vnNumber)} / ${shown(s.casesClosed, vnNumber)}`,
      ],
      ['Lượt theo dõi sau hòa nhập cộng đồng', vnNumber(s.followUpsDone)],
    ],
    ['*', 170],
  );

  heading('8. Khó khăn, vướng mắc và đề xuất');
  doc.text(input.remarks?.trim() ? input.remarks : 'Không có.', { width });

  // Signatures
  doc.moveDown(1.2);
  if (doc.y > doc.page.height - 170) doc.addPage();
  const ySign = doc.y;
  doc
    .font(FONT_BOLD)
    .fontSize(10.5)
    .text('NGƯỜI LẬP BIỂU', left, ySign, { width: colW, align: 'center' });
  doc.font(FONT_ITALIC).fontSize(9).text('(Ký, ghi rõ họ tên)', { width: colW, align: 'center' });
  doc
    .font(FONT_REGULAR)
    .fontSize(10.5)
    .text(input.preparedBy ?? '', left, ySign + 80, { width: colW, align: 'center' });
  doc.font(FONT_BOLD).fontSize(10.5).text('GIÁM ĐỐC', rx, ySign, { width: colW, align: 'center' });
  doc
    .font(FONT_ITALIC)
    .fontSize(9)
    .text('(Ký, ghi rõ họ tên, đóng dấu)', { width: colW, align: 'center' });
  doc
    .font(FONT_BOLD)
    .fontSize(10.5)
    .text(facility.directorName ?? '', rx, ySign + 80, { width: colW, align: 'center' });
  doc
    .font(FONT_ITALIC)
    .fontSize(9)
    .text('Nơi nhận:', left, ySign + 110, { width: colW });
  doc
    .font(FONT_REGULAR)
    .fontSize(8.5)
    .text(`- ${facility.reportRecipient};\n- Lưu: VT.`, { width: colW });

  // Annex: movements of the month, by person. No HIV status, no abuse details.
  doc.addPage();
  doc.x = left;
  doc
    .font(FONT_BOLD)
    .fontSize(11)
    .text(`PHỤ LỤC: DANH SÁCH ĐỐI TƯỢNG TIẾP NHẬN VÀ THÔI TRỢ GIÚP ${period.toUpperCase()}`, {
      width,
      align: 'center',
    });
  doc
    .font(FONT_ITALIC)
    .fontSize(9)
    .text(`(Kèm theo Báo cáo số ${input.reportNo})`, { width, align: 'center' });
  doc.moveDown(0.6);
  if (f.annex.length === 0) {
    doc
      .font(FONT_REGULAR)
      .fontSize(10)
      .text('Trong kỳ không có đối tượng tiếp nhận hoặc thôi trợ giúp.', { width });
  } else {
    table(
      [
        ['TT', 'Mã đối tượng', 'Năm sinh', 'Diện đối tượng', 'Ngày', 'Nội dung'],
        ...f.annex.map((r, i) => [
          String(i + 1),
          r.code,
          r.birthYear === null ? '' : String(r.birthYear),
          r.categories.map(categoryLabel).join('; '),
          vnDate(r.date),
          `${r.movement === 'admission' ? 'Tiếp nhận' : 'Thôi trợ giúp'}: ${groundLabel(r.detail)}`,
        ]),
      ],
      [24, 100, 44, '*', 58, 110],
    );
  }

  // Page numbers and the generator's mark, on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - 40;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT_REGULAR)
      .fontSize(8)
      .fillColor('#555555')
      .text(
        `Trang ${i + 1}/${range.count} — Báo cáo số ${input.reportNo}, phiên bản ${input.version}, lập bởi Mái Ấm lúc ${stamp(input.generatedAt, facility.timezone)}`,
        left,
        bottom,
        { width, align: 'center', lineBreak: false },
      );
    doc.fillColor('#000000');
  }
  doc.end();
  return done;
}

/** "14:05 ngày 01/12/2026" in the facility's time zone, for the page footer. */
function stamp(at: Date, timeZone: string): string {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, ...options }).format(at);
  return `${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })} ngày ${part({ day: '2-digit', month: '2-digit', year: 'numeric' })}`;
}
