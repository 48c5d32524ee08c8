import type { EntityManager } from 'typeorm';
import { CaseFile } from '../case-file/case-file.entity';
import { InterventionPlan } from './intervention-plan.entity';

/** The plan's case, locked (the plan was found in the caller's facility). */
export function lockCase(manager: EntityManager, caseId: string): Promise<CaseFile> {
  return manager
    .getRepository(CaseFile)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where('c.id = :id', { id: caseId })
    .getOneOrFail();
}

/** Whether the case has a plan (any revision, any status). */
export function caseHasPlan(manager: EntityManager, caseId: string): Promise<boolean> {
  return manager.existsBy(InterventionPlan, { caseId });
}

/** Whether a revision of the case's plan is waiting for approval. */
export function caseHasDraftPlan(manager: EntityManager, caseId: string): Promise<boolean> {
  return manager.existsBy(InterventionPlan, { caseId, status: 'draft' });
}
