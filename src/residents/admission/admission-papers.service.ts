import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService } from '../../audit/audit.service';
import { conflict, fieldError, FieldError, invalid } from '../../common/errors/problem.exception';
import { facilityToday, findInFacility, updateInFacility } from '../../database/facility-scope';
import type { FacilityActor } from '../../identity/actor';
import { Admission } from '../model/admission.entity';
import { AdmissionView } from '../register/resident.view';
import { ResidentsService } from '../register/residents.service';
import { UpdateAdmissionDto } from './update-admission.dto';
import { PRESENT_STATUSES } from '../model/resident-rules';
import { Resident } from '../model/resident.entity';

const ADMISSION_NOT_FOUND = {
  vi: 'Đối tượng không có lần tiếp nhận đang hiệu lực',
  en: 'The resident has no current admission',
};

/**
 * The papers of a resident's current admission completed after it: the admission decision of an
 * emergency intake (due within 10 working days), documents that arrived later. The dossier alert
 * of an emergency intake closes when its decision is on record.
 */
@Injectable()
export class AdmissionPapersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly residents: ResidentsService,
  ) {}

  /** Completes the papers, then answers the admission as the resident's record shows it. */
  async update(
    actor: FacilityActor,
    residentId: string,
    version: number,
    dto: UpdateAdmissionDto,
  ): Promise<AdmissionView> {
    await this.dataSource.transaction(async (manager) => {
      const resident = await findInFacility(manager, Resident, actor, residentId);
      if (!resident.currentAdmissionId || !PRESENT_STATUSES.includes(resident.status)) {
        throw conflict(ADMISSION_NOT_FOUND);
      }
      const today = await facilityToday(manager, actor);
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        Admission,
        'admission',
        resident.currentAdmissionId,
        version,
        (before) => {
          const merged = {
            decisionNo: dto.decisionNo !== undefined ? dto.decisionNo : before.decisionNo,
            decisionDate: dto.decisionDate !== undefined ? dto.decisionDate : before.decisionDate,
            dossierPresent: dto.dossierPresent ?? before.dossierPresent,
          };
          const errors: FieldError[] = [];
          if (merged.decisionDate !== null && merged.decisionDate > today) {
            errors.push(
              fieldError(
                'decisionDate',
                'futureDate',
                'Ngày quyết định ở tương lai',
                'The decision date is in the future',
              ),
            );
          }
          if (
            merged.dossierPresent.includes('admission_decision') &&
            (!merged.decisionNo || !merged.decisionDate)
          ) {
            errors.push(
              fieldError(
                'dossierPresent',
                'decisionMissing',
                'Có quyết định tiếp nhận thì ghi số và ngày của quyết định',
                'An admission decision on file needs its number and date',
              ),
            );
          }
          if (errors.length > 0) throw invalid(errors);
          return merged;
        },
        { what: ADMISSION_NOT_FOUND },
      );
      if (after.dossierPresent.includes('admission_decision')) {
        await this.alerts.closeForSource(manager, 'admission', after.id, 'emergency_dossier_due');
      }
    });
    const { admission } = await this.residents.get(actor, residentId);
    if (!admission) throw new Error('The admission just updated is gone');
    return admission;
  }
}
