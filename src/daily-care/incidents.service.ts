import { createInFacility, facilityDateOf } from '../database/facility-scope';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not, In } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { FieldError, invalid } from '../common/errors/problem.exception';
import { SENSITIVE_ROLES } from '../residents/model/resident-rules';
import { ResidentsService } from '../residents/register/residents.service';
import { SENSITIVE_INCIDENT_KINDS, SERIOUS_KINDS, type IncidentKind } from './care.enums';
import { isPresent, notPresent } from './care-rules';
import { CreateIncidentDto } from './dto/incident.dto';
import { Incident } from './incident.entity';
import { IncidentView, toIncidentView } from './incident.view';

const KIND_TEXT: Record<IncidentKind, { vi: string; en: string }> = {
  fall: { vi: 'ngã', en: 'fall' },
  injury: { vi: 'chấn thương', en: 'injury' },
  illness: { vi: 'ốm đau', en: 'illness' },
  aggression: { vi: 'hành vi hung hăng', en: 'aggression' },
  self_harm: { vi: 'tự gây thương tích', en: 'self-harm' },
  running_away: { vi: 'bỏ trốn', en: 'running away' },
  suspected_abuse: { vi: 'nghi bị xâm hại', en: 'suspected abuse' },
  death: { vi: 'tử vong', en: 'death' },
};

/** A few minutes of clock drift between a tablet and the server are not "the future". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function isSerious(dto: Pick<CreateIncidentDto, 'kind' | 'severity' | 'hospitalised'>) {
  return (
    SERIOUS_KINDS.includes(dto.kind) ||
    dto.hospitalised === true ||
    dto.severity === 'serious' ||
    dto.severity === 'critical'
  );
}

@Injectable()
export class IncidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly residents: ResidentsService,
  ) {}

  /**
   * A resident's incidents, newest first. Suspected abuse is a protection fact: a caretaker
   * does not see it, and its reading by others is audited.
   */
  async list(actor: FacilityActor, residentId: string): Promise<IncidentView[]> {
    await this.residents.find(actor, residentId);
    const seesSensitive = SENSITIVE_ROLES.includes(actor.role);
    const rows = await this.dataSource.getRepository(Incident).find({
      where: {
        facilityId: actor.facilityId,
        residentId,
        ...(seesSensitive ? {} : { kind: Not(In([...SENSITIVE_INCIDENT_KINDS])) }),
      },
      order: { occurredAt: 'DESC', id: 'DESC' },
    });
    if (seesSensitive && rows.some((r) => SENSITIVE_INCIDENT_KINDS.includes(r.kind)))
      await this.audit.recordRead(actor, 'incident', residentId, ['suspectedAbuse']);
    return rows.map(toIncidentView);
  }

  /** Records an incident; a serious one raises an alert for the admin in the same transaction. */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateIncidentDto,
  ): Promise<IncidentView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      if (!isPresent(resident.status)) throw notPresent(resident);
      const occurredAt = new Date(dto.occurredAt);
      const occurredOn = await facilityDateOf(manager, actor, occurredAt);
      const errors: FieldError[] = [];
      if (occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS)
        errors.push({
          field: 'occurredAt',
          code: 'futureDate',
          text: { vi: 'Thời điểm ở tương lai', en: 'The time is in the future' },
        });
      else if (occurredOn < resident.admittedOn)
        errors.push({
          field: 'occurredAt',
          code: 'beforeAdmission',
          text: { vi: 'Trước ngày tiếp nhận', en: 'Before the admission' },
        });
      if (errors.length > 0) throw invalid(errors);
      const serious = isSerious(dto);
      const incident = await createInFacility(
        { manager, actor, audit: this.audit },
        Incident,
        'incident',
        {
          residentId,
          kind: dto.kind,
          severity: dto.severity,
          occurredAt,
          place: dto.place,
          description: dto.description,
          actionTaken: dto.actionTaken,
          informed: dto.informed ?? [],
          hospitalised: dto.hospitalised ?? false,
          serious,
          reportedBy: actor.id,
        },
      );
      if (serious) {
        const what = KIND_TEXT[dto.kind];
        await this.alerts.raise(manager, {
          facilityId: actor.facilityId,
          residentId,
          kind: 'serious_incident',
          severity: 'critical',
          sourceType: 'incident',
          sourceId: incident.id,
          dueOn: occurredOn,
          message: `${resident.code} ${resident.fullName}: sự cố nghiêm trọng (${what.vi}${dto.hospitalised ? ', nhập viện' : ''}) ngày ${occurredOn}`,
          messageEn: `${resident.code} ${resident.fullName}: serious incident (${what.en}${dto.hospitalised ? ', hospitalised' : ''}) on ${occurredOn}`,
        });
      }
      return toIncidentView(incident);
    });
  }
}
