import type { EntityManager } from 'typeorm';
import { recordResidentFacts } from '../../reports/history/resident-facts';
import { Resident } from '../model/resident.entity';
import { AdmissionType, ResidentStatus } from '../model/resident.enums';

/**
 * The writes to the register that other modules' use cases make (discharge, readmission), on
 * the caller's transaction: their code calls these instead of updating `resident` itself.
 */
export const ResidentQueries = {
  /** The stay ended: discharged or deceased, the bed freed. */
  async markLeft(
    manager: EntityManager,
    residentId: string,
    status: ResidentStatus.Discharged | ResidentStatus.Deceased,
    /** The day the stay ended (the discharge's effective date, or the death). */
    on: string,
  ): Promise<void> {
    await manager.update(Resident, { id: residentId }, { status, roomId: null, bed: null });
    await recordResidentFacts(manager, residentId, on);
  },

  /** A new stay began: active again under the new admission, in the bed given (or none). */
  async markReadmitted(
    manager: EntityManager,
    residentId: string,
    stay: {
      admissionType: AdmissionType;
      admittedOn: string;
      currentAdmissionId: string;
      categories: Resident['categories'];
      emergencyKind: Resident['emergencyKind'];
      roomId: string | null;
      bed: Resident['bed'];
      needs24hCare: boolean;
    },
  ): Promise<void> {
    await manager.update(Resident, { id: residentId }, { status: ResidentStatus.Active, ...stay });
    await recordResidentFacts(manager, residentId, stay.admittedOn);
  },
};
