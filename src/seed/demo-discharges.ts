import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { addDays, todayIn } from '../calendar/dates';
import { FollowUpsService } from '../discharge/follow-ups.service';
import { StaysService } from '../stays/stays.service';
import { User } from '../users/user.entity';
import { birthDateSql } from '../residents/model/birth-date';

interface Candidate {
  id: string;
  room: string;
  admitted_on: string;
  age: number;
}

/**
 * A year of leaving: a child back with family (follow-ups done), a second reintegration whose
 * 3-month follow-up is overdue, an adoption, a young man at the age limit, an elderly death.
 */
export async function seedDemoDischarges(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const discharges = app.get(StaysService);
  const followUps = app.get(FollowUpsService);
  const admin = await ds.getRepository(User).findOneByOrFail({ facilityId, username: 'admin' });
  const actor: FacilityActor = {
    id: admin.id,
    username: admin.username,
    role: Role.Admin,
    facilityId,
    provinceCode: null,
    requestId: 'demo-seed',
    ip: null,
  };
  const today = todayIn('Asia/Ho_Chi_Minh');
  const candidates: Candidate[] = await ds.query(
    `SELECT r.id, room.code AS room, to_char(r.admitted_on, 'YYYY-MM-DD') AS admitted_on,
            date_part('year', age($2::date, ${birthDateSql('r')}))::int AS age
       FROM resident r JOIN room ON room.id = r.room_id
      WHERE r.facility_id = $1 AND r.status = 'active' ORDER BY r.code`,
    [facilityId, today],
  );
  const used = new Set<string>();
  const pick = (
    room: string,
    effectiveOn: string,
    minAge = 0,
    maxAge = 200,
  ): Candidate | undefined => {
    const c = candidates.find(
      (x) =>
        x.room === room &&
        !used.has(x.id) &&
        x.admitted_on < addDays(effectiveOn, -30) &&
        x.age >= minAge &&
        x.age <= maxAge,
    );
    if (c) used.add(c.id);
    return c;
  };
  const family = (name: string) => ({
    kind: 'family' as const,
    name,
    relationship: 'bà ngoại',
    address: 'Xã Mường La, tỉnh Sơn La',
    phone: '0912 345 678',
  });

  const d1 = addDays(today, -240);
  const girl = pick('A202', d1, 10, 15);
  if (girl) {
    const r = await discharges.discharge(actor, girl.id, {
      ground: 'family_request',
      requestedOn: addDays(d1, -9),
      decisionNo: '31/QĐ-TTBTXH',
      decisionDate: addDays(d1, -4),
      effectiveOn: d1,
      destination: family('Lò Thị Ánh'),
      handover: {
        receivedBy: 'Lò Thị Ánh',
        communeConfirmationNo: '12/XN-UBND',
        communeConfirmationDate: d1,
      },
      belongingsReturned: 'Quần áo, sách vở',
      documentsReturned: 'Giấy khai sinh, thẻ BHYT',
    });
    for (const f of r.followUps.filter((x) => x.dueOn < today)) {
      await followUps.update(actor, f.id, f.version, {
        doneOn: addDays(f.dueOn, 2),
        method: 'visit',
        livingSituation: 'Ở cùng bà ngoại, ổn định',
        schoolingOrWork: 'Đang học lớp 7 tại trường xã',
        health: 'Tốt',
        riskLevel: 'low',
      });
    }
  }
  const d2 = addDays(today, -120);
  const boy = pick('A201', d2, 8, 14);
  if (boy) {
    const r = await discharges.discharge(actor, boy.id, {
      ground: 'family_request',
      requestedOn: addDays(d2, -6),
      decisionNo: '44/QĐ-TTBTXH',
      decisionDate: addDays(d2, -2),
      effectiveOn: d2,
      destination: { ...family('Giàng A Chứ'), relationship: 'chú ruột' },
      handover: {
        receivedBy: 'Giàng A Chứ',
        communeConfirmationNo: '7/XN-UBND',
        communeConfirmationDate: d2,
      },
    });
    // The 1-month visit was done; the 3-month one is overdue.
    const first = r.followUps[0];
    if (first)
      await followUps.update(actor, first.id, first.version, {
        doneOn: addDays(first.dueOn, 1),
        method: 'phone',
        livingSituation: 'Ở cùng gia đình chú',
        riskLevel: 'medium',
      });
  }
  const d3 = addDays(today, -150);
  const baby = pick('A101', d3, 0, 2);
  if (baby) {
    await discharges.discharge(actor, baby.id, {
      ground: 'adopted',
      requestedOn: addDays(d3, -5),
      decisionNo: '38/QĐ-TTBTXH',
      decisionDate: addDays(d3, -1),
      effectiveOn: d3,
      destination: {
        kind: 'guardian',
        name: 'Nguyễn Văn Hùng và Trần Thị Thu',
        relationship: 'cha mẹ nuôi',
        address: 'Phường Phố Hiến, tỉnh Hưng Yên',
        phone: '0987 654 321',
      },
      notes: 'Quyết định công nhận nuôi con nuôi của UBND xã',
    });
  }
  const d4 = addDays(today, -60);
  const teen = pick('A201', d4, 17, 20);
  if (teen) {
    await discharges.discharge(actor, teen.id, {
      ground: 'age_limit',
      requestedOn: addDays(d4, -7),
      decisionNo: '51/QĐ-TTBTXH',
      decisionDate: addDays(d4, -3),
      effectiveOn: d4,
      destination: {
        kind: 'independent',
        name: 'Tự lập tại Hưng Yên',
        address: 'Khu công nghiệp Phố Nối',
        phone: '0934 111 222',
      },
      allowanceMonths: 24,
      followUpMonths: [1, 3, 6, 12],
    });
  }
  const d5 = addDays(today, -45);
  const elder = pick('B201', d5, 70);
  if (elder) {
    await discharges.discharge(actor, elder.id, {
      ground: 'death',
      requestedOn: d5,
      decisionNo: '55/QĐ-TTBTXH',
      decisionDate: addDays(d5, 1),
      effectiveOn: d5,
      death: { diedOn: d5, cause: 'Suy tim, tuổi cao' },
    });
  }
}
