import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { SessionType } from '../case.enums';
import { MAX_TOPICS, type CounsellingSession } from './counselling-session.entity';

/** CounsellingSession as the API answers it (schema name CounsellingSession; column bounds from the entity). */
@ApiSchema({ name: 'CounsellingSession' })
export class CounsellingSessionView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  caseId!: string;
  sessionOn!: string;
  type!: SessionType;
  counsellorId!: string;
  durationMinutes!: number;
  @ApiProperty({ maxItems: MAX_TOPICS, items: { type: 'string', maxLength: 100 } })
  topics!: string[];
  summary!: string;
  followUpActions!: string | null;
  /** Copied from the case when written: the summary of a protection case is sensitive. */
  sensitive!: boolean;
  createdAt!: Date;
}

export function toCounsellingSessionView(e: CounsellingSession): CounsellingSessionView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    caseId: e.caseId,
    sessionOn: e.sessionOn,
    type: e.type,
    counsellorId: e.counsellorId,
    durationMinutes: e.durationMinutes,
    topics: e.topics,
    summary: e.summary,
    followUpActions: e.followUpActions,
    sensitive: e.sensitive,
    createdAt: e.createdAt,
  };
}
