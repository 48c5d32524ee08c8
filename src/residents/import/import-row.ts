import type { FieldError } from '../../common/errors/problem.exception';
import { KEPT_CODE } from '../model/identifiers';
import { CHILD_CATEGORY_LABEL } from '../model/categories';
import { PRESENT_STATUSES } from '../model/resident-rules';
import type { ResidentStatus } from '../model/resident.enums';
import { IMPORT_COLUMNS } from './import-columns';
import type { RawRow } from './import-parser';
import {
  ADMISSION_TYPE_WORDS,
  CATEGORY_WORDS,
  DISABILITY_LEVEL_WORDS,
  DOSSIER_WORDS,
  EMERGENCY_KIND_WORDS,
  MOBILITY_WORDS,
  SEX_WORDS,
  STATUS_WORDS,
  Vocabulary,
  wordKey,
  YES_WORDS,
} from './import-words';

/** What the import knows of the facility and of the file while it reads a row. */
export interface RowContext {
  /** Room code (upper case) → room id. */
  rooms: Map<string, string>;
  /** The ethnic groups: code or name → code. */
  ethnicities: Vocabulary;
  /** Register codes already taken (the facility's and the rows' before). */
  takenCodes: Set<string>;
}

/** A row read: the admission body, the errors of reading it, the code to keep, or why it is skipped. */
export interface ReadRow {
  body: Record<string, unknown>;
  errors: FieldError[];
  code?: string;
  /** The status of a person no longer in care: the row is not imported. */
  skip?: ResidentStatus;
}

const KIND = new Map(IMPORT_COLUMNS.map((c) => [c.key, c.kind]));

/** Coded columns and their words (import-words.ts). */
const WORDS: Record<string, Vocabulary> = {
  type: ADMISSION_TYPE_WORDS,
  sex: SEX_WORDS,
  emergencyKind: EMERGENCY_KIND_WORDS,
  disabilityLevel: DISABILITY_LEVEL_WORDS,
  mobility: MOBILITY_WORDS,
};
const LIST_WORDS: Record<string, Vocabulary> = {
  categories: CATEGORY_WORDS,
  dossierPresent: DOSSIER_WORDS,
};

/** Columns that are not a field of the admission body as they stand. */
const NOT_IN_BODY = new Set([
  'roomCode',
  'foundAt',
  'foundOn',
  'foundBy',
  'contractNo',
  'contractStartsOn',
  'contractEndsOn',
  'payer',
]);

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

export function columnOf(field: string): string {
  return COLUMN_OF[field] ?? field.split('.')[0] ?? field;
}

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
      return YES_WORDS.code(text) ? true : text;
    case 'list':
      return text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    default:
      return text;
  }
}

/** The export's one category for every child (categories.ts, CHILD_CATEGORY). */
const CHILD_WORD = wordKey(CHILD_CATEGORY_LABEL.vi);

/** A word that names nothing (the cell is not quoted back: an answer never echoes a file's text). */
const unknownWord = (field: string): FieldError => ({
  field,
  code: 'unknownWord',
  text: {
    vi: 'Không hiểu giá trị này: ghi mã hoặc tên như trong mẫu (trang Hướng dẫn)',
    en: "Neither a code nor one of its words (see the template's guide)",
  },
});

/** Cells holding U+0000, which PostgreSQL cannot store (was a 500 from the INSERT). */
function nulCells(row: RawRow): FieldError[] {
  return Object.entries(row.cells)
    .filter(([, text]) => text.includes('\u0000'))
    .map(([field]) => ({ field, code: 'nulCharacter' }));
}

/** The ethnicity cell: a code ("03", or "3" as a spreadsheet keeps a number) or a group's name. */
function ethnicityOf(text: string, ethnicities: Vocabulary): string | undefined {
  return ethnicities.code(/^\d$/.test(text) ? `0${text}` : text);
}

/**
 * A spreadsheet row as the admission body it stands for, with the errors of its words: a coded
 * column takes the code or one of its Vietnamese words; a word that names nothing is an error
 * of its own column (and the column is left out of the body, so it is not reported twice).
 */
export function readRow(row: RawRow, ctx: RowContext): ReadRow {
  const errors = nulCells(row);
  const cell = (key: string) => row.cells[key] ?? '';
  const v = (key: string) => toValue(key, cell(key));
  const body: Record<string, unknown> = {};
  for (const c of IMPORT_COLUMNS) {
    if (NOT_IN_BODY.has(c.key)) continue;
    const value = v(c.key);
    if (value === undefined) continue;
    const words = WORDS[c.key];
    const list = LIST_WORDS[c.key];
    if (words && typeof value === 'string') {
      const code = words.code(value);
      if (code) body[c.key] = code;
      else errors.push(unknownWord(c.key));
    } else if (list && Array.isArray(value)) {
      const texts = value as string[];
      const codes = texts.map((t) => list.code(t));
      const unknown = texts.filter((_, i) => !codes[i]);
      if (c.key === 'categories' && unknown.some((t) => wordKey(t) === CHILD_WORD)) {
        errors.push({
          field: c.key,
          code: 'childCategory',
          text: {
            vi: 'Ghi rõ diện của trẻ em (bị bỏ rơi, mồ côi, khác, nhiễm HIV): sổ xuất ra chỉ ghi "Trẻ em thuộc diện nuôi dưỡng" để không lộ tình trạng HIV',
            en: 'Name the child\'s category (abandoned, orphan, other, HIV): the exported register only says "child in residential care" so as not to disclose HIV status',
          },
        });
      } else if (unknown.length > 0) errors.push(unknownWord(c.key));
      else body[c.key] = codes;
    } else if (c.key === 'ethnicityCode' && typeof value === 'string') {
      const code = ethnicityOf(value, ctx.ethnicities);
      if (code) body[c.key] = code;
      else
        errors.push({
          field: c.key,
          code: 'unknownCode',
          text: {
            vi: 'Không có dân tộc này trong danh mục (mã 01–55 hoặc tên dân tộc)',
            en: "No such ethnic group (code 01–55 or the group's name)",
          },
        });
    } else body[c.key] = value;
  }
  const roomCode = cell('roomCode');
  if (roomCode) {
    const id = ctx.rooms.get(roomCode.toUpperCase());
    if (id) body.roomId = id;
    else
      errors.push({
        field: 'roomCode',
        code: 'unknownReference',
        text: { vi: 'Không có phòng này trong cơ sở', en: 'No such room in this facility' },
      });
  }
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
  const read: ReadRow = { body, errors };
  const status = cell('status');
  if (status) {
    const s = STATUS_WORDS.code(status);
    if (!s) errors.push(unknownWord('status'));
    else if (!PRESENT_STATUSES.includes(s)) read.skip = s;
  }
  const code = cell('code');
  if (code) {
    if (!KEPT_CODE.test(code)) {
      errors.push({
        field: 'code',
        code: 'invalidCode',
        text: {
          vi: 'Mã đối tượng có dạng DB-năm-số (DB-2024-0001); để trống để hệ thống cấp mã',
          en: 'A register code reads DB-year-number (DB-2024-0001); leave it blank for a new one',
        },
      });
    } else if (ctx.takenCodes.has(code)) {
      errors.push({
        field: 'code',
        code: 'codeTaken',
        text: { vi: `Mã ${code} đã có người mang`, en: `Code ${code} is taken` },
      });
    } else read.code = code;
  }
  return read;
}

/**
 * The columns a cross-field rule reads besides its own: a rule's error is left out when one of
 * them is already wrong (a birth year "mismatching" a date that could not be read says nothing).
 */
const RULE_INPUTS: Record<string, string[]> = {
  emergencyKind: ['categories'],
  personalId: ['sex', 'dateOfBirth', 'birthYear'],
  admittedOn: ['dateOfBirth', 'birthYear'],
  birthYear: ['dateOfBirth'],
  dateOfBirth: ['birthYear'],
  categories: ['type'],
  decisionNo: ['type'],
  decisionDate: ['type'],
  foundAt: ['type'],
  contractNo: ['type'],
  contractEndsOn: ['contractStartsOn'],
};

/** The rule errors that still say something once the columns in `wrong` are known to be wrong. */
export function meaningfulRuleErrors(rules: FieldError[], wrong: Set<string>): FieldError[] {
  return rules.filter((e) => {
    const column = columnOf(e.field);
    return !wrong.has(column) && !(RULE_INPUTS[column] ?? []).some((c) => wrong.has(c));
  });
}
