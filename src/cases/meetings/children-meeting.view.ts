import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  type MeetingConcern,
  MAX_STAFF_PRESENT,
  MAX_CONCERNS,
  type ChildrenMeeting,
} from './children-meeting.entity';

/** ChildrenMeeting as the API answers it (schema name ChildrenMeeting; column bounds from the entity). */
@ApiSchema({ name: 'ChildrenMeeting' })
export class ChildrenMeetingView {
  id!: string;
  facilityId!: string;
  heldOn!: string;
  facilitatorId!: string;
  childrenPresent!: number;
  @ApiProperty({ maxItems: MAX_STAFF_PRESENT, items: { type: 'string', maxLength: 200 } })
  staffPresent!: string[];
  @ApiProperty({ maxItems: MAX_CONCERNS })
  concerns!: MeetingConcern[];
  notes!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toChildrenMeetingView(e: ChildrenMeeting): ChildrenMeetingView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    heldOn: e.heldOn,
    facilitatorId: e.facilitatorId,
    childrenPresent: e.childrenPresent,
    staffPresent: e.staffPresent,
    concerns: e.concerns,
    notes: e.notes,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
