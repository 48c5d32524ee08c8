import { ApiSchema } from '@nestjs/swagger';
import type { Vaccination } from '../vaccination.entity';

/** Vaccination as the API answers it (schema name Vaccination; column bounds from the entity). */
@ApiSchema({ name: 'Vaccination' })
export class VaccinationView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  vaccineCode!: string;
  doseNo!: number;
  givenOn!: string;
  lot!: string | null;
  place!: string | null;
  givenBy!: string | null;
  scheduleId!: string | null;
  createdBy!: string | null;
  createdAt!: Date;
}

export function toVaccinationView(e: Vaccination): VaccinationView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    vaccineCode: e.vaccineCode,
    doseNo: e.doseNo,
    givenOn: e.givenOn,
    lot: e.lot,
    place: e.place,
    givenBy: e.givenBy,
    scheduleId: e.scheduleId,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
  };
}
