import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { FieldError, invalid, ProblemException } from '../../common/errors/problem.exception';
import { flattenValidationErrors } from '../../common/errors/validation';
import { type Admitted, AdmissionService } from '../admission/admission.service';
import { AdmitResidentDto } from '../admission/admit-resident.dto';
import { DuplicatesService, probeOf } from '../duplicates/duplicates.service';
import { OccupancyService } from '../occupancy/occupancy.service';
import type { ResidentStatus } from '../model/resident.enums';
import type { Facility } from '../../facilities/facility.entity';
import { facilityToday } from '../../database/facility-scope';
import { columnLength } from '../../database/columns';
import { Resident } from '../model/resident.entity';
import { MAX_IMPORT_ROWS } from './import-columns';
import { fileError, type ImportFile, readImportFile } from './import-file';
import { importContext } from './import.queries';
import { columnOf, meaningfulRuleErrors, readRow } from './import-row';

export interface ImportResult {
  dryRun: boolean;
  imported: number;
  residents: { row: number; id: string; code: string; fullName: string }[];
  skipped: { row: number; fullName: string; status: ResidentStatus }[];
}

/**
 * Imports a facility's existing register. Every row is validated and admitted through the same
 * rules as POST /residents, inside one transaction: all rows or none. Every error of every row is
 * answered at once: the columns, the rules across them, the references (ethnicity, room, code),
 * likely duplicates and the room's beds. A dry run does everything and rolls back, so it answers
 * exactly what a real import would.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly admissions: AdmissionService,
    private readonly duplicates: DuplicatesService,
    private readonly occupancy: OccupancyService,
    private readonly audit: AuditService,
  ) {}

  /** `startStay`: what each admitted row's stay begins with (StaysService), in its savepoint. */
  async import(
    actor: FacilityActor,
    file: ImportFile | undefined,
    dryRun: boolean,
    startStay: (manager: EntityManager, admitted: Admitted) => Promise<void>,
  ): Promise<ImportResult> {
    if (!file) throw invalid([{ field: 'file', code: 'isDefined', fallback: 'file is required' }]);
    const rows = await readImportFile(file);
    if (rows.length === 0)
      throw fileError({
        vi: 'tệp không có dòng dữ liệu nào',
        en: 'the file has no data rows',
      });
    if (rows.length > MAX_IMPORT_ROWS)
      throw fileError({
        vi: `tối đa ${MAX_IMPORT_ROWS} dòng mỗi tệp`,
        en: `at most ${MAX_IMPORT_ROWS} rows per file`,
      });

    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const manager = runner.manager;
      const facility = await this.admissions.lockFacility(manager, actor);
      const ctx = await importContext(manager, actor.facilityId);
      const today = await facilityToday(manager, actor);
      const errors: FieldError[] = [];
      const result: ImportResult = { dryRun, imported: 0, residents: [], skipped: [] };
      for (const row of rows) {
        const read = readRow(row, ctx);
        if (read.skip) {
          result.skipped.push({
            row: row.row,
            fullName: (row.cells.fullName ?? '').slice(0, columnLength(Resident, 'fullName')),
            status: read.skip,
          });
          continue;
        }
        if (read.code) ctx.takenCodes.add(read.code);
        const rowErrors = await this.rowErrors(manager, actor, facility, read, today);
        if (rowErrors.length > 0) {
          const at = (field: string) => (field ? `rows.${row.row}.${field}` : `rows.${row.row}`);
          errors.push(...rowErrors.map((e) => ({ ...e, field: at(e.field) })));
          continue;
        }
        await runner.query('SAVEPOINT import_row');
        try {
          const dto = plainToInstance(AdmitResidentDto, read.body);
          const admitted = await this.admissions.admitWith(
            manager,
            actor,
            facility,
            dto,
            read.code,
          );
          await startStay(manager, admitted);
          const { resident } = admitted;
          await runner.query('RELEASE SAVEPOINT import_row');
          result.residents.push({
            row: row.row,
            id: resident.id,
            code: resident.code,
            fullName: resident.fullName,
          });
        } catch (err) {
          await runner.query('ROLLBACK TO SAVEPOINT import_row');
          if (!(err instanceof ProblemException)) throw err;
          errors.push(...this.rowProblem(row.row, err));
        }
      }
      if (errors.length > 0) {
        throw new ProblemException(
          HttpStatus.BAD_REQUEST,
          'validation',
          {
            vi: `${new Set(errors.map((e) => e.field.split('.')[1])).size} dòng có lỗi; chưa nhập dòng nào`,
            en: `${new Set(errors.map((e) => e.field.split('.')[1])).size} rows have errors; nothing was imported`,
          },
          errors,
        );
      }
      result.imported = result.residents.length;
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'resident_import',
        entityId: null,
        changes: {
          file: { before: null, after: file.originalname.slice(0, 100) },
          rows: { before: null, after: result.imported },
          dryRun: { before: null, after: dryRun },
        },
      });
      if (dryRun) await runner.rollbackTransaction();
      else await runner.commitTransaction();
      return result;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }

  /**
   * Every error of one row, with its column: the words, the fields, the rules across fields that
   * still mean something, and — read-only — likely duplicates and the room's beds, which
   * admitWith would otherwise answer one at a time after the rest was fixed.
   */
  private async rowErrors(
    manager: EntityManager,
    actor: FacilityActor,
    facility: Facility,
    read: { body: Record<string, unknown>; errors: FieldError[] },
    today: string,
  ): Promise<FieldError[]> {
    const fieldErrors = flattenValidationErrors(
      await validate(plainToInstance(AdmitResidentDto, read.body), {
        whitelist: true,
        forbidNonWhitelisted: true,
        validationError: { target: false, value: true },
      }),
    ).map((e) => ({ ...e, field: columnOf(e.field) }));
    // A column whose word named nothing was left out of the body: its own error says why.
    const misread = new Set(read.errors.map((e) => e.field));
    const errors = [...read.errors, ...fieldErrors.filter((e) => !misread.has(e.field))];
    const wrong = new Set(errors.map((e) => e.field));
    // The rules read the fields that could be read; what is wrong stays out of them.
    const readable = Object.fromEntries(
      Object.entries(read.body).filter(([key]) => !wrong.has(columnOf(key))),
    );
    const dto = plainToInstance(AdmitResidentDto, { fullName: '', categories: [], ...readable });
    const rules = await this.admissions.problems(manager, dto, today);
    errors.push(
      ...meaningfulRuleErrors(rules, wrong).map((e) => ({ ...e, field: columnOf(e.field) })),
    );
    const probes: (() => Promise<unknown>)[] = [
      () => this.occupancy.assertFacilityHasBed(manager, facility),
    ];
    if (dto.roomId && !wrong.has('needs24hCare') && !wrong.has('bed')) {
      const roomId = dto.roomId;
      probes.push(() =>
        this.occupancy.assertRoomTakes(manager, actor, roomId, {
          needs24hCare: dto.needs24hCare ?? false,
          bed: dto.bed ?? null,
          excludeResidentId: null,
        }),
      );
    }
    const seen = ['fullName', 'dateOfBirth', 'birthYear', 'personalId'];
    if (!dto.confirmNotDuplicate && dto.fullName && !seen.some((c) => wrong.has(c))) {
      const candidates = await this.duplicates.find(manager, facility.id, probeOf(dto));
      if (candidates.length > 0) {
        errors.push({
          field: '',
          code: 'possibleDuplicate',
          text: {
            vi: `Có thể người này đã có trong sổ (${candidates.map((c) => c.code).join(', ')}); kiểm tra, hoặc ghi x ở cột "Xác nhận không trùng"`,
            en: `This person may already be in the register (${candidates.map((c) => c.code).join(', ')}); check, or put x in "Xác nhận không trùng"`,
          },
        });
      }
    }
    for (const probe of probes) {
      try {
        await probe();
      } catch (err) {
        if (!(err instanceof ProblemException)) throw err;
        errors.push(...this.rowProblem(null, err));
      }
    }
    return errors;
  }

  /** A refusal of admitWith as the row's errors (`row` null: fields named by column only). */
  private rowProblem(row: number | null, err: ProblemException): FieldError[] {
    const at = (field: string | null) =>
      row === null ? (field ?? '') : field ? `rows.${row}.${field}` : `rows.${row}`;
    if (err.fieldErrors.length > 0) {
      return err.fieldErrors.map((e) => ({ ...e, field: at(columnOf(e.field)) }));
    }
    const duplicates = (err.extensions.duplicates as { code: string }[] | undefined)?.map(
      (d) => d.code,
    );
    const detail = err.detailText ?? {
      vi: 'Không nhập được dòng này',
      en: 'This row cannot be imported',
    };
    return [
      {
        field: at(null),
        code: duplicates ? 'possibleDuplicate' : err.code,
        text: duplicates
          ? {
              vi: `${detail.vi} (${duplicates.join(', ')})`,
              en: `${detail.en} (${duplicates.join(', ')})`,
            }
          : detail,
      },
    ];
  }
}
