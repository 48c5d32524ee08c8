import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VaccinePlanDose } from './vaccine-plan-dose.entity';

@Injectable()
export class VaccinePlanService {
  /** The doses of the plan version in force on a date (the latest effective on or before it). */
  async dosesInForce(manager: EntityManager, on: string): Promise<VaccinePlanDose[]> {
    return manager.query(
      `SELECT id, plan_version AS "planVersion", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
              vaccine_code AS "vaccineCode", vaccine_name AS "vaccineName", dose_no AS "doseNo",
              due_age_days AS "dueAgeDays", min_interval_days AS "minIntervalDays",
              min_age_days AS "minAgeDays", max_age_days AS "maxAgeDays"
         FROM vaccine_plan_dose
        WHERE plan_version = (SELECT plan_version FROM vaccine_plan_dose WHERE effective_from <= $1
                               ORDER BY effective_from DESC LIMIT 1)
        ORDER BY due_age_days, vaccine_code, dose_no`,
      [on],
    );
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
