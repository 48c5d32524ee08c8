import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { conflict, FieldError, invalid } from '../common/errors/problem.exception';
import { ResidentsService } from '../residents/register/residents.service';
import { CreateVaccinationDto } from './dto/health-check.dto';
import { HealthSchedule } from './health-schedule.entity';
import { ScheduleKind } from './health.enums';
import { SchedulesService } from './schedules.service';
import { Vaccination } from './vaccination.entity';
import { VaccinePlanService } from './vaccine-plan.service';
import { lockResidentForHealth } from './health.queries';
import { doseProblems } from './vaccine-rules';
import { VaccinationView, toVaccinationView } from './dto/vaccination.view';
import { assumedBirthDate } from '../residents/model/birth-date';
import { createInFacility, facilityToday } from '../database/facility-scope';

@Injectable()
export class VaccinationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsService,
    private readonly schedules: SchedulesService,
    private readonly plan: VaccinePlanService,
  ) {}

  async list(actor: FacilityActor, residentId: string): Promise<VaccinationView[]> {
    await this.residents.find(actor, residentId);
    const rows = await this.dataSource.getRepository(Vaccination).find({
      where: { residentId, facilityId: actor.facilityId },
      order: { givenOn: 'ASC', vaccineCode: 'ASC', doseNo: 'ASC' },
    });
    return rows.map(toVaccinationView);
  }

  /**
   * Records a dose and closes the matching planned dose. A dose already recorded, or a dose whose
   * previous dose is missing or later, is a 409; a dose that breaks the plan's minimum age,
   * "too late" age or interval is a 400 (`doseProblems`).
   */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateVaccinationDto,
  ): Promise<VaccinationView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      await lockResidentForHealth(manager, residentId);
      const errors: FieldError[] = [];
      if (!(await this.plan.knownVaccine(manager, dto.vaccineCode))) {
        errors.push({
          field: 'vaccineCode',
          code: 'unknownCode',
          text: {
            vi: 'Vắc xin không có trong kế hoạch tiêm chủng',
            en: 'Vaccine not in the immunisation plan',
          },
        });
      }
      const planDose = errors.length
        ? null
        : await this.plan.knownDose(manager, dto.vaccineCode, dto.doseNo);
      if (errors.length === 0 && !planDose) {
        errors.push({
          field: 'doseNo',
          code: 'unknownDose',
          text: { vi: 'Mũi tiêm không có trong kế hoạch', en: 'Dose not in the plan' },
        });
      }
      if (dto.givenOn > (await facilityToday(manager, actor)))
        errors.push({
          field: 'givenOn',
          code: 'futureDate',
          text: { vi: 'Ngày tiêm ở tương lai', en: 'Date is in the future' },
        });
      const born = assumedBirthDate(resident.dateOfBirth, resident.birthYear);
      if (born && dto.givenOn < born)
        errors.push({
          field: 'givenOn',
          code: 'beforeBirth',
          text: { vi: 'Ngày tiêm trước ngày sinh', en: 'Date is before the birth' },
        });
      const given = await manager.findBy(Vaccination, { residentId, vaccineCode: dto.vaccineCode });
      if (planDose && errors.length === 0) {
        const previous = given.find((v) => v.doseNo === dto.doseNo - 1)?.givenOn ?? null;
        errors.push(...doseProblems(planDose, resident.dateOfBirth, dto.givenOn, previous));
      }
      if (errors.length > 0) throw invalid(errors);

      if (given.some((v) => v.doseNo === dto.doseNo)) {
        throw conflict({
          vi: `Mũi ${dto.doseNo} vắc xin ${planDose?.vaccineName ?? 'này'} đã được ghi`,
          en: `Dose ${dto.doseNo} of ${dto.vaccineCode} is already recorded`,
        });
      }
      const previous = given.find((v) => v.doseNo === dto.doseNo - 1);
      if (dto.doseNo > 1 && (!previous || previous.givenOn >= dto.givenOn)) {
        throw conflict({
          vi: `Chưa có mũi ${dto.doseNo - 1} trước ngày này: ghi các mũi theo thứ tự`,
          en: `Dose ${dto.doseNo - 1} is not recorded before this date: record doses in order`,
        });
      }
      const schedule = await manager.findOne(HealthSchedule, {
        where: {
          residentId,
          kind: ScheduleKind.Vaccination,
          vaccineCode: dto.vaccineCode,
          doseNo: dto.doseNo,
          active: true,
        },
      });
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        Vaccination,
        'vaccination',
        {
          residentId,
          vaccineCode: dto.vaccineCode,
          doseNo: dto.doseNo,
          givenOn: dto.givenOn,
          lot: dto.lot ?? null,
          place: dto.place ?? null,
          givenBy: dto.givenBy ?? null,
          scheduleId: schedule?.id ?? null,
          createdBy: actor.id,
        },
      );
      if (schedule) await this.schedules.markDone(manager, schedule, dto.givenOn, null);
      return toVaccinationView(saved);
    });
  }
}
