import { PartialType } from '@nestjs/swagger';
import { ResidentFieldsDto } from '../admission/admit-resident.dto';

export class UpdateResidentDto extends PartialType(ResidentFieldsDto) {}
