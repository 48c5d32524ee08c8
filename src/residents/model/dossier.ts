import type { DossierItem, ResidentCategory } from './categories';
import { AdmissionType } from './resident.enums';

/** What decides which papers a person's admission needs. */
export interface DossierFacts {
  type: AdmissionType;
  categories: readonly ResidentCategory[];
  /** A disabled person: a severely disabled category, or a disability recorded. */
  disabled: boolean;
  /** A person with HIV: the HIV child category, or a positive status the caller may see. */
  hivPositive: boolean;
}

/**
 * The dossier an admission needs, in the order a social worker collects it (DOMAIN.md, ND 20/2021
 * Điều 27–28):
 * - regular (khoản 1): declaration Mẫu 07, birth certificate, the disability certificate only for a
 *   disabled person, the HIV confirmation only for a person with HIV, the commune's request, the
 *   head's decision;
 * - emergency: the intake record, then the same dossier, to complete within 10 working days;
 * - voluntary (khoản 5): the contract Mẫu 08 and an identity document — not the regular dossier.
 */
export function dossierChecklist(f: DossierFacts): DossierItem[] {
  if (f.type === AdmissionType.Voluntary) return ['care_contract_mau08', 'identity_document'];
  const regular: DossierItem[] = [
    'declaration_mau07',
    'birth_certificate',
    ...(f.disabled ? (['disability_certificate'] as const) : []),
    ...(f.hivPositive ? (['hiv_confirmation'] as const) : []),
    'commune_request',
    'admission_decision',
  ];
  return f.type === AdmissionType.Emergency ? ['intake_record', ...regular] : regular;
}

/**
 * Present and missing papers: `recorded` are the items ticked; `derived` are those the admission
 * itself holds (the emergency intake, the voluntary contract). Present items follow the checklist's
 * order, then any ticked item that does not apply (kept, never dropped).
 */
export function dossierStatus(
  checklist: readonly DossierItem[],
  recorded: readonly DossierItem[],
  derived: readonly DossierItem[],
): { present: DossierItem[]; missing: DossierItem[] } {
  const has = new Set<DossierItem>([...derived, ...recorded]);
  return {
    present: [
      ...checklist.filter((c) => has.has(c)),
      ...recorded.filter((c) => !checklist.includes(c)),
    ],
    missing: checklist.filter((c) => !has.has(c)),
  };
}
