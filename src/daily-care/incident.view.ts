import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { IncidentKind, IncidentSeverity } from './care.enums';
import { INFORMED_MAX_LENGTH, MAX_INFORMED, type Incident } from './incident.entity';

/** Incident as the API answers it (schema name Incident; column bounds from the entity). */
@ApiSchema({ name: 'Incident' })
export class IncidentView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  kind!: IncidentKind;
  severity!: IncidentSeverity;
  occurredAt!: Date;
  place!: string;
  description!: string;
  actionTaken!: string;
  /** Who was informed (family, police, commune, hospital, director…). */
  @ApiProperty({
    maxItems: MAX_INFORMED,
    items: { type: 'string', maxLength: INFORMED_MAX_LENGTH },
  })
  informed!: string[];
  hospitalised!: boolean;
  /** Serious: suspected abuse, running away, death, hospitalisation, or severity serious/critical. */
  serious!: boolean;
  reportedBy!: string;
  version!: number;
  createdAt!: Date;
}

export function toIncidentView(e: Incident): IncidentView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    kind: e.kind,
    severity: e.severity,
    occurredAt: e.occurredAt,
    place: e.place,
    description: e.description,
    actionTaken: e.actionTaken,
    informed: e.informed,
    hospitalised: e.hospitalised,
    serious: e.serious,
    reportedBy: e.reportedBy,
    version: e.version,
    createdAt: e.createdAt,
  };
}
