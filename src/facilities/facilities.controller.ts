import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
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
import { Role, STAFF_ROLES } from '../identity/role';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { CreateRoomDto, RoomView, UpdateFacilityDto, UpdateRoomDto } from './facility.dto';
import { FacilityView } from './facility.view';
import { FacilitiesService } from './facilities.service';
import { WritableFields } from '../auth/field-rights.guard';

@ApiTags('facilities')
@Controller()
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Get('facilities/current')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'The own facility profile and settings' })
  @ApiOkResponse({ type: FacilityView })
  current(@CurrentStaff() actor: FacilityActor): Promise<FacilityView> {
    return this.facilities.current(actor);
  }

  @Patch('facilities/current')
  @Roles(Role.Admin)
  @WritableFields('facility')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Change the facility profile (admin)' })
  update(
    @CurrentStaff() actor: FacilityActor,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateFacilityDto,
  ): Promise<FacilityView> {
    return this.facilities.updateCurrent(actor, version, dto);
  }

  @Get('facilities/current/rooms')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'Rooms with area, beds and the TT 33/2017 area check' })
  @ApiOkResponse({ type: [RoomView] })
  rooms(@CurrentStaff() actor: FacilityActor): Promise<RoomView[]> {
    return this.facilities.listRooms(actor);
  }

  @Post('facilities/current/rooms')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Add a room: code, name, building, care level' })
  @Idempotent()
  @ApiCreatedResponse({ type: RoomView })
  createRoom(@CurrentStaff() actor: FacilityActor, @Body() dto: CreateRoomDto): Promise<RoomView> {
    return this.facilities.createRoom(actor, dto);
  }

  @Patch('rooms/:id')
  @ApiConflictResponse({
    description:
      'The room code is taken, or the residents of the room need more area than it would have',
  })
  @Roles(Role.Admin)
  @WritableFields('room')
  @ApiOperation({ summary: "Change a room's code or care level" })
  @ApiIfMatch()
  @ApiOkResponse({ type: RoomView })
  updateRoom(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateRoomDto,
  ): Promise<RoomView> {
    return this.facilities.updateRoom(actor, id, version, dto);
  }
}
