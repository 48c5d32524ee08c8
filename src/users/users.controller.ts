import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff, FacilityActor } from '../auth/actor';
import { Role } from '../auth/role';
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
  list(@CurrentStaff() actor: FacilityActor, @Query() query: UserQuery): Promise<Page<UserView>> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: UserView })
  get(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Post()
  @Roles(Role.Admin)
  @Idempotent()
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentStaff() actor: FacilityActor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @WritableFields('user')
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
