import { ApiSchema } from '@nestjs/swagger';
import type { Facility, FacilityType } from './facility.entity';

/** Facility as the API answers it (schema name Facility; column bounds from the entity). */
@ApiSchema({ name: 'Facility' })
export class FacilityView {
  id!: string;
  code!: string;
  name!: string;
  /** Cơ quan chủ quản, printed above the name on reports. */
  governingBody!: string;
  facilityType!: FacilityType;
  provinceCode!: string;
  provinceName!: string;
  address!: string;
  phone!: string | null;
  email!: string | null;
  capacity!: number;
  timezone!: string;
  /** The authority that receives the reports ("Kính gửi: …"); Sở Y tế since 2025 in most provinces. */
  reportRecipient!: string;
  /** Giám đốc: signs the reports. */
  directorName!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toFacilityView(e: Facility): FacilityView {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    governingBody: e.governingBody,
    facilityType: e.facilityType,
    provinceCode: e.provinceCode,
    provinceName: e.provinceName,
    address: e.address,
    phone: e.phone,
    email: e.email,
    capacity: e.capacity,
    timezone: e.timezone,
    reportRecipient: e.reportRecipient,
    directorName: e.directorName,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
