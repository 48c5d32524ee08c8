import type { Text } from '../../common/errors/messages';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { FieldError, invalid, ProblemException } from '../../common/errors/problem.exception';
import { flattenValidationErrors } from '../../common/errors/validation';
import { Room } from '../../facilities/room.entity';
import { type Admitted, AdmissionService } from '../admission.service';
import { AdmitResidentDto } from '../dto/admit-resident.dto';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './import-columns';
import { ImportFileError, parseCsv, parseXlsx, RawRow } from './import-parser';

export interface ImportResult {
  dryRun: boolean;
  imported: number;
  residents: { row: number; id: string; code: string; fullName: string }[];
}

const KIND = new Map(IMPORT_COLUMNS.map((c) => [c.key, c.kind]));
/** DTO paths that come from a differently named column. */
const COLUMN_OF: Record<string, string> = {
  roomId: 'roomCode',
  'emergency.foundAt': 'foundAt',
  'emergency.foundOn': 'foundOn',
  'emergency.foundBy': 'foundBy',
  emergency: 'foundAt',
  'voluntary.contractNo': 'contractNo',
  'voluntary.startsOn': 'contractStartsOn',
  'voluntary.endsOn': 'contractEndsOn',
  'voluntary.payer': 'payer',
  voluntary: 'contractNo',
};

function toIsoDate(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : text;
}

function toValue(key: string, text: string): unknown {
  if (text === '') return undefined;
  switch (KIND.get(key)) {
    case 'date':
      return toIsoDate(text);
    case 'int':
      return /^\d+$/.test(text) ? Number(text) : text;
    case 'bool':
      return ['x', 'có', 'co', 'yes', 'true', '1'].includes(text.toLowerCase()) ? true : text;
    case 'list':
      return text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    default:
      return text;
  }
}

const SEX: Record<string, string> = { nam: 'male', nữ: 'female', nu: 'female' };

/** A spreadsheet row as the admission body it stands for. */
function toBody(row: RawRow, rooms: Map<string, string>): Record<string, unknown> {
  const v = (key: string) => toValue(key, row.cells[key] ?? '');
  const body: Record<string, unknown> = {};
  for (const c of IMPORT_COLUMNS) {
    if (
      [
        'roomCode',
        'foundAt',
        'foundOn',
        'foundBy',
        'contractNo',
        'contractStartsOn',
        'contractEndsOn',
        'payer',
      ].includes(c.key)
    )
      continue;
    const value = v(c.key);
    if (value !== undefined) body[c.key] = value;
  }
  if (typeof body.sex === 'string') body.sex = SEX[body.sex.toLowerCase()] ?? body.sex;
  if (typeof body.type === 'string') body.type = body.type.toLowerCase();
  const roomCode = row.cells.roomCode;
  if (roomCode) body.roomId = rooms.get(roomCode.toUpperCase()) ?? `unknown:${roomCode}`;
  if (v('foundAt') !== undefined || v('foundOn') !== undefined || v('foundBy') !== undefined) {
    body.emergency = { foundAt: v('foundAt'), foundOn: v('foundOn'), foundBy: v('foundBy') };
  }
  if (
    v('contractNo') !== undefined ||
    v('contractStartsOn') !== undefined ||
    v('payer') !== undefined
  ) {
    body.voluntary = {
      contractNo: v('contractNo'),
      startsOn: v('contractStartsOn'),
      endsOn: v('contractEndsOn'),
      payer: v('payer'),
    };
  }
  return body;
}

/** Cells holding U+0000, which PostgreSQL cannot store (was a 500 from the INSERT). */
function nulCells(row: RawRow): FieldError[] {
  return Object.entries(row.cells)
    .filter(([, text]) => text.includes('\u0000'))
    .map(([field]) => ({ field, code: 'nulCharacter' }));
}

function columnOf(field: string): string {
  return COLUMN_OF[field] ?? field.split('.')[0] ?? field;
}

/**
 * Imports a facility's existing register. Every row is validated and admitted through the same
 * rules as POST /residents, inside one transaction: all rows or none. A dry run does everything
 * and rolls back, so it answers exactly what a real import would.
 */
/** An uploaded register file. */
export type ImportFile = { buffer: Buffer; originalname: string; mimetype: string };

@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly admissions: AdmissionService,
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
    const rows = await this.parse(file);
    if (rows.length === 0)
      throw this.fileError({
        vi: 'tệp không có dòng dữ liệu nào',
        en: 'the file has no data rows',
      });
    if (rows.length > MAX_IMPORT_ROWS)
      throw this.fileError({
        vi: `tối đa ${MAX_IMPORT_ROWS} dòng mỗi tệp`,
        en: `at most ${MAX_IMPORT_ROWS} rows per file`,
      });

    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const manager = runner.manager;
      const facility = await this.admissions.lockFacility(manager, actor);
      const rooms = new Map(
        (await manager.findBy(Room, { facilityId: actor.facilityId })).map((r) => [
          r.code.toUpperCase(),
          r.id,
        ]),
      );
      const errors: FieldError[] = [];
      const result: ImportResult = { dryRun, imported: 0, residents: [] };
      for (const row of rows) {
        const body = toBody(row, rooms);
        const rowErrors = [...nulCells(row), ...(await this.validateRow(body))];
        if (rowErrors.length > 0) {
          errors.push(
            ...rowErrors.map((e) => ({ ...e, field: `rows.${row.row}.${columnOf(e.field)}` })),
          );
          continue;
        }
        await runner.query('SAVEPOINT import_row');
        try {
          const dto = plainToInstance(AdmitResidentDto, body);
          const admitted = await this.admissions.admitWith(manager, actor, facility, dto);
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

  private async parse(file: {
    buffer: Buffer;
    originalname: string;
    mimetype: string;
  }): Promise<RawRow[]> {
    const name = file.originalname.toLowerCase();
    try {
      if (name.endsWith('.xlsx') || file.mimetype.includes('spreadsheetml'))
        return await parseXlsx(file.buffer);
      if (name.endsWith('.csv') || file.mimetype.includes('csv') || file.mimetype === 'text/plain')
        return parseCsv(file.buffer);
    } catch (err) {
      if (err instanceof ImportFileError) throw this.fileError(err.text);
      throw err;
    }
    throw this.fileError({
      vi: 'hãy tải lên tệp .csv hoặc .xlsx',
      en: 'upload a .csv or .xlsx file',
    });
  }

  private fileError(message: Text): ProblemException {
    return invalid([
      {
        field: 'file',
        code: 'invalidFile',
        text: { vi: `Tệp không hợp lệ: ${message.vi}`, en: `Invalid file: ${message.en}` },
      },
    ]);
  }

  private async validateRow(body: Record<string, unknown>): Promise<FieldError[]> {
    const errors = await validate(plainToInstance(AdmitResidentDto, body), {
      whitelist: true,
      forbidNonWhitelisted: true,
      validationError: { target: false, value: true },
    });
    const out = flattenValidationErrors(errors);
    if (typeof body.roomId === 'string' && body.roomId.startsWith('unknown:')) {
      const i = out.findIndex((e) => e.field === 'roomId');
      const unknownRoom: FieldError = {
        field: 'roomId',
        code: 'unknownReference',
        text: { vi: 'Không có phòng này trong cơ sở', en: 'No such room in this facility' },
      };
      if (i >= 0) out[i] = unknownRoom;
      else out.push(unknownRoom);
    }
    return out;
  }

  private rowProblem(row: number, err: ProblemException): FieldError[] {
    if (err.fieldErrors.length > 0) {
      return err.fieldErrors.map((e) => ({ ...e, field: `rows.${row}.${columnOf(e.field)}` }));
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
        field: `rows.${row}`,
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
