import type { RoundMedicineView, RoundResidentView } from './dto/medication-round.dto';
import type { AsNeededRow, DueDoseRow, MedicineRow } from './medication.queries';

/** The medicine as the caller may see it: what to give and how; its name and why only to some. */
function medicineView(row: MedicineRow, seesNames: boolean): RoundMedicineView {
  const named = [row.medicine_name, row.strength].filter((s) => s).join(' ');
  const base = {
    prescriptionId: row.prescription_id,
    label: row.sensitive && !seesNames ? (row.caretaker_label ?? '') : named,
    form: row.form,
    dose: row.dose,
    route: row.route,
    instructions: row.instructions,
  };
  return seesNames
    ? {
        ...base,
        medicineName: row.medicine_name,
        indication: row.indication,
        sensitive: row.sensitive,
      }
    : base;
}

/**
 * The round's residents in the order of the rows: each with their scheduled doses of the day
 * (and the record of each once there is one) and their as-needed medicines.
 */
export function roundResidents(
  doses: DueDoseRow[],
  prn: AsNeededRow[],
  seesNames: boolean,
  date: string,
): RoundResidentView[] {
  const residents = new Map<string, RoundResidentView>();
  const residentOf = (row: MedicineRow): RoundResidentView => {
    let r = residents.get(row.resident_id);
    if (!r) {
      r = {
        residentId: row.resident_id,
        code: row.code,
        fullName: row.full_name,
        preferredName: row.preferred_name,
        roomCode: row.room_code,
        bed: row.bed,
        doses: [],
        asNeeded: [],
      };
      residents.set(row.resident_id, r);
    }
    return r;
  };
  for (const row of doses) {
    residentOf(row).doses.push({
      ...medicineView(row, seesNames),
      time: row.time,
      record:
        row.a_id && row.outcome && row.administered_at && row.recorded_by && row.recorded_at
          ? {
              id: row.a_id,
              prescriptionId: row.prescription_id,
              time: row.time,
              date,
              outcome: row.outcome,
              reason: row.reason,
              note: row.note,
              administeredAt: row.administered_at,
              recordedBy: row.recorded_by,
              recordedByName: row.recorded_by_name,
              recordedAt: row.recorded_at,
            }
          : null,
    });
  }
  for (const row of prn) {
    residentOf(row).asNeeded.push({
      ...medicineView(row, seesNames),
      prnReason: row.prn_reason,
      maxPer24h: row.max_per24h,
      givenLast24h: row.given_last_24h,
    });
  }
  return [...residents.values()];
}
