import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VaccinePlanDose } from './vaccine-plan-dose.entity';
import { vaccinePlanDosesInForce } from './health.queries';

@Injectable()
export class VaccinePlanService {
  /** The doses of the plan version in force on a date (the latest effective on or before it). */
  async dosesInForce(manager: EntityManager, on: string): Promise<VaccinePlanDose[]> {
    return vaccinePlanDosesInForce(manager, on);
  }

  /** Any plan version knows the vaccine and dose. */
  async knownDose(
    manager: EntityManager,
    vaccineCode: string,
    doseNo: number,
  ): Promise<VaccinePlanDose | null> {
    return manager.getRepository(VaccinePlanDose).findOne({
      where: { vaccineCode, doseNo },
      order: { effectiveFrom: 'DESC' },
    });
  }

  async knownVaccine(manager: EntityManager, vaccineCode: string): Promise<boolean> {
    return manager.existsBy(VaccinePlanDose, { vaccineCode });
  }
}
