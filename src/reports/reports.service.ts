import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, FacilityActor } from '../identity/actor';
import { todayIn } from '../calendar/dates';
import { conflict, invalid, notFound } from '../common/errors/problem.exception';
import { mapPage, Page, paginate } from '../common/http/pagination';
import { Facility } from '../facilities/facility.entity';
import { User } from '../users/user.entity';
import { MonthlyReportDto, PeriodicReportDto, ReportQuery } from './dto/report.dto';
import { MonthlyFigures } from './monthly-figures';
import { MonthlyFiguresService } from './monthly-figures.service';
import { renderMonthlyReport } from './pdf/monthly-report.pdf';
import { figuresAsOf } from './pdf/period-words';
import { reportSymbolOf } from './register/document-register.service';
import { Report } from './report.entity';
import { finaliseReport, REPORT } from './report-finalisation';
import { monthPeriod, Period, periodicPeriod } from './report-period';
import { changedPaths, revisionNote } from './report-revision';
import { ReportView, toReportView } from './report.view';
import { correctedRecords, lockReportPeriod, reportScope } from './reports.queries';

export const GENERATOR = 'mai-am/monthly-report@1';

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
    await lockReportPeriod(manager, facilityId, p.kind, p.period);
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

  async list(actor: Actor, query: ReportQuery): Promise<Page<ReportView>> {
    const qb = reportScope(this.dataSource.manager, actor);
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
    const report = await reportScope(this.dataSource.manager, actor)
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!report) throw notFound(REPORT);
    return toReportView(report);
  }

  /** The archived bytes, exactly as generated, with their hash. */
  async pdf(
    actor: Actor,
    id: string,
  ): Promise<{ bytes: Buffer; sha256: string; filename: string }> {
    const report = await reportScope(this.dataSource.manager, actor)
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
    return this.dataSource.transaction((manager) => finaliseReport(manager, this.audit, actor, id));
  }
}
