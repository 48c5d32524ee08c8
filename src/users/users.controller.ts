import { ApiPage } from '../common/http/bounded-list.decorator';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateUserDto, UpdateUserDto, UserQuery, UserView } from './user.dto';
import { UsersService } from './users.service';
import { WritableFields } from '../auth/field-rights.guard';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Staff accounts of the own facility' })
  @ApiPage(UserView)
  list(@CurrentStaff() actor: FacilityActor, @Query() query: UserQuery): Promise<Page<UserView>> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'One staff account' })
  @ApiOkResponse({ type: UserView })
  get(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create a staff account (password checked for strength)' })
  @Idempotent()
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentStaff() actor: FacilityActor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @ApiConflictResponse({
    description: 'The last active admin of the facility cannot lose the role',
  })
  @Roles(Role.Admin)
  @WritableFields('user')
  @ApiOperation({ summary: 'Change a staff account: role, password, phone, active' })
  @ApiIfMatch()
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, version, dto);
  }
}
