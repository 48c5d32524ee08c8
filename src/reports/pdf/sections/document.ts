import { vnDate } from '../../../calendar/dates';
import type { Facility } from '../../../facilities/facility.entity';
import type { MonthlyFigures } from '../../monthly-figures';
import { FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, FONT_REGULAR } from '../fonts';
import { placeAndDate } from '../format';
import { categoryLabel, movementLabel } from '../labels';
import { BODY, HEAD, INDENT, MM, type Writer } from '../layout';
import type { PeriodWords } from '../period-words';

/** What the parts of the document around the figures print. */
export interface DocumentParts {
  facility: Facility;
  reportNo: string;
  issuedOn: string;
  version: number;
  revisionNote: string | null;
  remarks: string | null;
  draft: boolean;
  /** "Số liệu tính đến ngày …" */
  asOf: string;
}

/**
 * The heading block (issuing body, number and symbol; national motto, place and date), the kind
 * and summary, the recipient and the opening paragraph. Returns the number as printed.
 */
export function headingBlock(w: Writer, input: DocumentParts, period: string): string {
  const { doc, left, width, leftW, rightW, rx, paragraph } = w;
  const { facility } = input;
  // The heading block: issuing body (left), national motto (right).
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

  if (input.revisionNote) {
    paragraph(input.revisionNote, FONT_ITALIC);
    doc.moveDown(0.3);
  }
  paragraph(
    `${facility.name} báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng ${period} như sau. ` +
      `Số liệu tính đến ngày ${vnDate(input.asOf)}.`,
  );

  return number;
}

/** The last section (difficulties and proposals) with the signature block beside "Nơi nhận". */
export function closing(w: Writer, input: DocumentParts, next: number, period: string): void {
  const { doc, left, width, leftW, rightW, rx, bottom, heading, paragraph } = w;
  const { facility } = input;
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
}

/** The annex: who came and who left, by code (no name, no HIV status, no abuse details). */
export function annex(
  w: Writer,
  input: DocumentParts,
  f: MonthlyFigures,
  number: string,
  words: PeriodWords,
): void {
  const { doc, left, width, table, paragraph } = w;
  const { facility } = input;
  const period = words.title;
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
}

/** Page numbers: centred in the top margin, from the second page on (Phụ lục I). */
export function pageNumbers(w: Writer): void {
  const { doc, left, width } = w;
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
}
