import { createInFacility, facilityToday } from '../database/facility-scope';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { addDays, daysBetween } from '../calendar/dates';
import { conflict, FieldError, invalid } from '../common/errors/problem.exception';
import { Page, mapPage } from '../common/http/pagination';
import { isPresent, notPresent } from '../daily-care/care-rules';
import type { Resident } from '../residents/model/resident.entity';
import { ResidentsService } from '../residents/register/residents.service';
import { CreateMeasurementDto, MeasurementQuery } from './dto/nutrition.dto';
import { growthAlertText } from './flag-words';
import { assessGrowth, bmiOf } from './growth/z-scores';
import { Measurement } from './measurement.entity';
import { MeasurementView, toMeasurementView } from './dto/measurement.view';
import { assumedBirthDate } from '../residents/model/birth-date';
import {
  heaviestWeightBetween,
  latestMeasurementUpTo,
  measurementsPage,
} from './nutrition.queries';

/** Two weights of one day further apart than this share (or heights by SAME_DAY_HEIGHT_CM) contradict. */
export const SAME_DAY_WEIGHT_SHARE = 0.05;
export const SAME_DAY_HEIGHT_CM = 3;

/** A loss of more than this share of body weight within WEIGHT_LOSS_DAYS raises an alert. */
export const WEIGHT_LOSS_SHARE = 0.05;
export const WEIGHT_LOSS_DAYS = 30;

export interface MeasurementResult extends MeasurementView {
  /** Flags this measurement has that the previous one had not. */
  newFlags: string[];
  /** Heaviest weight of the 30 days before, when this one is more than 5% below it. */
  weightLossFrom: number | null;
}

/** The birth date growth is computed from: the real one, or the assumed one (birth-date.ts). */
function birthOf(resident: Resident): { birth: string; estimated: boolean } {
  if (resident.dateOfBirth)
    return { birth: resident.dateOfBirth, estimated: resident.birthDateEstimated };
  return {
    birth: assumedBirthDate(null, resident.birthYear ?? 1900) ?? '1900-01-01',
    estimated: true,
  };
}

@Injectable()
export class MeasurementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly residents: ResidentsService,
  ) {}

  async list(
    actor: FacilityActor,
    residentId: string,
    query: MeasurementQuery,
  ): Promise<Page<MeasurementView>> {
    await this.residents.find(actor, residentId);
    return mapPage(
      await measurementsPage(this.dataSource.manager, actor.facilityId, residentId, query),
      toMeasurementView,
    );
  }

  /**
   * Records a measurement with its growth assessment. A flag the previous measurement did not
   * have, or a loss of more than 5% of the weight within 30 days, alerts the nurse.
   */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateMeasurementDto,
  ): Promise<MeasurementResult> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      if (!isPresent(resident.status)) throw notPresent(resident);
      const today = await facilityToday(manager, actor);
      const { birth, estimated } = birthOf(resident);
      this.validate(dto, today, resident);
      const ageDays = Math.max(0, daysBetween(birth, dto.measuredOn));
      const growth = assessGrowth({
        sex: resident.sex,
        ageDays,
        weightKg: dto.weightKg ?? null,
        heightCm: dto.heightCm ?? null,
        position: dto.position ?? null,
        muacCm: dto.muacCm ?? null,
        headCircumferenceCm: dto.headCircumferenceCm ?? null,
      });
      const previous = await latestMeasurementUpTo(manager, residentId, dto.measuredOn);
      await this.refuseContradiction(manager, residentId, dto);
      const weightLossFrom = await this.weightLossFrom(manager, residentId, dto);
      const measurement = await createInFacility(
        { manager, actor, audit: this.audit },
        Measurement,
        'measurement',
        {
          residentId,
          measuredOn: dto.measuredOn,
          weightKg: dto.weightKg ?? null,
          heightCm: dto.heightCm ?? null,
          position: dto.position ?? null,
          muacCm: dto.muacCm ?? null,
          headCircumferenceCm: dto.headCircumferenceCm ?? null,
          ageDays,
          ageEstimated: estimated,
          growth,
          flags: [...growth.flags, ...(weightLossFrom !== null ? ['weight_loss'] : [])],
          note: dto.note ?? null,
          createdBy: actor.id,
        },
      );
      // Weight loss has its own alert below; the growth alert is for the growth flags.
      const newFlags = measurement.flags.filter(
        (f) => f !== 'weight_loss' && !(previous?.flags ?? []).includes(f),
      );
      const who = `${resident.code} ${resident.fullName}`;
      if (newFlags.length > 0) {
        await this.alerts.raise(manager, {
          facilityId: actor.facilityId,
          residentId,
          kind: 'growth_flag',
          sourceType: 'measurement',
          sourceId: measurement.id,
          dueOn: dto.measuredOn,
          ...growthAlertText(who, newFlags, dto.measuredOn),
        });
      }
      if (weightLossFrom !== null && dto.weightKg !== undefined) {
        const pct = Math.round((1 - dto.weightKg / weightLossFrom) * 1000) / 10;
        await this.alerts.raise(manager, {
          facilityId: actor.facilityId,
          residentId,
          kind: 'weight_loss',
          sourceType: 'measurement',
          sourceId: measurement.id,
          dueOn: dto.measuredOn,
          message: `${who}: sụt ${pct}% cân nặng (${weightLossFrom} → ${dto.weightKg} kg) trong ${WEIGHT_LOSS_DAYS} ngày`,
          messageEn: `${who}: lost ${pct}% of body weight (${weightLossFrom} → ${dto.weightKg} kg) within ${WEIGHT_LOSS_DAYS} days`,
        });
      }
      return { ...toMeasurementView(measurement), newFlags, weightLossFrom };
    });
  }

  /**
   * A weight or height of a day that already has a clearly different one (8.1 kg and 9.9 kg) is a
   * mistake in one of them: 409, naming the recorded value, rather than two truths for one day.
   */
  private async refuseContradiction(
    manager: EntityManager,
    residentId: string,
    dto: CreateMeasurementDto,
  ): Promise<void> {
    const sameDay = await manager.findBy(Measurement, { residentId, measuredOn: dto.measuredOn });
    for (const m of sameDay) {
      const weight = m.weightKg === null ? null : Number(m.weightKg);
      const height = m.heightCm === null ? null : Number(m.heightCm);
      if (
        weight !== null &&
        dto.weightKg !== undefined &&
        Math.abs(dto.weightKg - weight) > weight * SAME_DAY_WEIGHT_SHARE
      )
        throw conflict({
          vi: `Ngày ${dto.measuredOn} đã có cân nặng ${String(weight).replace('.', ',')} kg, khác xa ${String(dto.weightKg).replace('.', ',')} kg: kiểm tra lại số đo`,
          en: `${dto.measuredOn} already has a weight of ${weight} kg, far from ${dto.weightKg} kg: check the measurement`,
        });
      if (
        height !== null &&
        dto.heightCm !== undefined &&
        Math.abs(dto.heightCm - height) > SAME_DAY_HEIGHT_CM
      )
        throw conflict({
          vi: `Ngày ${dto.measuredOn} đã có chiều cao ${String(height).replace('.', ',')} cm, khác xa ${String(dto.heightCm).replace('.', ',')} cm: kiểm tra lại số đo`,
          en: `${dto.measuredOn} already has a height of ${height} cm, far from ${dto.heightCm} cm: check the measurement`,
        });
    }
  }

  /** The heaviest weight of the 30 days before, if this weight is more than 5% below it. */
  private async weightLossFrom(
    manager: EntityManager,
    residentId: string,
    dto: CreateMeasurementDto,
  ): Promise<number | null> {
    if (dto.weightKg === undefined) return null;
    const max = await heaviestWeightBetween(
      manager,
      residentId,
      addDays(dto.measuredOn, -WEIGHT_LOSS_DAYS),
      dto.measuredOn,
    );
    return max !== null && dto.weightKg < max * (1 - WEIGHT_LOSS_SHARE) ? max : null;
  }

  private validate(dto: CreateMeasurementDto, today: string, resident: Resident): void {
    const errors: FieldError[] = [];
    const none =
      dto.weightKg === undefined &&
      dto.heightCm === undefined &&
      dto.muacCm === undefined &&
      dto.headCircumferenceCm === undefined;
    if (none)
      errors.push({
        field: 'weightKg',
        code: 'isDefined',
        text: { vi: 'Cần ít nhất một số đo', en: 'Give at least one measure' },
      });
    if (dto.measuredOn > today)
      errors.push({
        field: 'measuredOn',
        code: 'futureDate',
        text: { vi: 'Ngày đo ở tương lai', en: 'The date is in the future' },
      });
    const born = assumedBirthDate(resident.dateOfBirth, resident.birthYear);
    if (born && dto.measuredOn < born)
      errors.push({
        field: 'measuredOn',
        code: 'beforeBirth',
        text: { vi: 'Ngày đo trước ngày sinh', en: 'The date is before the birth' },
      });
    const bmi = bmiOf(dto.weightKg ?? null, dto.heightCm ?? null);
    if (bmi !== null && (bmi < 7 || bmi > 80))
      errors.push({
        field: 'weightKg',
        code: 'implausible',
        text: {
          vi: `Cân nặng và chiều cao không hợp lý (BMI ${bmi})`,
          en: `Weight and height do not fit together (BMI ${bmi})`,
        },
      });
    if (errors.length > 0) throw invalid(errors);
  }
}
