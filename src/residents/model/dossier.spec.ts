import { dossierChecklist, dossierStatus } from './dossier';
import { AdmissionType } from './resident.enums';

const facts = { categories: [], disabled: false, hivPositive: false } as const;

describe('dossierChecklist', () => {
  it('regular: no disability certificate nor HIV confirmation unless they apply', () => {
    expect(dossierChecklist({ ...facts, type: AdmissionType.Regular })).toEqual([
      'declaration_mau07',
      'birth_certificate',
      'commune_request',
      'admission_decision',
    ]);
    expect(
      dossierChecklist({
        ...facts,
        type: AdmissionType.Regular,
        disabled: true,
        hivPositive: true,
      }),
    ).toEqual([
      'declaration_mau07',
      'birth_certificate',
      'disability_certificate',
      'hiv_confirmation',
      'commune_request',
      'admission_decision',
    ]);
  });

  it('emergency: the intake record, then the dossier to complete', () => {
    expect(dossierChecklist({ ...facts, type: AdmissionType.Emergency })[0]).toBe('intake_record');
  });

  it('voluntary: the contract and an identity document only', () => {
    expect(dossierChecklist({ ...facts, type: AdmissionType.Voluntary })).toEqual([
      'care_contract_mau08',
      'identity_document',
    ]);
  });
});

describe('dossierStatus', () => {
  it('keeps a ticked item that does not apply among the present, never among the missing', () => {
    expect(
      dossierStatus(
        ['care_contract_mau08', 'identity_document'],
        ['birth_certificate'],
        ['care_contract_mau08'],
      ),
    ).toEqual({
      present: ['care_contract_mau08', 'birth_certificate'],
      missing: ['identity_document'],
    });
  });
});
