import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { categoryLabel, shownCategories } from '../residents/model/categories';
import type { ResidentCategory } from '../residents/model/categories';
import { IMPORT_COLUMNS, REGISTER_COLUMNS } from '../residents/import/import-columns';
import {
  ADMISSION_TYPE_WORDS,
  DISABILITY_LEVEL_WORDS,
  MOBILITY_WORDS,
  SEX_WORDS,
  STATUS_WORDS,
} from '../residents/import/import-words';
import { type RegisterRow, registerRows } from './exports.queries';
import { loadExcelJs } from '../common/xlsx/exceljs';

/** One column of the register: its import column (the header), its width, its cell. */
interface ExportColumn {
  key: string;
  header: string;
  width: number;
  date?: boolean;
  value: (r: RegisterRow) => string | number | null;
}

const yes = (b: boolean) => (b ? 'x' : null);

/**
 * The register's columns: identity and stay only — never HIV status or any other sensitive fact
 * (nor the kind of emergency protection: trafficking, abuse…). They are the import's columns
 * (import-columns.ts), in words the import reads, so an export imports into another centre as it
 * is, but for what it must not tell: a child's precise category (categories.ts) and the kind of
 * emergency, which the person moving the register writes from the dossier.
 */
const COLUMNS: ExportColumn[] = (
  [
    ['code', 14, (r) => r.code],
    ['fullName', 28, (r) => r.full_name],
    ['dateOfBirth', 12, (r) => r.date_of_birth, true],
    ['birthYear', 9, (r) => r.birth_year],
    ['birthDateEstimated', 9, (r) => yes(r.birth_date_estimated)],
    ['sex', 9, (r) => SEX_WORDS.label(r.sex)],
    ['ethnicityCode', 12, (r) => r.ethnicity],
    ['categories', 40, (r) => categoriesText(r.categories)],
    ['status', 16, (r) => STATUS_WORDS.label(r.status)],
    ['type', 14, (r) => r.type && ADMISSION_TYPE_WORDS.label(r.type)],
    ['admittedOn', 14, (r) => r.admitted_on, true],
    ['decisionNo', 18, (r) => r.decision_no],
    ['decisionDate', 14, (r) => r.decision_date, true],
    ['foundAt', 20, (r) => r.found_at],
    ['foundOn', 14, (r) => r.found_on, true],
    ['foundBy', 20, (r) => r.found_by],
    ['contractNo', 14, (r) => r.contract_no],
    ['contractStartsOn', 14, (r) => r.contract_starts_on, true],
    ['contractEndsOn', 14, (r) => r.contract_ends_on, true],
    ['payer', 20, (r) => r.payer],
    ['roomCode', 8, (r) => r.room],
    ['bed', 8, (r) => r.bed],
    ['mobility', 14, (r) => MOBILITY_WORDS.label(r.mobility)],
    ['needs24hCare', 10, (r) => yes(r.needs24h_care)],
    ['disabilityKind', 16, (r) => r.disability_kind],
    [
      'disabilityLevel',
      14,
      (r) => r.disability_level && DISABILITY_LEVEL_WORDS.label(r.disability_level),
    ],
    ['hometownProvince', 16, (r) => r.hometown_province],
    ['healthInsuranceNumber', 16, (r) => r.health_insurance_number],
  ] as const satisfies readonly (readonly [string, number, ExportColumn['value'], true?])[]
).map(([key, width, value, date]) => ({ key, header: headerOf(key), width, value, date }));

/** The import's header of a column; the ethnicity holds the group's name, so its alias "Dân tộc". */
function headerOf(key: string): string {
  const column = [...REGISTER_COLUMNS, ...IMPORT_COLUMNS].find((c) => c.key === key);
  if (!column) throw new Error(`no import column ${key}`);
  return key === 'ethnicityCode' ? (column.aliases?.[0] ?? column.header) : column.header;
}

/** An export leaves the system: no category that tells HIV, nor its absence. */
function categoriesText(categories: ResidentCategory[]): string {
  return shownCategories(categories, false)
    .map((c) => categoryLabel(c))
    .join('; ');
}

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe, so an exported name can never run as a formula (CSV injection).
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const v = neutralise(value);
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async rows(actor: FacilityActor): Promise<RegisterRow[]> {
    const rows = await registerRows(this.dataSource.manager, actor.facilityId);
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'read',
      entity: 'resident_export',
      entityId: null,
      changes: { rows: { before: null, after: rows.length } },
    });
    return rows;
  }

  async residentsCsv(actor: FacilityActor): Promise<string> {
    const rows = await this.rows(actor);
    const lines = [COLUMNS.map((c) => csvCell(c.header)).join(',')];
    for (const r of rows)
      lines.push(COLUMNS.map((c) => csvCell(String(c.value(r) ?? ''))).join(','));
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  async residentsXlsx(actor: FacilityActor): Promise<Buffer> {
    const rows = await this.rows(actor);
    const workbook = new (await loadExcelJs()).Workbook();
    const sheet = workbook.addWorksheet('Sổ theo dõi đối tượng');
    sheet.columns = COLUMNS.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: c.date ? { numFmt: 'dd/mm/yyyy' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) {
      sheet.addRow(
        Object.fromEntries(
          COLUMNS.map((c) => {
            const v = c.value(r);
            if (c.date && typeof v === 'string') return [c.key, new Date(`${v}T00:00:00Z`)];
            return [c.key, typeof v === 'string' ? neutralise(v) : v];
          }),
        ),
      );
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
