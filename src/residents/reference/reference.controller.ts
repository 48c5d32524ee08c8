import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { ALL_ROLES } from '../../identity/role';
import {
  CHILD_CATEGORIES,
  CHILD_CATEGORY,
  CHILD_CATEGORY_LABEL,
  DOSSIER_ITEMS,
  EMERGENCY_KINDS,
  RESIDENT_CATEGORIES,
} from '../model/categories';
import { ApiBoundedList } from '../../common/http/bounded-list.decorator';
import { EthnicityView, REFERENCE_CATEGORIES_SCHEMA } from './reference.view';
import { ethnicities } from './reference.queries';

/** Code lists clients need to fill the admission form. */
@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('ethnicities')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The 54 ethnic groups (01 Kinh … 54 Rơ Măm) and 55 foreign' })
  @ApiBoundedList(EthnicityView, 55)
  ethnicities(): Promise<EthnicityView[]> {
    return ethnicities(this.dataSource.manager);
  }

  @Get('resident-categories')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Legal categories (ND 20/2021 Điều 24), emergency kinds and dossier items',
  })
  @ApiOkResponse({ schema: REFERENCE_CATEGORIES_SCHEMA })
  categories() {
    return {
      categories: RESIDENT_CATEGORIES,
      // What a role without HIV access sees instead of any child category of khoản 1.
      shownCategories: {
        [CHILD_CATEGORY]: { clause: 1, ...CHILD_CATEGORY_LABEL, standsFor: CHILD_CATEGORIES },
      },
      emergencyKinds: EMERGENCY_KINDS,
      dossierItems: DOSSIER_ITEMS,
    };
  }
}
