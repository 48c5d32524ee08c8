import type { EntityManager } from 'typeorm';
import type { FacilityActor } from '../../identity/actor';
import { STAFF_ROLES } from '../../identity/role';
import { fieldError, FieldError } from '../../common/errors/problem.exception';
import type { CaseFile } from '../case-file/case-file.entity';
import { checkStaff } from '../case-file/case-staff';
import { checkGoalKeys } from '../case-rules';
import type { ActivityDto, CreatePlanDto, GoalDto, ServiceDto } from './plan.dto';
import type { PlanActivity, PlanGoal, PlanService } from './intervention-plan.entity';

// What a plan's request becomes, and the checks it must pass; shared by the plan's draft and
// the revision a review makes.

export const toGoals = (goals: GoalDto[], before: PlanGoal[] = []): PlanGoal[] =>
  goals.map((g) => ({
    key: g.key,
    domain: g.domain,
    goal: g.goal,
    indicator: g.indicator ?? null,
    status: g.status ?? before.find((b) => b.key === g.key)?.status ?? 'not_started',
  }));
export const toActivities = (activities: ActivityDto[] = []): PlanActivity[] =>
  activities.map((a) => ({
    description: a.description,
    goalKey: a.goalKey ?? null,
    ownerId: a.ownerId,
    dueOn: a.dueOn,
    done: a.done ?? false,
  }));
export const toServices = (services: ServiceDto[] = []): PlanService[] =>
  services.map((s) => ({ name: s.name, provision: s.provision, provider: s.provider ?? null }));

/** The rules of a plan: goal keys, dates within the case, activity owners on the staff. */
export async function checkPlan(
  manager: EntityManager,
  actor: FacilityActor,
  caseFile: CaseFile,
  dto: Pick<CreatePlanDto, 'startsOn' | 'endsOn' | 'activities'> & { goals: { key: string }[] },
): Promise<FieldError[]> {
  const errors = checkGoalKeys(dto.goals, dto.activities ?? [], 'activities');
  if (dto.startsOn < caseFile.openedOn) {
    errors.push(
      fieldError(
        'startsOn',
        'beforeCase',
        'Kế hoạch bắt đầu trước khi mở hồ sơ',
        'The plan starts before the case was opened',
      ),
    );
  }
  if (dto.endsOn && dto.endsOn < dto.startsOn) {
    errors.push(
      fieldError(
        'endsOn',
        'beforeStart',
        'Ngày kết thúc trước ngày bắt đầu',
        'Ends before it starts',
      ),
    );
  }
  errors.push(...(await checkOwners(manager, actor, dto.activities ?? [], 'activities')));
  return errors;
}

/** Each activity's owner is an active staff member of the facility. */
export async function checkOwners(
  manager: EntityManager,
  actor: FacilityActor,
  activities: { ownerId: string }[],
  field: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [i, a] of activities.entries()) {
    const found = await checkStaff(manager, actor, a.ownerId, `${field}.${i}.ownerId`, STAFF_ROLES);
    errors.push(...found);
  }
  return errors;
}
