import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { ageOn } from '../calendar/dates';
import {
  FieldError,
  invalid,
  notFound,
  ProblemException,
  staleVersion,
} from '../common/errors/problem.exception';
import { facilityToday } from '../database/facility-scope';
import { isPresent, notPresent } from '../daily-care/care-rules';
import { ResidentsService } from '../residents/register/residents.service';
import { PutNutritionPlanDto } from './dto/nutrition.dto';
import { rdaEnergyKcal } from './energy-needs';
import { NutritionPlan } from './nutrition-plan.entity';
import { NutritionPlanView, toNutritionPlanView } from './dto/nutrition-plan.view';
import { assumedBirthDate } from '../residents/model/birth-date';
import { lockedCurrentPlan } from './nutrition.queries';

const NO_PLAN = { vi: 'Đối tượng chưa có chế độ dinh dưỡng', en: 'No nutrition plan yet' };

/** What a plan says, for the audit trail's before/after. */
const planFacts = (p: NutritionPlan): Record<string, unknown> => ({
  planVersion: p.version,
  dietType: p.dietType,
  texture: p.texture,
  allergies: p.allergies,
  mealsPerDay: p.mealsPerDay,
  energyKcal: p.energyKcal,
  supplements: p.supplements,
  notes: p.notes,
});

const substanceKey = (substance: string) => substance.trim().toLocaleLowerCase('vi');

/**
 * An allergy is never lost by omission: each allergy of the current plan that the new one leaves
 * out must be named in `removedAllergies` with a reason; a removal must name an allergy of the
 * current plan that the new one no longer lists.
 */
function allergyRemovalErrors(
  current: { substance: string }[],
  dto: PutNutritionPlanDto,
): FieldError[] {
  const errors: FieldError[] = [];
  const kept = new Set((dto.allergies ?? []).map((a) => substanceKey(a.substance)));
  const removed = new Set((dto.removedAllergies ?? []).map((r) => substanceKey(r.substance)));
  const omitted = current.filter(
    (a) => !kept.has(substanceKey(a.substance)) && !removed.has(substanceKey(a.substance)),
  );
  if (omitted.length > 0) {
    const names = omitted.map((a) => a.substance).join(', ');
    errors.push({
      field: 'allergies',
      code: 'allergyOmitted',
      text: {
        vi: `Kế hoạch mới bỏ sót dị ứng: ${names}. Giữ lại, hoặc ghi vào danh sách dị ứng bỏ đi kèm lý do`,
        en: `The new plan leaves out allergies: ${names}. Keep them, or list them as removed with a reason`,
      },
    });
  }
  const inCurrent = new Set(current.map((a) => substanceKey(a.substance)));
  (dto.removedAllergies ?? []).forEach((r, i) => {
    const key = substanceKey(r.substance);
    if (!inCurrent.has(key) || kept.has(key))
      errors.push({
        field: `removedAllergies.${i}.substance`,
        code: 'notInPlan',
        text: {
          vi: 'Dị ứng này không có trong kế hoạch hiện tại, hoặc vẫn được giữ lại',
          en: 'This allergy is not in the current plan, or is still listed',
        },
      });
  });
  return errors;
}

/** The removed allergies as the trail keeps them: the current plan's name and the reason. */
function removals(
  current: { substance: string }[],
  dto: PutNutritionPlanDto,
): { substance: string; reason: string }[] | null {
  if (!dto.removedAllergies?.length) return null;
  return dto.removedAllergies.map((r) => ({
    substance:
      current.find((a) => substanceKey(a.substance) === substanceKey(r.substance))?.substance ??
      r.substance,
    reason: r.reason.trim(),
  }));
}

@Injectable()
export class NutritionPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsService,
  ) {}

  async current(actor: FacilityActor, residentId: string): Promise<NutritionPlanView> {
    await this.residents.find(actor, residentId);
    const plan = await this.dataSource.getRepository(NutritionPlan).findOne({
      where: { residentId, facilityId: actor.facilityId, supersededAt: IsNull() },
    });
    if (!plan) throw notFound(NO_PLAN);
    return toNutritionPlanView(plan);
  }

  /** Every version, newest first, with who wrote it and when. */
  async history(actor: FacilityActor, residentId: string): Promise<NutritionPlanView[]> {
    await this.residents.find(actor, residentId);
    const rows = await this.dataSource.getRepository(NutritionPlan).find({
      where: { residentId, facilityId: actor.facilityId },
      order: { version: 'DESC' },
    });
    return rows.map(toNutritionPlanView);
  }

  /**
   * Writes the next version of the plan; the current one is kept as history. The first plan
   * needs no If-Match (or `"0"`); a later one names the current version. An allergy of the
   * current plan is removed only by naming it with a reason (`removedAllergies`, audited).
   */
  async put(
    actor: FacilityActor,
    residentId: string,
    expectedVersion: number | undefined,
    dto: PutNutritionPlanDto,
  ): Promise<NutritionPlanView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      if (!isPresent(resident.status)) throw notPresent(resident);
      const current = await lockedCurrentPlan(manager, actor.facilityId, residentId);
      if (current && expectedVersion === undefined)
        throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, 'preconditionRequired');
      if ((expectedVersion ?? 0) !== (current?.version ?? 0))
        throw staleVersion(current?.version ?? 0);

      const today = await facilityToday(manager, actor);
      const birth = assumedBirthDate(resident.dateOfBirth, resident.birthYear);
      const rda = birth ? rdaEnergyKcal(birth, resident.sex, today) : null;
      const errors: FieldError[] = [];
      if (dto.energyKcal === undefined && rda === null)
        errors.push({
          field: 'energyKcal',
          code: 'isDefined',
          text: {
            vi: 'Trẻ dưới 1 tuổi: điều dưỡng cần đặt mức năng lượng',
            en: 'Under 1 year: the nurse sets the energy target',
          },
        });
      const substances = new Set<string>();
      (dto.allergies ?? []).forEach((a, i) => {
        const key = a.substance.toLocaleLowerCase('vi');
        if (substances.has(key))
          errors.push({
            field: `allergies.${i}.substance`,
            code: 'duplicate',
            text: { vi: 'Chất bị ghi hai lần', en: 'Substance given twice' },
          });
        substances.add(key);
      });
      errors.push(...allergyRemovalErrors(current?.allergies ?? [], dto));
      if (birth && ageOn(birth, today) >= 1 && dto.dietType === 'infant_formula')
        errors.push({
          field: 'dietType',
          code: 'notForAge',
          text: { vi: 'Sữa công thức chỉ dành cho trẻ nhỏ', en: 'Infant formula is for infants' },
        });
      if (errors.length > 0) throw invalid(errors);

      if (current) {
        await manager.update(NutritionPlan, { id: current.id }, { supersededAt: new Date() });
      }
      const plan = await manager.save(
        manager.create(NutritionPlan, {
          facilityId: actor.facilityId,
          residentId,
          version: (current?.version ?? 0) + 1,
          dietType: dto.dietType,
          texture: dto.texture,
          allergies: (dto.allergies ?? []).map((a) => ({
            substance: a.substance,
            kind: a.kind,
            severity: a.severity ?? null,
            reaction: a.reaction ?? null,
          })),
          mealsPerDay: dto.mealsPerDay,
          energyKcal: dto.energyKcal ?? rda,
          energyKcalRda: rda,
          supplements: dto.supplements ?? [],
          notes: dto.notes ?? null,
          createdBy: actor.id,
          supersededAt: null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: current ? 'update' : 'create',
        entity: 'nutrition_plan',
        entityId: plan.id,
        changes: diffFields(current ? { ...planFacts(current), removedAllergies: null } : null, {
          ...planFacts(plan),
          removedAllergies: removals(current?.allergies ?? [], dto),
        }),
      });
      return toNutritionPlanView(plan);
    });
  }
}
