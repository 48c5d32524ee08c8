import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { Role } from '../../identity/role';
import type { Text } from '../../common/errors/messages';
import {
  conflict,
  fieldError,
  FieldError,
  forbidden,
  invalid,
} from '../../common/errors/problem.exception';
import { Page, PageQuery, mapPage, newestFirstPage } from '../../common/http/pagination';
import { createInFacility, updateInFacility } from '../../database/facility-scope';
import { CasesService } from '../case-file/cases.service';
import { CreateReferralDto, UpdateReferralDto } from './referral.dto';
import { Referral } from './referral.entity';
import { ResidentsService } from '../../residents/register/residents.service';
import { ReferralView, toReferralView } from './referral.view';

export const REFERRAL_NOT_FOUND: Text = {
  vi: 'Không tìm thấy chuyển gửi',
  en: 'Referral not found',
};

/** Step 3: referrals to other services, with the consent rule of TT 02/2020. */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  async list(
    actor: FacilityActor,
    residentId: string,
    page: PageQuery,
  ): Promise<Page<ReferralView>> {
    await this.residents.find(actor, residentId);
    const found = await newestFirstPage(
      this.dataSource.manager,
      Referral,
      actor.facilityId,
      { residentId },
      'referredOn',
      page,
    );
    return mapPage(found, toReferralView);
  }

  /**
   * A referral that shares personal information needs the resident's or guardian's consent, or an
   * admin's override with a reason (409 otherwise; the override by anyone else is a 403).
   */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateReferralDto,
  ): Promise<ReferralView> {
    if (dto.consentOverrideReason && actor.role !== Role.Admin) {
      throw forbidden({
        vi: 'Chỉ giám đốc được chia sẻ thông tin khi chưa có đồng ý',
        en: 'Only the admin may share information without consent',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const { resident, caseFile } = await this.cases.openCaseOf(manager, actor, residentId);
      const today = await this.cases.today(manager, actor);
      const errors: FieldError[] = [];
      if (dto.referredOn < resident.admittedOn || dto.referredOn > today) {
        errors.push(
          fieldError(
            'referredOn',
            'outOfStay',
            'Ngày chuyển gửi phải trong thời gian ở, không ở tương lai',
            'The referral date must be within the stay and not in the future',
          ),
        );
      }
      if (dto.consent && dto.consent.givenOn > dto.referredOn) {
        errors.push(
          fieldError(
            'consent.givenOn',
            'afterReferral',
            'Sự đồng ý phải có trước khi chuyển gửi',
            'Consent must be given before the referral',
          ),
        );
      }
      if (errors.length > 0) throw invalid(errors);
      if (dto.sharesPersonalData && !dto.consent && !dto.consentOverrideReason) {
        throw conflict({
          vi: 'Chia sẻ thông tin cá nhân cần sự đồng ý của đối tượng hoặc người giám hộ (TT 02/2020), hoặc giám đốc quyết định kèm lý do',
          en: "Sharing personal information needs the resident's or guardian's consent (TT 02/2020), or the admin's override with a reason",
        });
      }
      const override =
        dto.sharesPersonalData && !dto.consent ? (dto.consentOverrideReason ?? null) : null;
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        Referral,
        'referral',
        {
          residentId,
          caseId: caseFile.id,
          referredOn: dto.referredOn,
          kind: dto.kind,
          organisation: dto.organisation,
          contactName: dto.contactName ?? null,
          contactPhone: dto.contactPhone ?? null,
          reason: dto.reason,
          sharesPersonalData: dto.sharesPersonalData,
          consent: dto.consent
            ? {
                givenBy: dto.consent.givenBy,
                name: dto.consent.name,
                givenOn: dto.consent.givenOn,
                written: dto.consent.written,
              }
            : null,
          consentOverrideReason: override,
          consentOverriddenBy: override ? actor.id : null,
          outcome: 'pending',
          createdBy: actor.id,
        },
        { also: override ? { consentOverridden: { before: null, after: override } } : {} },
      );
      return toReferralView(saved);
    });
  }

  /** Records the outcome (or corrects the contact). */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateReferralDto,
  ): Promise<ReferralView> {
    return this.dataSource.transaction(async (manager) => {
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        Referral,
        'referral',
        id,
        version,
        async (before) => {
          const today = await this.cases.today(manager, actor);
          if (dto.outcomeOn && (dto.outcomeOn < before.referredOn || dto.outcomeOn > today)) {
            throw invalid([
              fieldError(
                'outcomeOn',
                'outOfRange',
                'Ngày kết quả phải sau ngày chuyển gửi, không ở tương lai',
                'The outcome date must be after the referral and not in the future',
              ),
            ]);
          }
          const changes: Partial<Referral> = {};
          if (dto.outcome !== undefined) changes.outcome = dto.outcome;
          if (dto.outcomeOn !== undefined) changes.outcomeOn = dto.outcomeOn ?? null;
          if (dto.outcomeNote !== undefined) changes.outcomeNote = dto.outcomeNote ?? null;
          if (dto.contactName !== undefined) changes.contactName = dto.contactName ?? null;
          if (dto.contactPhone !== undefined) changes.contactPhone = dto.contactPhone ?? null;
          return changes;
        },
        { what: REFERRAL_NOT_FOUND },
      );
      return toReferralView(after);
    });
  }
}
