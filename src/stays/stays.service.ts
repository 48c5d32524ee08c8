import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CasesService } from '../cases/case-file/cases.service';
import { DischargeService } from '../discharge/discharge.service';
import { DischargeResultView } from '../discharge/dto/discharge-result.view';
import { ReadmitDto, DischargeDto } from '../discharge/dto/discharge.dto';
import { toDischargeView } from '../discharge/dto/discharge.view';
import { toFollowUpView } from '../discharge/dto/follow-up.view';
import { ReadmissionService } from '../discharge/readmission.service';
import { SchedulesService } from '../health/schedules.service';
import { facilityToday } from '../database/facility-scope';
import type { FacilityActor } from '../identity/actor';
import { Admitted, AdmissionService } from '../residents/admission/admission.service';
import { AdmitResidentDto } from '../residents/admission/admit-resident.dto';
import { ResidentView } from '../residents/register/resident.view';
import type { ImportFile } from '../residents/import/import-file';
import { ImportResult, ImportService } from '../residents/import/import.service';
import { ResidentViews } from '../residents/register/resident-views';

/**
 * A stay, from admission to discharge, in one place: each entry point opens one transaction and
 * runs the residents module's part first, then what the other modules do for it, in this order.
 * Nothing registers hooks: to add an effect, add a line here.
 */
@Injectable()
export class StaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly admissions: AdmissionService,
    private readonly imports: ImportService,
    private readonly readmissions: ReadmissionService,
    private readonly discharges: DischargeService,
    private readonly schedules: SchedulesService,
    private readonly cases: CasesService,
    private readonly views: ResidentViews,
  ) {}

  /** POST /residents: a first admission. */
  async admit(actor: FacilityActor, dto: AdmitResidentDto): Promise<ResidentView> {
    return this.dataSource.transaction(async (manager) => {
      // The facility row is locked: two admissions cannot both take the last bed.
      const facility = await this.admissions.lockFacility(manager, actor);
      const admitted = await this.admissions.admitWith(manager, actor, facility, dto);
      await this.startStay(manager, actor, admitted);
      return this.views.detail(
        manager,
        actor,
        admitted.resident.id,
        await facilityToday(manager, actor),
      );
    });
  }

  /** POST /residents/import: every row is an admission; all rows or none (the import's transaction). */
  importRegister(
    actor: FacilityActor,
    file: ImportFile | undefined,
    dryRun: boolean,
  ): Promise<ImportResult> {
    return this.imports.import(actor, file, dryRun, (manager, admitted) =>
      this.startStay(manager, actor, admitted),
    );
  }

  /** POST /residents/:id/readmit: the same register entry, a new stay. */
  async readmit(actor: FacilityActor, residentId: string, dto: ReadmitDto): Promise<ResidentView> {
    return this.dataSource.transaction(async (manager) => {
      const admitted = await this.readmissions.readmitWith(manager, actor, residentId, dto);
      await this.startStay(manager, actor, admitted);
      return this.views.detail(manager, actor, residentId, await facilityToday(manager, actor));
    });
  }

  /** POST /residents/:id/discharge: the end of the stay. */
  async discharge(
    actor: FacilityActor,
    residentId: string,
    dto: DischargeDto,
  ): Promise<DischargeResultView> {
    return this.dataSource.transaction(async (manager) => {
      // The discharge record, the resident's status and freed bed, the stopped schedules, the
      // closed alerts, the follow-up visits, the census event and the audit entries.
      const { discharge, followUps } = await this.discharges.dischargeWith(
        manager,
        actor,
        residentId,
        dto,
      );
      // The stay's case closes with it (reason `discharged`).
      await this.cases.closeForDischarge(manager, actor, discharge);
      return { discharge: toDischargeView(discharge), followUps: followUps.map(toFollowUpView) };
    });
  }

  /** What every new stay starts with (admission, import row, readmission), in order. */
  private async startStay(
    manager: EntityManager,
    actor: FacilityActor,
    admitted: Admitted,
  ): Promise<void> {
    // Health (TT 33/2017 Điều 8): the default check-ups, HIV monitoring, the vaccination plan.
    await this.schedules.createDefaults(manager, actor, admitted);
    // Case management (TT 02/2020): the stay's case, in step 1.
    await this.cases.openAtAdmission(manager, actor, admitted.resident, admitted.sensitive);
  }
}
