import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { FieldError, invalid } from '../common/errors/problem.exception';
import { createInFacility, facilityToday, findInFacility } from '../database/facility-scope';
import { ResidentsService } from '../residents/register/residents.service';
import { AmendHealthCheckDto, CreateHealthCheckDto } from './dto/health-check.dto';
import { HealthCheck } from './health-check.entity';
import { HealthSchedule } from './health-schedule.entity';
import { SchedulesService } from './schedules.service';
import { HealthCheckResultView } from './dto/health-check-result.view';
import { HealthCheckView, toHealthCheckView } from './dto/health-check.view';
import { toHealthScheduleView } from './dto/health-schedule.view';
import { assumedBirthDate } from '../residents/model/birth-date';
import { lockedNextScheduleOfKind, lockedScheduleOfResident } from './health.queries';

const CHECK = { vi: 'Không tìm thấy phiếu khám', en: 'Exam record not found' };

@Injectable()
export class HealthChecksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsService,
    private readonly schedules: SchedulesService,
  ) {}

  async list(actor: FacilityActor, residentId: string): Promise<HealthCheckView[]> {
    await this.residents.find(actor, residentId);
    const rows = await this.dataSource.getRepository(HealthCheck).find({
      where: { residentId, facilityId: actor.facilityId },
      order: { examinedOn: 'DESC', createdAt: 'DESC' },
    });
    return rows.map(toHealthCheckView);
  }

  /** Records an exam and, in the same transaction, advances the schedule it fulfils. */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateHealthCheckDto,
  ): Promise<HealthCheckResultView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      await this.validate(
        manager,
        actor,
        dto,
        assumedBirthDate(resident.dateOfBirth, resident.birthYear),
      );
      const schedule = await this.scheduleFor(manager, actor, residentId, dto);
      const check = await createInFacility<HealthCheck>(
        { manager, actor, audit: this.audit },
        HealthCheck,
        'health_check',
        this.row(actor, residentId, dto, schedule),
      );
      const advanced = schedule
        ? await this.schedules.markDone(
            manager,
            schedule,
            dto.examinedOn,
            dto.nextDueOverride ?? null,
          )
        : null;
      if (advanced && schedule) {
        await this.audit.record(manager, actor, {
          action: 'update',
          entity: 'health_schedule',
          entityId: schedule.id,
          changes: diffFields({ ...schedule }, { ...advanced }),
        });
      }
      return {
        check: toHealthCheckView(check),
        schedule: advanced && toHealthScheduleView(advanced),
      };
    });
  }

  /** Corrects an exam by a new record that points at the original; the original is kept unchanged. */
  async amend(
    actor: FacilityActor,
    id: string,
    dto: AmendHealthCheckDto,
  ): Promise<HealthCheckView> {
    return this.dataSource.transaction(async (manager) => {
      const original = await findInFacility(manager, HealthCheck, actor, id, {
        lock: true,
        what: CHECK,
      });
      const resident = await this.residents.find(actor, original.residentId, manager);
      await this.validate(manager, actor, dto, resident.dateOfBirth);
      const amended = await manager.save(
        manager.create(HealthCheck, {
          ...this.row(actor, original.residentId, dto, null),
          scheduleId: original.scheduleId,
          amendsId: original.id,
          amendmentReason: dto.amendmentReason,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'health_check',
        entityId: original.id,
        changes: {
          amendedBy: { before: null, after: amended.id },
          reason: { before: null, after: dto.amendmentReason },
        },
      });
      return amended;
    });
  }

  private row(
    actor: FacilityActor,
    residentId: string,
    dto: CreateHealthCheckDto,
    schedule: HealthSchedule | null,
  ): Partial<HealthCheck> {
    return {
      facilityId: actor.facilityId,
      residentId,
      kind: dto.kind,
      examinedOn: dto.examinedOn,
      weightKg: dto.weightKg ?? null,
      heightCm: dto.heightCm ?? null,
      temperatureC: dto.temperatureC ?? null,
      pulse: dto.pulse ?? null,
      bpSystolic: dto.bpSystolic ?? null,
      bpDiastolic: dto.bpDiastolic ?? null,
      spo2: dto.spo2 ?? null,
      findings: dto.findings ?? null,
      diagnoses: (dto.diagnoses ?? []).map((d) => ({ icd10: d.icd10 ?? null, text: d.text })),
      treatment: dto.treatment ?? null,
      referredToHospital: dto.referredToHospital ?? false,
      hospital: dto.hospital ?? null,
      nextDueOverride: dto.nextDueOverride ?? null,
      examiner: dto.examiner,
      scheduleId: schedule?.id ?? null,
      amendsId: null,
      amendmentReason: null,
      createdBy: actor.id,
    };
  }

  private async validate(
    manager: EntityManager,
    actor: FacilityActor,
    dto: CreateHealthCheckDto,
    born: string | null,
  ): Promise<void> {
    const today = await facilityToday(manager, actor);
    const errors: FieldError[] = [];
    if (dto.examinedOn > today)
      errors.push({
        field: 'examinedOn',
        code: 'futureDate',
        text: { vi: 'Ngày khám ở tương lai', en: 'Exam date is in the future' },
      });
    if (born && dto.examinedOn < born)
      errors.push({
        field: 'examinedOn',
        code: 'beforeBirth',
        text: { vi: 'Ngày khám trước ngày sinh', en: 'Exam date is before the birth' },
      });
    if (
      dto.bpSystolic !== undefined &&
      dto.bpDiastolic !== undefined &&
      dto.bpSystolic <= dto.bpDiastolic
    ) {
      errors.push({
        field: 'bpDiastolic',
        code: 'implausible',
        text: {
          vi: 'Huyết áp tâm trương phải thấp hơn tâm thu',
          en: 'Diastolic must be below systolic',
        },
      });
    }
    if ((dto.bpSystolic === undefined) !== (dto.bpDiastolic === undefined)) {
      errors.push({
        field: dto.bpSystolic === undefined ? 'bpSystolic' : 'bpDiastolic',
        code: 'isDefined',
        text: {
          vi: 'Cần cả huyết áp tâm thu và tâm trương',
          en: 'Give both systolic and diastolic',
        },
      });
    }
    if (dto.nextDueOverride && dto.nextDueOverride <= dto.examinedOn) {
      errors.push({
        field: 'nextDueOverride',
        code: 'beforeExam',
        text: { vi: 'Ngày hẹn phải sau ngày khám', en: 'Next due must be after the exam' },
      });
    }
    if (errors.length > 0) throw invalid(errors);
  }

  private async scheduleFor(
    manager: EntityManager,
    actor: FacilityActor,
    residentId: string,
    dto: CreateHealthCheckDto,
  ): Promise<HealthSchedule | null> {
    if (dto.scheduleId) {
      const s = await lockedScheduleOfResident(
        manager,
        actor.facilityId,
        residentId,
        dto.scheduleId,
      );
      if (!s)
        throw invalid([
          {
            field: 'scheduleId',
            code: 'unknownReference',
            text: { vi: 'Lịch không thuộc đối tượng này', en: 'Not a schedule of this resident' },
          },
        ]);
      return s;
    }
    return lockedNextScheduleOfKind(manager, actor.facilityId, residentId, dto.kind);
  }
}
