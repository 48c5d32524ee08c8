import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { conflict } from '../common/errors/problem.exception';
import { IsCalendarDate } from '../common/http/validators';
import { createInFacility } from '../database/facility-scope';
import { BaseLevel } from './base-level.entity';
import { BaseLevelView, toBaseLevelView } from './base-level.view';
import { baseLevelsOf, latestBaseLevel } from './money.queries';

/** Funeral support: at least 50 × the base level (ND 20/2021 Điều 11). */
export const FUNERAL_SUPPORT_MULTIPLIER = 50;

export class CreateBaseLevelDto {
  @ApiProperty({ example: '2026-01-01' }) @IsCalendarDate() effectiveFrom!: string;
  @ApiProperty({ example: 650000 }) @IsInt() @Min(1) @Max(100_000_000) amountVnd!: number;
  @ApiProperty({ example: 'Nghị quyết HĐND tỉnh số …', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source!: string;
}

@Injectable()
export class BaseLevelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The base level in force for a facility on a date: the latest national level and the latest
   * level the province set (a facility setting), whichever is higher — a province may only set a
   * level above the national one (ND 20/2021 Điều 4), so an old provincial level overtaken by a
   * national rise no longer applies.
   */
  async inForce(manager: EntityManager, facilityId: string, on: string): Promise<BaseLevel | null> {
    const [own, national] = await Promise.all([
      latestBaseLevel(manager, facilityId, on),
      latestBaseLevel(manager, null, on),
    ]);
    if (!own || !national) return own ?? national;
    return own.amountVnd >= national.amountVnd ? own : national;
  }

  async list(actor: FacilityActor): Promise<BaseLevelView[]> {
    const rows = await baseLevelsOf(this.dataSource.manager, actor.facilityId);
    return rows.map(toBaseLevelView);
  }

  async create(actor: FacilityActor, dto: CreateBaseLevelDto): Promise<BaseLevelView> {
    return this.dataSource.transaction(async (manager) => {
      if (
        await manager.existsBy(BaseLevel, {
          facilityId: actor.facilityId,
          effectiveFrom: dto.effectiveFrom,
        })
      ) {
        throw conflict({
          vi: 'Đã có mức chuẩn từ ngày này',
          en: 'A level from this date already exists',
        });
      }
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        BaseLevel,
        'base_level',
        { ...dto, createdBy: actor.id },
      );
      return toBaseLevelView(saved);
    });
  }
}
