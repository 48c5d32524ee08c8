import type { DailyRecord } from './daily-record.entity';
import type { CareObservationDto, UpdateDailyRecordDto } from './dto/daily-record.dto';

/**
 * The stored form of an observation (absent fields are empty). The medication columns are not
 * written: the medication round holds every dose (shift-medication.ts).
 */
export function observationRow(dto: CareObservationDto): Partial<DailyRecord> {
  const handover = dto.handover ?? Boolean(dto.handoverMessage?.trim());
  return {
    meals: (dto.meals ?? []).map((m) => ({ meal: m.meal, intake: m.intake, note: m.note ?? null })),
    fluidsMl: dto.fluidsMl ?? null,
    sleep: dto.sleep ?? null,
    sleepHours: dto.sleepHours ?? null,
    mood: dto.mood ?? null,
    hygiene: dto.hygiene ?? null,
    toileting: dto.toileting ?? null,
    temperatureC: dto.temperatureC ?? null,
    behaviourNotes: dto.behaviourNotes ?? null,
    notes: dto.notes ?? null,
    handover,
    handoverMessage: dto.handoverMessage ?? null,
  };
}

/** A stored record as the observation it holds (the state a correction starts from). */
export function observationOf(r: DailyRecord): CareObservationDto {
  const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
  return {
    meals: r.meals.map((m) => ({ meal: m.meal, intake: m.intake, note: opt(m.note) })),
    fluidsMl: opt(r.fluidsMl),
    sleep: opt(r.sleep),
    sleepHours: opt(r.sleepHours),
    mood: opt(r.mood),
    hygiene: opt(r.hygiene),
    toileting: opt(r.toileting),
    temperatureC: opt(r.temperatureC),
    behaviourNotes: opt(r.behaviourNotes),
    notes: opt(r.notes),
    handover: r.handover,
    handoverMessage: opt(r.handoverMessage),
  };
}

/** The fields a correction (PATCH) names; `null` clears one. */
export function correctedFields(dto: UpdateDailyRecordDto): CareObservationDto {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dto)) {
    if (key === 'reason' || value === undefined) continue;
    out[key] = value === null ? undefined : value;
  }
  if ('handoverMessage' in out && out.handoverMessage === undefined && !('handover' in dto))
    out.handover = false;
  return out;
}
