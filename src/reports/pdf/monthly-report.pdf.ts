import PDFDocument from 'pdfkit';
import type { Facility } from '../../facilities/facility.entity';
import type { MonthlyFigures } from '../monthly-figures';
import type { ReportKind } from '../report.entity';
import { FONT_REGULAR } from './fonts';
import { MARGINS, writer } from './layout';
import { periodWords } from './period-words';
import { annex, closing, headingBlock, pageNumbers } from './sections/document';
import { figureSections } from './sections/figures';
import { staffingSections } from './sections/staffing';

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

  const w = writer(doc);
  const number = headingBlock(w, input, period);
  figureSections(w, f, words, input.kind);
  const next = staffingSections(w, f, words);
  closing(w, input, next, period);
  annex(w, input, f, number, words);
  pageNumbers(w);
  doc.end();
  return done;
}
