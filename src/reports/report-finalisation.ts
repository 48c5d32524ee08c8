import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/errors/problem.exception';
import { facilityToday } from '../database/facility-scope';
import { Facility } from '../facilities/facility.entity';
import type { FacilityActor } from '../identity/actor';
import { User } from '../users/user.entity';
import type { MonthlyFigures } from './monthly-figures';
import { renderMonthlyReport } from './pdf/monthly-report.pdf';
import { figuresAsOf, periodWords } from './pdf/period-words';
import { issueNumber } from './register/document-register.service';
import { Report } from './report.entity';
import { periodOf } from './report-period';
import { revisionNote } from './report-revision';
import { ReportView, toReportView } from './report.view';
import { hasNewerVersion, lockReport } from './reports.queries';

export const REPORT = { vi: 'Không tìm thấy báo cáo', en: 'Report not found' };

/**
 * Finalises the latest draft of a period: the register gives its number, and the archived figures
 * are rendered again, unchanged, as the issued document with that number and the day of issue.
 */
export async function finaliseReport(
  manager: EntityManager,
  audit: AuditService,
  actor: FacilityActor,
  id: string,
): Promise<ReportView> {
  const report = await lockReport(manager, id, actor.facilityId);
  if (!report) throw notFound(REPORT);
  if (report.status === 'final')
    throw conflict({ vi: 'Báo cáo đã được chốt', en: 'The report is already final' });
  const newer = await hasNewerVersion(manager, actor.facilityId, report);
  if (newer)
    throw conflict({
      vi: 'Đã có phiên bản mới hơn; chốt phiên bản mới nhất',
      en: 'A newer version exists; finalise the latest',
    });
  const facility = await manager.findOneByOrFail(Facility, { id: actor.facilityId });
  const today = await facilityToday(manager, actor);
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
  await audit.record(manager, actor, {
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
}
