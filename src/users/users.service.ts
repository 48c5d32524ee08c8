import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { assertStrongPassword, hashPassword } from '../auth/password';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Role } from '../identity/role';
import { userChanged } from '../identity/user-changes';
import { conflict, forbidden } from '../common/errors/problem.exception';
import type { Page } from '../common/http/pagination';
import { createInFacility, findInFacility, updateInFacility } from '../database/facility-scope';
import { recordStaffRole } from '../reports/history/staff-roles';
import { CreateUserDto, UpdateUserDto, UserQuery, UserView } from './user.dto';
import { User } from './user.entity';
import { lockedActiveAdmins, usersPage } from './users.queries';

const USER = { vi: 'Không tìm thấy tài khoản', en: 'User not found' };

export function toUserView(u: User): UserView {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    phone: u.phone,
    email: u.email,
    active: u.active,
    lockedUntil: u.lockedUntil,
    lastLoginAt: u.lastLoginAt,
    version: u.version,
    createdAt: u.createdAt,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: FacilityActor, query: UserQuery): Promise<Page<UserView>> {
    const page = await usersPage(this.dataSource.manager, actor.facilityId, query);
    return { items: page.items.map(toUserView), nextCursor: page.nextCursor };
  }

  async get(actor: FacilityActor, id: string): Promise<UserView> {
    return toUserView(
      await findInFacility(this.dataSource.manager, User, actor, id, { what: USER }),
    );
  }

  async create(actor: FacilityActor, dto: CreateUserDto): Promise<UserView> {
    assertStrongPassword(dto.password, { username: dto.username, fullNames: [dto.fullName] });
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const username = dto.username.toLowerCase();
      if (await manager.existsBy(User, { username })) {
        throw conflict({
          vi: `Tên đăng nhập ${username} đã có người dùng`,
          en: `Username ${username} is taken`,
        });
      }
      const user = await createInFacility({ manager, actor, audit: this.audit }, User, 'app_user', {
        provinceCode: null,
        username,
        fullName: dto.fullName,
        role: dto.role,
        phone: dto.phone ?? null,
        email: dto.email ?? null,
        passwordHash,
        active: true,
      });
      // The staff history the reports count by, in the same transaction.
      await recordStaffRole(manager, user.id);
      return toUserView(user);
    });
  }

  /**
   * Nobody changes their own role; the last active admin of a facility can be neither
   * deactivated nor given another role (the facility would have nobody to manage it).
   */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateUserDto,
  ): Promise<UserView> {
    const { password, ...fields } = dto;
    const view = await this.dataSource.transaction(async (manager) => {
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        User,
        'app_user',
        id,
        version,
        async (before) => {
          if (password !== undefined) {
            // The name the account has and the one it is given, if any.
            const fullNames = [before.fullName, ...(fields.fullName ? [fields.fullName] : [])];
            assertStrongPassword(password, { username: before.username, fullNames });
          }
          const passwordHash = password ? await hashPassword(password) : undefined;
          if (before.id === actor.id && dto.role !== undefined && dto.role !== before.role) {
            throw forbidden({
              vi: 'Không thể tự đổi vai trò của mình',
              en: 'You cannot change your own role',
            });
          }
          const losesAdmin =
            before.role === Role.Admin &&
            before.active &&
            (dto.active === false || (dto.role !== undefined && dto.role !== Role.Admin));
          if (losesAdmin) await this.assertAnotherActiveAdmin(manager, actor.facilityId, before.id);
          if (passwordHash || dto.active === false) {
            await manager.update(
              RefreshToken,
              { userId: id, revokedAt: IsNull() },
              { revokedAt: new Date() },
            );
          }
          const changes: Partial<User> = { ...fields };
          if (passwordHash)
            Object.assign(changes, { passwordHash, failedLoginCount: 0, lockedUntil: null });
          return changes;
        },
        {
          what: USER,
          also: password ? { passwordHash: { before: '[redacted]', after: '[redacted]' } } : {},
        },
      );
      // A new role or (de)activation is dated in the staff history the reports count by.
      await recordStaffRole(manager, id);
      return toUserView(after);
    });
    // After the commit: this process stops trusting the account's checked sessions at once.
    userChanged(id);
    return view;
  }

  /** Locks the facility's active admins, so two admins cannot demote each other at once. */
  private async assertAnotherActiveAdmin(
    manager: EntityManager,
    facilityId: string,
    exceptId: string,
  ) {
    const admins = await lockedActiveAdmins(manager, facilityId);
    if (!admins.some((a) => a.id !== exceptId)) {
      throw conflict({
        vi: 'Đây là quản trị viên cuối cùng còn hoạt động của cơ sở',
        en: 'This is the last active admin of the facility',
      });
    }
  }
}
