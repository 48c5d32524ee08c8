import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { addDays, todayIn } from '../calendar/dates';
import { AssessmentsService } from '../cases/assessments/assessments.service';
import { CaseNotesService } from '../cases/notes/case-notes.service';
import type { SessionType } from '../cases/case.enums';
import { ChildrenMeetingsService } from '../cases/meetings/children-meetings.service';
import { PlansService } from '../cases/plans/plans.service';
import { PlanReviewsService } from '../cases/reviews/plan-reviews.service';
import { ReferralsService } from '../cases/referrals/referrals.service';
import { User } from '../users/user.entity';

interface OpenCase {
  resident_id: string;
  admitted_on: string;
}

const TOPICS = [
  ['nhớ nhà', 'giấc ngủ'],
  ['học tập', 'bạn bè'],
  ['cảm xúc', 'kiểm soát cơn giận'],
  ['kế hoạch tương lai'],
  ['quan hệ gia đình'],
];
const TYPES: SessionType[] = [
  'individual',
  'individual',
  'group',
  'family',
  'individual',
  'therapy',
];

/**
 * Case management for the demo register, recorded through the services (so steps move as in real
 * use): cases in every step — many still in step 1, some assessed, some with an approved plan,
 * some reviewed (one with a revised plan) — three months of counselling sessions, referrals with
 * consent, without data sharing and with the admin's override, and eight weekly children's
 * meetings. The cases themselves were opened by the admissions.
 */
export async function seedDemoCases(
  app: INestApplicationContext,
  facilityId: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const users = ds.getRepository(User);
  const actorOf = async (username: string): Promise<FacilityActor> => {
    const u = await users.findOneByOrFail({ facilityId, username });
    return {
      id: u.id,
      username,
      role: u.role,
      facilityId,
      provinceCode: null,
      requestId: 'demo-seed',
      ip: null,
    };
  };
  const social = await actorOf('social');
  const admin = await actorOf('admin');
  if (social.role !== Role.SocialWorker) return;
  const assessments = app.get(AssessmentsService);
  const plans = app.get(PlansService);
  const reviews = app.get(PlanReviewsService);
  const notes = app.get(CaseNotesService);
  const referrals = app.get(ReferralsService);
  const meetings = app.get(ChildrenMeetingsService);
  const today = todayIn('Asia/Ho_Chi_Minh');

  const open: OpenCase[] = await ds.query(
    `SELECT c.resident_id, to_char(r.admitted_on, 'YYYY-MM-DD') AS admitted_on
       FROM case_file c JOIN resident r ON r.id = c.resident_id
      WHERE c.facility_id = $1 AND c.step = 'assessment' AND r.admitted_on <= $2::date - 150
      ORDER BY r.code LIMIT 24`,
    [facilityId, today],
  );
  let i = 0;
  for (const c of open) {
    i++;
    const base = c.admitted_on > addDays(today, -150) ? c.admitted_on : addDays(today, -150);
    const stage = i % 4; // 0: stays in step 1; 1: planning; 2: implementation; 3: monitoring
    if (stage >= 1) {
      await assessments.create(social, c.resident_id, {
        kind: 'comprehensive',
        assessedOn: addDays(base, 3),
        domains: [
          { domain: 'safety', score: 4, notes: 'An toàn tại trung tâm' },
          { domain: 'health', level: i % 3 === 0 ? 'medium' : 'low' },
          { domain: 'education', score: 2 + (i % 3), notes: 'Cần hỗ trợ học tập' },
          { domain: 'psychosocial', level: 'medium', notes: 'Hay lo âu, khó ngủ' },
          { domain: 'family_relations', score: 2 },
        ],
        riskLevel: i % 5 === 0 ? 'high' : 'medium',
        strengths: 'Ngoan, chăm chỉ, quý bạn bè',
        participants: [{ name: 'Cán bộ CTXH', role: 'người quản lý trường hợp' }],
      });
    }
    if (stage >= 2) {
      const plan = await plans.create(social, c.resident_id, {
        startsOn: addDays(base, 10),
        reviewFrequency: stage === 3 ? 'quarterly' : 'monthly',
        goals: [
          { key: 'G1', domain: 'education', goal: 'Đi học đều, lên lớp cuối năm' },
          { key: 'G2', domain: 'psychosocial', goal: 'Ngủ ngon hơn, bớt lo âu' },
        ],
        activities: [
          {
            description: 'Gặp giáo viên chủ nhiệm hằng tháng',
            goalKey: 'G1',
            ownerId: social.id,
            dueOn: addDays(base, 40),
          },
          {
            description: 'Tham vấn cá nhân 2 tuần/lần',
            goalKey: 'G2',
            ownerId: social.id,
            dueOn: addDays(base, 90),
          },
        ],
        services: [
          { name: 'Tham vấn tâm lý', provision: 'internal' },
          {
            name: 'Phụ đạo tiếng Việt',
            provision: 'referred',
            provider: 'Trường Tiểu học Hồng Châu',
          },
        ],
      });
      await plans.approve(admin, plan.id, plan.version);
      if (stage === 3) {
        await reviews.review(social, plan.id, {
          reviewedOn: addDays(today, -10 - (i % 7)),
          goals: [
            { key: 'G1', status: 'in_progress', note: 'Đi học đều' },
            { key: 'G2', status: i % 8 === 3 ? 'not_achieved' : 'achieved' },
          ],
          summary: 'Tiến bộ rõ; tiếp tục kế hoạch',
          ...(i % 8 === 3
            ? {
                revision: {
                  reviewFrequency: 'monthly' as const,
                  goals: [
                    {
                      key: 'G1',
                      domain: 'education' as const,
                      goal: 'Đi học đều, lên lớp cuối năm',
                    },
                    {
                      key: 'G2',
                      domain: 'psychosocial' as const,
                      goal: 'Trị liệu giấc ngủ với chuyên gia',
                    },
                  ],
                },
              }
            : {}),
        });
      }
    }
    // A season of counselling: every second case, a session every two weeks for three months.
    if (i % 2 === 1) {
      for (let w = 12; w >= 0; w -= 2) {
        const sessionOn = addDays(today, -7 * w - (i % 5));
        if (sessionOn < c.admitted_on) continue;
        await notes.create(social, c.resident_id, {
          sessionOn,
          type: TYPES[(i + w) % TYPES.length] ?? 'individual',
          durationMinutes: 30 + ((i + w) % 4) * 15,
          topics: TOPICS[(i + w) % TOPICS.length] ?? [],
          summary:
            'Em chia sẻ về tuần qua; tâm trạng ổn định hơn, đã trao đổi cách thư giãn trước khi ngủ.',
          followUpActions: 'Gặp lại sau 2 tuần',
        });
      }
    }
  }

  const [first, second, third] = open.filter((_, k) => (k + 1) % 4 >= 2);
  if (first) {
    await referrals.create(social, first.resident_id, {
      referredOn: addDays(today, -40),
      kind: 'hospital',
      organisation: 'Bệnh viện Tâm thần tỉnh Hưng Yên',
      contactName: 'BS. Trần Văn Bình',
      reason: 'Đánh giá rối loạn giấc ngủ',
      sharesPersonalData: true,
      consent: {
        givenBy: 'guardian',
        name: 'Giám đốc trung tâm (người giám hộ)',
        givenOn: addDays(today, -42),
        written: true,
      },
    });
  }
  if (second) {
    await referrals.create(social, second.resident_id, {
      referredOn: addDays(today, -25),
      kind: 'school',
      organisation: 'Trường Tiểu học Hồng Châu',
      reason: 'Đăng ký phụ đạo buổi chiều',
      sharesPersonalData: false,
    });
  }
  if (third) {
    await referrals.create(admin, third.resident_id, {
      referredOn: addDays(today, -12),
      kind: 'legal_aid',
      organisation: 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh',
      reason: 'Làm lại giấy khai sinh',
      sharesPersonalData: true,
      consentOverrideReason: 'Trẻ chưa đủ tuổi đồng ý, chưa xác định được người giám hộ hợp pháp',
    });
  }

  for (let w = 8; w >= 1; w--) {
    await meetings.create(social, {
      heldOn: addDays(today, -7 * w),
      childrenPresent: 28 + (w % 5),
      staffPresent: ['Cán bộ CTXH', 'Bảo mẫu trực'],
      concerns:
        w % 3 === 0
          ? [
              {
                concern: 'Các em muốn thêm giờ chơi thể thao chiều thứ Bảy',
                action: 'Mở sân bóng 16h–17h30',
                resolved: w > 3,
              },
            ]
          : [],
      notes: 'Sinh hoạt tập thể, nghe ý kiến các em',
    });
  }
}
