import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { STAFF_ROLES } from '../../identity/role';
import type { Text } from '../../common/errors/messages';
import { conflict, FieldError, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, mapPage, newestFirstPage } from '../../common/http/pagination';
import { nullFieldErrors } from '../../common/http/validators';
import { createInFacility, updateInFacility } from '../../database/facility-scope';
import { CasesService } from '../case-file/cases.service';
import { checkStaff } from '../case-file/case-staff';
import { ChildrenMeeting, MeetingConcern } from './children-meeting.entity';
import { ConcernDto, CreateMeetingDto, UpdateMeetingDto } from './meeting.dto';
import { ChildrenMeetingView, toChildrenMeetingView } from './children-meeting.view';

export const MEETING_NOT_FOUND: Text = { vi: 'Không tìm thấy buổi họp', en: 'Meeting not found' };

const toConcerns = (concerns: ConcernDto[] = []): MeetingConcern[] =>
  concerns.map((c) => ({
    concern: c.concern,
    action: c.action ?? null,
    ownerId: c.ownerId ?? null,
    resolved: c.resolved ?? false,
  }));

/** The weekly children's meeting: one record per facility and date. */
@Injectable()
export class ChildrenMeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  async list(actor: FacilityActor, page: PageQuery): Promise<Page<ChildrenMeetingView>> {
    const found = await newestFirstPage(
      this.dataSource.manager,
      ChildrenMeeting,
      actor.facilityId,
      {},
      'heldOn',
      page,
    );
    return mapPage(found, toChildrenMeetingView);
  }

  async create(actor: FacilityActor, dto: CreateMeetingDto): Promise<ChildrenMeetingView> {
    return this.dataSource.transaction(async (manager) => {
      const errors = await this.check(manager, actor, dto);
      if (errors.length > 0) throw invalid(errors);
      if (
        await manager.existsBy(ChildrenMeeting, {
          facilityId: actor.facilityId,
          heldOn: dto.heldOn,
        })
      ) {
        throw conflict({
          vi: 'Ngày này đã có biên bản họp',
          en: 'A meeting is already recorded on this date',
        });
      }
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        ChildrenMeeting,
        'children_meeting',
        {
          heldOn: dto.heldOn,
          facilitatorId: actor.id,
          childrenPresent: dto.childrenPresent,
          staffPresent: dto.staffPresent ?? [],
          concerns: toConcerns(dto.concerns),
          notes: dto.notes ?? null,
        },
      );
      return toChildrenMeetingView(saved);
    });
  }

  /** Follows up the concerns (actions, resolved) or corrects the record. */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateMeetingDto,
  ): Promise<ChildrenMeetingView> {
    const nulls = nullFieldErrors(dto, ['heldOn', 'childrenPresent', 'staffPresent', 'concerns']);
    if (nulls.length > 0) throw invalid(nulls);
    return this.dataSource.transaction(async (manager) => {
      const write = { manager, actor, audit: this.audit };
      const { after } = await updateInFacility(
        write,
        ChildrenMeeting,
        'children_meeting',
        id,
        version,
        async (before) => {
          const errors = await this.check(manager, actor, dto);
          if (errors.length > 0) throw invalid(errors);
          const changes: Partial<ChildrenMeeting> = {};
          if (dto.heldOn !== undefined) changes.heldOn = dto.heldOn;
          if (dto.childrenPresent !== undefined) changes.childrenPresent = dto.childrenPresent;
          if (dto.staffPresent !== undefined) changes.staffPresent = dto.staffPresent;
          if (dto.concerns !== undefined) changes.concerns = toConcerns(dto.concerns);
          if (dto.notes !== undefined) changes.notes = dto.notes ?? null;
          if (
            changes.heldOn &&
            changes.heldOn !== before.heldOn &&
            (await manager.existsBy(ChildrenMeeting, {
              facilityId: actor.facilityId,
              heldOn: changes.heldOn,
            }))
          ) {
            throw conflict({
              vi: 'Ngày này đã có biên bản họp',
              en: 'A meeting is already recorded on this date',
            });
          }
          return changes;
        },
        { what: MEETING_NOT_FOUND },
      );
      return toChildrenMeetingView(after);
    });
  }

  private async check(
    manager: EntityManager,
    actor: FacilityActor,
    dto: Partial<CreateMeetingDto>,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (dto.heldOn && dto.heldOn > (await this.cases.today(manager, actor))) {
      errors.push({
        field: 'heldOn',
        code: 'futureDate',
        text: { vi: 'Ngày họp ở tương lai', en: 'Meeting date in the future' },
      });
    }
    for (const [i, c] of (dto.concerns ?? []).entries()) {
      if (c.ownerId) {
        errors.push(
          ...(await checkStaff(manager, actor, c.ownerId, `concerns.${i}.ownerId`, STAFF_ROLES)),
        );
      }
    }
    return errors;
  }
}
