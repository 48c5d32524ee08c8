import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { conflict, fieldError, invalid } from '../../common/errors/problem.exception';
import { facilityToday } from '../../database/facility-scope';
import { CloseCaseDto, EvaluateCaseDto } from './case.dto';
import { CaseFileView, toCaseFileView } from './case-file.view';
import { assertCaseOpen, closeCaseAlerts, updateCase } from './case-file.write';

/**
 * Step 5 of a case (TT 02/2020) by hand: the evaluation of the results, then the closing, which
 * needs it. (The discharge closes a case without: CasesService.closeForDischarge.)
 */
@Injectable()
export class CaseClosingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
  ) {}

  /** Step 5, first half: the evaluation of the results (needed before closing). */
  async evaluate(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: EvaluateCaseDto,
  ): Promise<CaseFileView> {
    return this.dataSource.transaction(async (manager) => {
      const write = { manager, actor, audit: this.audit };
      const { after } = await updateCase(write, id, version, async (before) => {
        assertCaseOpen(before);
        const today = await facilityToday(manager, actor);
        if (dto.evaluatedOn < before.openedOn || dto.evaluatedOn > today) {
          throw invalid([
            fieldError(
              'evaluatedOn',
              'outOfCase',
              'Ngày đánh giá phải sau ngày mở hồ sơ và không ở tương lai',
              'The evaluation date must be after the opening and not in the future',
            ),
          ]);
        }
        return {
          evaluatedOn: dto.evaluatedOn,
          evaluationOutcome: dto.outcome,
          evaluation: dto.evaluation,
        };
      });
      return toCaseFileView(after);
    });
  }

  /** Step 5, second half: closing needs the evaluation (409 without). */
  async close(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: CloseCaseDto,
  ): Promise<CaseFileView> {
    return this.dataSource.transaction(async (manager) => {
      const write = { manager, actor, audit: this.audit };
      const { after } = await updateCase(write, id, version, async (before) => {
        assertCaseOpen(before);
        if (!before.evaluatedOn) {
          throw conflict({
            vi: 'Cần đánh giá kết quả trước khi đóng hồ sơ (bước 5, TT 02/2020)',
            en: 'Record the evaluation before closing the case (step 5, TT 02/2020)',
          });
        }
        const today = await facilityToday(manager, actor);
        if (dto.closedOn < before.evaluatedOn || dto.closedOn > today) {
          throw invalid([
            fieldError(
              'closedOn',
              'beforeEvaluation',
              'Ngày đóng phải sau ngày đánh giá và không ở tương lai',
              'The closing date must be after the evaluation and not in the future',
            ),
          ]);
        }
        return {
          step: 'closed',
          closedOn: dto.closedOn,
          closureReason: dto.reason,
          closureNote: dto.note ?? null,
        };
      });
      await closeCaseAlerts(manager, this.alerts, after.id);
      return toCaseFileView(after);
    });
  }
}
