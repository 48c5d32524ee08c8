import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { categoryLabel, shownCategories } from '../residents/categories';
import type { ResidentCategory } from '../residents/categories';

interface RegisterRow {
  code: string;
  full_name: string;
  date_of_birth: string | null;
  birth_year: number | null;
  sex: string;
  ethnicity: string;
  categories: ResidentCategory[];
  status: string;
  admitted_on: string;
  room: string | null;
  hometown_province: string | null;
  health_insurance_number: string | null;
}

/** The register's columns: identity and stay only — never HIV status or any other sensitive fact. */
const COLUMNS: {
  header: string;
  key: Exclude<keyof RegisterRow, 'categories'> | 'categoriesText';
  width: number;
  date?: boolean;
}[] = [
  { header: 'Mã đối tượng', key: 'code', width: 14 },
  { header: 'Họ và tên', key: 'full_name', width: 28 },
  { header: 'Ngày sinh', key: 'date_of_birth', width: 12, date: true },
  { header: 'Năm sinh', key: 'birth_year', width: 9 },
  { header: 'Giới tính', key: 'sex', width: 9 },
  { header: 'Dân tộc', key: 'ethnicity', width: 12 },
  { header: 'Diện đối tượng', key: 'categoriesText', width: 40 },
  { header: 'Trạng thái', key: 'status', width: 12 },
  { header: 'Ngày tiếp nhận', key: 'admitted_on', width: 14, date: true },
  { header: 'Phòng', key: 'room', width: 8 },
  { header: 'Quê quán (tỉnh)', key: 'hometown_province', width: 16 },
  { header: 'Số thẻ BHYT', key: 'health_insurance_number', width: 16 },
];

const SEX_VI: Record<string, string> = { male: 'Nam', female: 'Nữ' };
const STATUS_VI: Record<string, string> = {
  active: 'Đang nuôi dưỡng',
  on_leave: 'Tạm vắng',
  discharged: 'Đã thôi',
  deceased: 'Đã mất',
  transferred: 'Đã chuyển',
};

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

  private async rows(
    actor: FacilityActor,
  ): Promise<(Omit<RegisterRow, 'categories'> & { categoriesText: string })[]> {
    const rows: RegisterRow[] = await this.dataSource.query(
      `SELECT r.code, r.full_name, to_char(r.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, r.birth_year, r.sex,
              e.name AS ethnicity, r.categories, r.status, to_char(r.admitted_on, 'YYYY-MM-DD') AS admitted_on,
              room.code AS room, r.hometown_province, r.health_insurance_number
         FROM resident r JOIN ethnicity e ON e.code = r.ethnicity_code LEFT JOIN room ON room.id = r.room_id
        WHERE r.facility_id = $1 ORDER BY r.sort_name, r.id`,
      [actor.facilityId],
    );
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'read',
      entity: 'resident_export',
      entityId: null,
      changes: { rows: { before: null, after: rows.length } },
    });
    return rows.map(({ categories, ...r }) => ({
      ...r,
      sex: SEX_VI[r.sex] ?? r.sex,
      status: STATUS_VI[r.status] ?? r.status,
      // An export leaves the system: no category that tells HIV, nor its absence.
      categoriesText: shownCategories(categories, false)
        .map((c) => categoryLabel(c))
        .join('; '),
    }));
  }

  async residentsCsv(actor: FacilityActor): Promise<string> {
    const rows = await this.rows(actor);
    const lines = [COLUMNS.map((c) => csvCell(c.header)).join(',')];
    for (const r of rows) lines.push(COLUMNS.map((c) => csvCell(String(r[c.key] ?? ''))).join(','));
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  async residentsXlsx(actor: FacilityActor): Promise<Buffer> {
    const rows = await this.rows(actor);
    const workbook = new ExcelJS.Workbook();
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
            const v = r[c.key];
            if (c.date && typeof v === 'string') return [c.key, new Date(`${v}T00:00:00Z`)];
            return [c.key, typeof v === 'string' ? neutralise(v) : v];
          }),
        ),
      );
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
