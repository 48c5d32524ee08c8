import type { EntityManager } from 'typeorm';
import type { AlertsService } from '../../alerts/alerts.service';
import type { Text } from '../../common/errors/messages';
import { conflict } from '../../common/errors/problem.exception';
import { FacilityWrite, updateInFacility } from '../../database/facility-scope';
import { CaseFile } from './case-file.entity';
import { closePlanAlertsOfCase } from './case-file.queries';

export const CASE_NOT_FOUND: Text = { vi: 'Không tìm thấy hồ sơ trường hợp', en: 'Case not found' };

/** A closed case takes no more changes (409). */
export function assertCaseOpen(c: CaseFile): void {
  if (c.step === 'closed') {
    throw conflict({ vi: 'Hồ sơ đã đóng', en: 'The case is closed' });
  }
}

/** A versioned change of a case (updateInFacility on `case_file`). */
export function updateCase(
  write: FacilityWrite,
  id: string,
  version: number,
  apply: (before: CaseFile) => Promise<Partial<CaseFile>>,
): Promise<{ before: CaseFile; after: CaseFile }> {
  return updateInFacility(write, CaseFile, 'case_file', id, version, apply, {
    what: CASE_NOT_FOUND,
  });
}

/** A closed case's plan-review and safety-assessment alerts have no cause any more. */
export async function closeCaseAlerts(
  manager: EntityManager,
  alerts: AlertsService,
  caseId: string,
): Promise<void> {
  await alerts.closeForSource(manager, 'case_file', caseId);
  await closePlanAlertsOfCase(manager, caseId);
}
