import type { EntityManager } from 'typeorm';
import type { SchoolTerm } from '../rules/rating-scales';
import { SchoolResult } from './school-result.entity';

/** The id and version of the enrolment's result for the term, if one is recorded. */
export function resultOfTerm(
  manager: EntityManager,
  enrollmentId: string,
  term: SchoolTerm,
): Promise<Pick<SchoolResult, 'id' | 'version'> | null> {
  return manager.findOne(SchoolResult, {
    where: { enrollmentId, term },
    select: { id: true, version: true },
  });
}
