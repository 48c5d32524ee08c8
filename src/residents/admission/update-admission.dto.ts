import { PickType } from '@nestjs/swagger';
import { AdmitResidentDto } from './admit-resident.dto';

/**
 * The papers of the current admission completed after it: the admission decision of an emergency
 * intake, the documents that arrived. `dossierPresent` replaces the list (send every item present).
 */
export class UpdateAdmissionDto extends PickType(AdmitResidentDto, [
  'decisionNo',
  'decisionDate',
  'dossierPresent',
]) {}
