import { createHmac } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { ProblemException } from '../common/errors/problem.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import {
  blockedSeconds,
  countFailedLogin,
  endFailureSeries,
  type FailureRow,
} from './login-throttle.queries';

/**
 * Throttling of failed logins, after OWASP's Authentication Cheat Sheet: failures are counted per
 * (username, client address), never per account alone, so nobody can lock someone else out from
 * another address. After `freeFailures` failures that pair is refused with 429 and `Retry-After`
 * for a delay that doubles with each further failure, up to a cap; the password is not even
 * looked at meanwhile. A username nobody has is throttled exactly like a real one: the answer
 * does not tell which accounts exist. Many failures of one account from anywhere raise a
 * `login_attack` alert for the facility's admin, once per account and day.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The row key: an HMAC, so the table stores neither usernames nor addresses. */
  keyFor(username: string, ip: string | null): string {
    return createHmac('sha256', this.config.jwtSecret)
      .update(`login-throttle\u0000${username}\u0000${ip ?? '-'}`)
      .digest('hex');
  }

  /** Refuses (429 with Retry-After) a pair that is waiting out its delay. */
  async assertNotBlocked(key: string): Promise<void> {
    const wait = await blockedSeconds(this.dataSource.manager, key);
    if (wait === undefined) return;
    const seconds = Math.max(1, wait);
    throw new ProblemException(
      HttpStatus.TOO_MANY_REQUESTS,
      'rateLimited',
      {
        vi: `Đăng nhập sai nhiều lần; hãy thử lại sau ${seconds} giây`,
        en: `Too many failed logins; try again in ${seconds} seconds`,
      },
      [],
      {},
      { 'Retry-After': String(seconds) },
    );
  }

  /** Counts a failure (countFailedLogin); the account's many failures alert its facility's admin. */
  async recordFailure(key: string, userId: string | null): Promise<void> {
    const row = await countFailedLogin(
      this.dataSource.manager,
      key,
      userId,
      this.config.loginThrottle,
    );
    const { alertFailures } = this.config.loginThrottle;
    if (userId && row?.account_failures != null && row.account_failures >= alertFailures) {
      await this.raiseAttackAlert(userId, row);
    }
  }

  /** A right password from this address: its series ends (other addresses keep theirs). */
  async recordSuccess(key: string): Promise<void> {
    await endFailureSeries(this.dataSource.manager, key);
  }

  private async raiseAttackAlert(userId: string, row: FailureRow): Promise<void> {
    // An officer belongs to no facility, so there is no facility admin to tell.
    if (!row.facility_id || !row.today || !row.username) return;
    const failures = row.account_failures ?? 0;
    const raised = await this.alerts.raise(this.dataSource.manager, {
      facilityId: row.facility_id,
      residentId: null,
      kind: 'login_attack',
      severity: 'critical',
      sourceType: 'app_user',
      sourceId: userId,
      dueOn: row.today,
      message: `Tài khoản ${row.username}: ${failures} lần đăng nhập sai liên tiếp. Các địa chỉ thử sai đang bị làm chậm; nếu không phải người dùng nhập nhầm, hãy đổi mật khẩu`,
      messageEn: `Account ${row.username}: ${failures} failed logins in a row. The addresses trying are being slowed down; unless the user mistyped, change the password`,
    });
    // No username or address in the log: the alert id leads an operator to the details.
    if (raised) this.logger.warn({ facilityId: row.facility_id }, 'login attack alert raised');
  }
}
