import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { conflict, fieldError, FieldError, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, paginate } from '../../common/http/pagination';
import { createInFacility, updateInFacility } from '../../database/facility-scope';
import { PRESENT_STATUSES } from '../../residents/model/resident-rules';
import { ResidentsService } from '../../residents/register/residents.service';
import type { VocationalTrainingView } from './vocational-training.view';
import {
  CreateVocationalTrainingDto,
  UpdateVocationalTrainingDto,
} from './vocational-training.dto';
import { sentFields } from '../enrollments/enrollments.service';
import { toTrainingView, TRAINING_NOT_FOUND } from './vocational-training-views';
import { VocationalTraining, type VocationalStatus } from './vocational-training.entity';
import { trainingsOfResident } from './vocational-training.queries';
import { RESIDENT_STATUS_WORDS } from '../../residents/model/status-words';

export interface TrainingFacts {
  startDate: string;
  endDate: string | null;
  status: VocationalStatus;
  certificateObtained: boolean;
  employer: string | null;
  jobTitle: string | null;
  jobStartedOn: string | null;
}

/**
 * A course ends after it starts; a completed course has its end date; a certificate comes with a
 * completed course; a job placement names the employer and does not start before the course.
 */
export function checkTraining(t: TrainingFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (t.endDate !== null && t.endDate < t.startDate) {
    errors.push(
      fieldError(
        'endDate',
        'beforeStart',
        'Ngày kết thúc trước ngày bắt đầu',
        'The end is before the start',
      ),
    );
  }
  if (t.status === 'completed' && t.endDate === null) {
    errors.push(
      fieldError(
        'endDate',
        'isDefined',
        'Khóa học đã xong cần ngày kết thúc',
        'A completed course needs its end date',
      ),
    );
  }
  if (t.certificateObtained && t.status !== 'completed') {
    errors.push(
      fieldError(
        'certificateObtained',
        'notCompleted',
        'Chỉ có chứng chỉ khi đã hoàn thành khóa học',
        'A certificate needs a completed course',
      ),
    );
  }
  if ((t.jobTitle !== null || t.jobStartedOn !== null) && t.employer === null) {
    errors.push(
      fieldError('employer', 'isDefined', 'Cần nơi làm việc', 'The employer is required'),
    );
  }
  if (t.jobStartedOn !== null && t.jobStartedOn < t.startDate) {
    errors.push(
      fieldError(
        'jobStartedOn',
        'beforeStart',
        'Ngày đi làm trước khi bắt đầu học nghề',
        'The job starts before the course',
      ),
    );
  }
  return errors;
}

@Injectable()
export class VocationalTrainingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsService,
  ) {}

  async list(
    actor: FacilityActor,
    residentId: string,
    page: PageQuery,
  ): Promise<Page<VocationalTrainingView>> {
    const manager = this.dataSource.manager;
    await this.residents.find(actor, residentId, manager);
    const qb = trainingsOfResident(manager, actor.facilityId, residentId);
    const found = await paginate(
      qb,
      [
        { sql: 'v.startDate', value: (v) => v.startDate },
        { sql: 'v.id', value: (v) => v.id },
      ],
      page,
      'DESC',
    );
    return { items: found.items.map(toTrainingView), nextCursor: found.nextCursor };
  }

  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateVocationalTrainingDto,
  ): Promise<VocationalTrainingView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      if (!PRESENT_STATUSES.includes(resident.status)) {
        throw conflict({
          vi: `Đối tượng ${RESIDENT_STATUS_WORDS[resident.status].vi}: không thể ghi danh học nghề`,
          en: `The resident ${RESIDENT_STATUS_WORDS[resident.status].en} and cannot start a course`,
        });
      }
      const facts: TrainingFacts = {
        startDate: dto.startDate,
        endDate: dto.endDate ?? null,
        status: dto.status ?? 'ongoing',
        certificateObtained: dto.certificateObtained ?? false,
        employer: dto.employer?.trim() ?? null,
        jobTitle: dto.jobTitle?.trim() || null,
        jobStartedOn: dto.jobStartedOn ?? null,
      };
      const errors = checkTraining(facts);
      if (errors.length > 0) throw invalid(errors);
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        VocationalTraining,
        'vocational_training',
        {
          ...facts,
          residentId,
          course: dto.course.trim(),
          institution: dto.institution.trim(),
          trade: dto.trade.trim(),
          programmeLevel: dto.programmeLevel ?? null,
          certificateName: dto.certificateName?.trim() || null,
          monthlyIncomeVnd: dto.monthlyIncomeVnd ?? null,
          notes: dto.notes ?? null,
          createdBy: actor.id,
        },
      );
      return toTrainingView(saved);
    });
  }

  /** Progress, the certificate and the job after it (If-Match); also after the resident left. */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateVocationalTrainingDto,
  ): Promise<VocationalTrainingView> {
    const fields = sentFields(dto);
    return this.dataSource.transaction(async (manager) => {
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        VocationalTraining,
        'vocational_training',
        id,
        version,
        (before) => {
          const errors = checkTraining({ ...before, ...fields });
          if (errors.length > 0) throw invalid(errors);
          return fields;
        },
        { what: TRAINING_NOT_FOUND },
      );
      return toTrainingView(after);
    });
  }
}
