import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { STAFF_ROLES } from '../identity/role';
import { schoolingReference, SchoolingReference } from './schooling-reference';

/** The schooling code lists and rating scales, with their Vietnamese labels. */
@ApiTags('schooling')
@Controller()
export class SchoolingReferenceController {
  @Get('reference/schooling')
  @Roles(...STAFF_ROLES)
  @ApiOperation({
    summary:
      'Levels and grades, enrolment statuses, terms, the official rating scales with Vietnamese labels and sources',
  })
  reference(): SchoolingReference {
    return schoolingReference();
  }
}
