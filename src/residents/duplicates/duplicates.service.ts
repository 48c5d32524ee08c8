import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { findInFacility } from '../../database/facility-scope';
import type { FacilityActor } from '../../identity/actor';
import { Resident } from '../model/resident.entity';
import { RESIDENT_NOT_FOUND } from '../register/resident-views';
import { CheckDuplicatesDto } from './check-duplicates.dto';
import { DuplicateCandidateView } from './duplicate-candidate.view';
import { duplicateCandidates, type DuplicateProbe } from './duplicates.queries';

/** The probe of a person about to be admitted (an admission's or an import row's fields). */
export function probeOf(p: {
  fullName: string;
  dateOfBirth?: string;
  birthYear?: number;
  birthDateEstimated?: boolean;
  personalId?: string;
}): DuplicateProbe {
  return {
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth ?? null,
    birthYear: p.birthYear ?? null,
    birthDateEstimated: p.birthDateEstimated ?? false,
    personalId: p.personalId ?? null,
  };
}

/**
 * Likely duplicates in the facility's whole register, discharged people included
 * (duplicates.queries.ts says what counts as likely).
 */
@Injectable()
export class DuplicatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(
    manager: EntityManager,
    facilityId: string,
    probe: DuplicateProbe,
    excludeId: string | null = null,
  ): Promise<DuplicateCandidateView[]> {
    const rows = await duplicateCandidates(manager, facilityId, probe, excludeId);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      fullName: r.full_name,
      dateOfBirth: r.date_of_birth,
      birthYear: r.birth_year,
      status: r.status,
      reason: r.same_id ? 'personal_id' : 'name_and_birth',
    }));
  }

  /** Likely duplicates of a resident of the caller's facility. */
  async of(actor: FacilityActor, id: string): Promise<DuplicateCandidateView[]> {
    const manager = this.dataSource.manager;
    const r = await findInFacility(manager, Resident, actor, id, { what: RESIDENT_NOT_FOUND });
    return this.find(manager, actor.facilityId, r, r.id);
  }

  /** Likely duplicates of a person about to be admitted. */
  check(actor: FacilityActor, dto: CheckDuplicatesDto): Promise<DuplicateCandidateView[]> {
    return this.find(this.dataSource.manager, actor.facilityId, {
      fullName: dto.fullName,
      dateOfBirth: dto.dateOfBirth ?? null,
      birthYear: dto.birthYear ?? null,
      birthDateEstimated: dto.birthDateEstimated ?? false,
      personalId: dto.personalId ?? null,
    });
  }
}
