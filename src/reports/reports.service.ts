import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { addDays, addMonths, todayIn } from '../calendar/dates';
import { conflict, forbidden, invalid, notFound } from '../common/errors/problem.exception';
import { mapPage, Page, paginate } from '../common/http/pagination';
import { Facility } from '../facilities/facility.entity';
import { User } from '../users/user.entity';
import { MonthlyReportDto, PeriodicReportDto, ReportQuery } from './dto/report.dto';
import { MonthlyFigures } from './monthly-figures';
import { MonthlyFiguresService } from './monthly-figures.service';
import { renderMonthlyReport } from './pdf/monthly-report.pdf';
import { figuresAsOf, periodWords } from './pdf/period-words';
import { issueNumber, reportSymbolOf } from './register/document-register.service';
import { Report, ReportKind } from './report.entity';
import { ReportView, toReportView } from './report.view';

export const GENERATOR = 'mai-am/monthly-report@1';
const REPORT = { vi: 'Không tìm thấy báo cáo', en: 'Report not found' };

/** The figures that differ between two versions, as dotted paths ("census.atEnd"). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  // Key order is not a change: the archived data comes back from jsonb with its keys reordered.
  if (canonical(before) === canonical(after)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(before) || !isObj(after)) return [prefix || '(all)'];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((k) => changedPaths(before[k], after[k], prefix ? `${prefix}.${k}` : k));
}

/** JSON with object keys sorted, so that equal data compares equal whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export interface CorrectedRecord {
  /** The resident's code (a report names nobody). */
  code: string;
  what: 'stay' | 'facts';
}

const CORRECTION_LABEL: Record<CorrectedRecord['what'], string> = {
  stay: 'tiếp nhận, thôi trợ giúp',
  facts: 'diện đối tượng, phòng, trạng thái',
};

/**
 * The records about the period written after the previous version was made: stay events dated in
 * the period, and facts (resident_fact) that held on a day of it. Changes dated after the period
 * are not among them: they do not touch its figures. A facts row that differs from the one before
 * it only by the HIV status is not named either: a code beside a changed count of children with
 * HIV would tell who.
 */
async function correctedRecords(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
  since: Date,
): Promise<CorrectedRecord[]> {
  return manager.query(
    `SELECT DISTINCT r.code, x.what FROM (
       SELECT resident_id, 'stay' AS what FROM resident_event
        WHERE facility_id = $1 AND event_date BETWEEN $2 AND $3 AND created_at > $4
       UNION
       SELECT f.resident_id, 'facts' FROM resident_fact f
         LEFT JOIN LATERAL (
           SELECT p.* FROM resident_fact p WHERE p.resident_id = f.resident_id AND p.valid_from < f.valid_from
            ORDER BY p.valid_from DESC LIMIT 1
         ) p ON true
        WHERE f.facility_id = $1 AND f.recorded_at > $4 AND f.valid_from <= $3 AND (f.valid_to IS NULL OR f.valid_to > $2)
          AND (p.id IS NULL OR p.categories IS DISTINCT FROM f.categories OR p.room_id IS DISTINCT FROM f.room_id
               OR p.status IS DISTINCT FROM f.status OR p.disability_level IS DISTINCT FROM f.disability_level)
     ) x JOIN resident r ON r.id = x.resident_id
     ORDER BY r.code, x.what`,
    [facilityId, first, last, since],
  );
}

/**
 * The document's words for a section whose figures changed (the archived `changedFigures` keep the
 * exact figures, for the API): a department reads "Cơ cấu đối tượng", not composition.bySex.female.
 */
const SECTION_WORDS: Record<string, string> = {
  month: 'kỳ báo cáo',
  census: 'Số lượng đối tượng',
  composition: 'Cơ cấu đối tượng',
  allowance: 'Kinh phí trợ cấp nuôi dưỡng',
  health: 'Chăm sóc sức khỏe',
  incidents: 'Sự cố',
  nutrition: 'Dinh dưỡng',
  schooling: 'Học tập, học nghề',
  socialWork: 'Công tác xã hội',
  staffing: 'Nhân viên chăm sóc theo định mức',
  staffByRole: 'Nhân sự theo vị trí so với định mức',
  byMonth: 'Biến động đối tượng theo tháng',
  annex: 'phụ lục danh sách đối tượng',
};

/** What a regenerated version says: what it replaces, why, which figures and records changed. */
function revisionNote(
  version: number,
  reason: string | null,
  changed: string[] | null,
  corrected: CorrectedRecord[] | null,
): string | null {
  if (version === 1) return null;
  const sections = [
    ...new Set((changed ?? []).map((c) => SECTION_WORDS[c.split('.')[0] ?? ''] ?? 'số liệu khác')),
  ];
  const figures =
    sections.length > 0
      ? `Số liệu đã điều chỉnh ở các mục: ${sections.join(', ')}.`
      : 'Số liệu không thay đổi.';
  const records =
    corrected && corrected.length > 0
      ? ` Hồ sơ của kỳ được ghi hoặc sửa sau phiên bản ${version - 1}: ${corrected
          .slice(0, 20)
          .map((c) => `${c.code} (${CORRECTION_LABEL[c.what]})`)
          .join(', ')}${corrected.length > 20 ? ` và ${corrected.length - 20} hồ sơ khác` : ''}.`
      : '';
  return `Phiên bản ${version} thay thế phiên bản ${version - 1}. Lý do: ${reason}. ${figures}${records}`;
}

function periodOf(kind: ReportKind, period: string): Period {
  return kind === 'monthly' ? monthPeriod(period) : periodicPeriod(period);
}

interface Period {
  kind: ReportKind;
  period: string;
  first: string;
  last: string;
  label: string;
}

function monthPeriod(month: string): Period {
  const first = `${month}-01`;
  return {
    kind: 'monthly',
    period: month,
    first,
    last: addDays(addMonths(first, 1), -1),
    label: month,
  };
}

function periodicPeriod(period: string): Period {
  const year = period.slice(0, 4);
  return period.endsWith('-H1')
    ? {
        kind: 'six_monthly',
        period,
        first: `${year}-01-01`,
        last: `${year}-06-30`,
        label: `6 tháng đầu năm ${year}`,
      }
    : {
        kind: 'annual',
        period,
        first: `${year}-01-01`,
        last: `${year}-12-31`,
        label: `năm ${year}`,
      };
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: MonthlyFiguresService,
    private readonly audit: AuditService,
  ) {}

  generateMonthly(actor: FacilityActor, dto: MonthlyReportDto): Promise<ReportView> {
    return this.generate(
      actor.facilityId,
      actor,
      monthPeriod(dto.month),
      dto.remarks ?? null,
      dto.reason ?? null,
    );
  }

  generatePeriodic(actor: FacilityActor, dto: PeriodicReportDto): Promise<ReportView> {
    return this.generate(
      actor.facilityId,
      actor,
      periodicPeriod(dto.period),
      dto.remarks ?? null,
      dto.reason ?? null,
    );
  }

  /** The scheduled draft of last month, if the facility has no report for it yet. */
  async generateDraftIfMissing(
    manager: EntityManager,
    facilityId: string,
    month: string,
  ): Promise<boolean> {
    const exists = await manager.existsBy(Report, { facilityId, kind: 'monthly', period: month });
    if (exists) return false;
    await this.generateIn(manager, facilityId, null, monthPeriod(month), null, null);
    return true;
  }

  private generate(
    facilityId: string,
    actor: FacilityActor,
    p: Period,
    remarks: string | null,
    reason: string | null,
  ): Promise<ReportView> {
    return this.dataSource.transaction((manager) =>
      this.generateIn(manager, facilityId, actor, p, remarks, reason),
    );
  }

  /**
   * Computes the figures, checks the census identity, renders the PDF and archives bytes, data
   * and hash as a new version. A regeneration needs a reason and lists the figures that changed.
   */
  private async generateIn(
    manager: EntityManager,
    facilityId: string,
    actor: FacilityActor | null,
    p: Period,
    remarks: string | null,
    reason: string | null,
  ): Promise<ReportView> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `mai-am:report:${facilityId}:${p.kind}:${p.period}`,
    ]);
    const facility = await manager.findOneByOrFail(Facility, { id: facilityId });
    const today = todayIn(facility.timezone);
    if (p.first > today) {
      throw invalid([
        {
          field: p.kind === 'monthly' ? 'month' : 'period',
          code: 'futurePeriod',
          text: { vi: 'Kỳ báo cáo chưa bắt đầu', en: 'The period has not started' },
        },
      ]);
    }
    const previous = await manager.findOne(Report, {
      where: { facilityId, kind: p.kind, period: p.period },
      order: { reportVersion: 'DESC' },
    });
    if (previous && !reason) {
      throw invalid([
        {
          field: 'reason',
          code: 'isDefined',
          text: {
            vi: `Kỳ này đã có báo cáo (phiên bản ${previous.reportVersion}); cần lý do lập lại`,
            en: `This period already has a report (version ${previous.reportVersion}); give the reason for a new version`,
          },
        },
      ]);
    }
    const figures: MonthlyFigures =
      p.kind === 'monthly'
        ? await this.figures.compute(manager, facilityId, p.period)
        : await this.figures.computeRange(manager, facilityId, p.first, p.last, p.period);
    if (!figures.census.identityHolds) {
      const c = figures.census;
      throw conflict({
        vi: `Số liệu không khớp: đầu kỳ ${c.atStart} + vào ${c.admittedTotal} − ra ${c.discharged + c.deaths + c.transfers} ≠ cuối kỳ ${c.atEnd}; kiểm tra lịch sử tiếp nhận`,
        en: `Census does not add up: ${c.atStart} + ${c.admittedTotal} − ${c.discharged + c.deaths + c.transfers} ≠ ${c.atEnd}; check the stay history`,
      });
    }
    const changed = previous ? changedPaths(previous.data, figures) : null;
    const corrected = previous
      ? await correctedRecords(manager, facilityId, p.first, p.last, previous.generatedAt)
      : null;
    const reportVersion = (previous?.reportVersion ?? 0) + 1;
    // A draft has no number yet: the register gives one when the report is finalised.
    const reportNo = `…/${await reportSymbolOf(manager, facility)}`;
    const preparer = actor ? await manager.findOneBy(User, { id: actor.id }) : null;
    const generatedAt = new Date();
    const pdf = await renderMonthlyReport({
      facility,
      figures,
      reportNo,
      issuedOn: today,
      version: reportVersion,
      revisionNote: revisionNote(reportVersion, reason, changed, corrected),
      remarks,
      preparedBy: preparer?.fullName ?? null,
      generatedAt,
      kind: p.kind,
      period: p.period,
      asOf: figuresAsOf(p.last, today),
      draft: true,
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const saved = await manager.save(
      manager.create(Report, {
        facilityId,
        kind: p.kind,
        period: p.period,
        reportVersion,
        status: 'draft',
        reportNo,
        issuedOn: today,
        reason,
        changedFigures: changed,
        correctedRecords: corrected,
        remarks,
        data: figures,
        pdf,
        sha256,
        pdfBytes: pdf.length,
        generator: GENERATOR,
        generatedBy: actor?.id ?? null,
        generatedAt,
        finalisedBy: null,
        finalisedAt: null,
      }),
    );
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'report',
      entityId: saved.id,
      facilityId,
      changes: {
        period: { before: null, after: p.period },
        reportVersion: { before: null, after: reportVersion },
        sha256: { before: null, after: sha256 },
        reason: { before: null, after: reason },
      },
    });
    return toReportView(saved);
  }

  /** Admins see their facility's reports; officers the final reports of their province's facilities. */
  private scope(actor: Actor, alias = 'r') {
    const qb = this.dataSource.getRepository(Report).createQueryBuilder(alias);
    if (actor.role === Role.Admin && actor.facilityId) {
      qb.where(`${alias}.facilityId = :f`, { f: actor.facilityId });
    } else if (actor.role === Role.Officer && actor.provinceCode) {
      // A subquery, not a join: the keyset order is an expression, which TypeORM cannot page
      // over a joined query.
      qb.where(`${alias}.facilityId IN (SELECT f.id FROM facility f WHERE f.province_code = :p)`, {
        p: actor.provinceCode,
      }).andWhere(`${alias}.status = 'final'`);
    } else {
      throw forbidden();
    }
    return qb;
  }

  async list(actor: Actor, query: ReportQuery): Promise<Page<ReportView>> {
    const qb = this.scope(actor);
    if (query.period) qb.andWhere('r.period = :period', { period: query.period });
    const page = await paginate(
      qb,
      [
        // The cursor carries milliseconds (JSON) while generated_at may keep microseconds: key on
        // the millisecond, or a page boundary inside one millisecond skips or repeats reports.
        {
          sql: "date_trunc('milliseconds', r.generatedAt)",
          value: (r) => r.generatedAt.toISOString(),
        },
        { sql: 'r.id', value: (r) => r.id },
      ],
      query,
      'DESC',
    );
    return mapPage(page, toReportView);
  }

  async get(actor: Actor, id: string): Promise<ReportView> {
    const report = await this.scope(actor).andWhere('r.id = :id', { id }).getOne();
    if (!report) throw notFound(REPORT);
    return toReportView(report);
  }

  /** The archived bytes, exactly as generated, with their hash. */
  async pdf(
    actor: Actor,
    id: string,
  ): Promise<{ bytes: Buffer; sha256: string; filename: string }> {
    const report = await this.scope(actor)
      .addSelect('r.pdf')
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!report) throw notFound(REPORT);
    return {
      bytes: report.pdf,
      sha256: report.sha256,
      filename: `bao-cao-${report.period}-v${report.reportVersion}.pdf`,
    };
  }

  async finalise(actor: FacilityActor, id: string): Promise<ReportView> {
    return this.dataSource.transaction(async (manager) => {
      const report = await manager
        .getRepository(Report)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id AND r.facilityId = :f', { id, f: actor.facilityId })
        .getOne();
      if (!report) throw notFound(REPORT);
      if (report.status === 'final')
        throw conflict({ vi: 'Báo cáo đã được chốt', en: 'The report is already final' });
      const newer = await manager
        .getRepository(Report)
        .createQueryBuilder('r')
        .where('r.facilityId = :f AND r.kind = :k AND r.period = :p AND r.reportVersion > :v', {
          f: actor.facilityId,
          k: report.kind,
          p: report.period,
          v: report.reportVersion,
        })
        .getExists();
      if (newer)
        throw conflict({
          vi: 'Đã có phiên bản mới hơn; chốt phiên bản mới nhất',
          en: 'A newer version exists; finalise the latest',
        });
      const facility = await manager.findOneByOrFail(Facility, { id: actor.facilityId });
      const today = todayIn(facility.timezone);
      const p = periodOf(report.kind, report.period);
      const finaliser = await manager.findOneByOrFail(User, { id: actor.id });
      const preparer = report.generatedBy
        ? await manager.findOneBy(User, { id: report.generatedBy })
        : null;
      const entry = await issueNumber(manager, facility, {
        issuedOn: today,
        docType: 'Báo cáo',
        summary: `Báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng ${periodWords(report.kind, report.period).title}`,
        signer: facility.directorName ?? finaliser.fullName,
        reportId: report.id,
        createdBy: actor.id,
      });
      // The issued document: the archived figures, unchanged, with the register's number and the
      // day of issue. The draft's hash stays in the audit entry.
      const pdf = await renderMonthlyReport({
        facility,
        figures: report.data as MonthlyFigures,
        reportNo: entry.documentNo,
        issuedOn: today,
        version: report.reportVersion,
        revisionNote: revisionNote(
          report.reportVersion,
          report.reason,
          report.changedFigures,
          report.correctedRecords,
        ),
        remarks: report.remarks,
        preparedBy: preparer?.fullName ?? finaliser.fullName,
        generatedAt: report.generatedAt,
        kind: report.kind,
        period: report.period,
        asOf: figuresAsOf(p.last, report.issuedOn),
        draft: false,
      });
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      await manager.update(
        Report,
        { id },
        {
          status: 'final',
          finalisedBy: actor.id,
          finalisedAt: new Date(),
          reportNo: entry.documentNo,
          issuedOn: today,
          pdf,
          sha256,
          pdfBytes: pdf.length,
        },
      );
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'report',
        entityId: id,
        changes: {
          status: { before: 'draft', after: 'final' },
          reportNo: { before: report.reportNo, after: entry.documentNo },
          sha256: { before: report.sha256, after: sha256 },
        },
      });
      const after = await manager.findOneByOrFail(Report, { id });
      return toReportView(after);
    });
  }
}
