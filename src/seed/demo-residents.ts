import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { addDays, todayIn } from '../calendar/dates';
import { Room } from '../facilities/room.entity';
import type { ResidentCategory } from '../residents/model/categories';
import type { AdmitResidentDto } from '../residents/admission/admit-resident.dto';
import { foldName } from '../residents/model/identifiers';
import { StatusChangesService } from '../residents/status-changes/status-changes.service';
import { AdmissionType } from '../residents/model/resident.enums';
import type { Sex } from '../residents/model/resident.enums';
import { User } from '../users/user.entity';
import { StaysService } from '../stays/stays.service';

/** A small deterministic generator, so every demo database holds the same people. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY: Record<string, string[]> = {
  '01': [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Vũ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Dương',
    'Đinh',
  ],
  '02': ['Hoàng', 'Nông', 'Ma', 'Lục', 'Đàm', 'Triệu'],
  '03': ['Lò', 'Quàng', 'Cầm', 'Lường', 'Vì', 'Tòng'],
  '06': ['Bùi', 'Đinh', 'Quách', 'Hà'],
  '08': ['Giàng', 'Vàng', 'Thào', 'Sùng', 'Mùa', 'Lầu'],
  '29': ['Vi', 'Lữ', 'Cụt', 'Lò'],
};
const MIDDLE: Record<Sex, string[]> = {
  male: ['Văn', 'Đức', 'Minh', 'Quốc', 'A'],
  female: ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thị'],
};
const GIVEN: Record<Sex, string[]> = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đức',
    'Giang',
    'Hải',
    'Hùng',
    'Khánh',
    'Long',
    'Minh',
    'Nam',
    'Phúc',
    'Quân',
    'Sơn',
    'Tài',
    'Thắng',
    'Tú',
    'Vinh',
    'Pử',
    'Chứ',
    'Sình',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Ngọc',
    'Nhung',
    'Phương',
    'Thảo',
    'Trang',
    'Vân',
    'Xuân',
    'Yến',
    'Dợ',
    'Mỷ',
    'Súa',
  ],
};
const PROVINCE_OF: Record<string, string> = {
  '01': 'Hưng Yên',
  '02': 'Cao Bằng',
  '03': 'Sơn La',
  '06': 'Phú Thọ',
  '08': 'Lào Cai',
  '29': 'Nghệ An',
};

interface Group {
  room: string;
  count: number;
  sex: Sex | 'mixed';
  ages: [number, number];
  categories: ResidentCategory[];
  ethnicities: string[];
  needs24hCare?: boolean;
  mobility?: AdmitResidentDto['mobility'];
  disability?: { kind: string; level: 'mild' | 'severe' | 'extreme' };
  hivPositive?: number;
  type?: AdmissionType;
  care?: string;
}

/** The centre's population: children of several ethnic groups, lonely elderly, severely disabled. */
const GROUPS: Group[] = [
  {
    room: 'A101',
    count: 5,
    sex: 'mixed',
    ages: [0, 2],
    categories: ['k1_child_abandoned'],
    ethnicities: ['01'],
    needs24hCare: true,
    care: 'Bú bình 3 giờ/lần; theo dõi nhiệt độ',
  },
  {
    room: 'A102',
    count: 7,
    sex: 'mixed',
    ages: [3, 6],
    categories: ['k1_child_orphan'],
    ethnicities: ['01', '03', '08'],
    hivPositive: 2,
    care: 'Giám sát khi chơi ngoài sân',
  },
  {
    room: 'A201',
    count: 9,
    sex: 'male',
    ages: [7, 17],
    categories: ['k1_child_orphan'],
    ethnicities: ['03', '08', '29', '02', '01'],
    hivPositive: 1,
  },
  {
    room: 'A202',
    count: 9,
    sex: 'female',
    ages: [7, 17],
    categories: ['k1_child_other'],
    ethnicities: ['03', '08', '29', '02', '01', '06'],
  },
  {
    room: 'B101',
    count: 9,
    sex: 'male',
    ages: [62, 90],
    categories: ['k1_elderly_alone'],
    ethnicities: ['01', '06'],
    mobility: 'assisted',
    care: 'Ăn mềm, ít muối',
  },
  {
    room: 'B102',
    count: 9,
    sex: 'female',
    ages: [63, 94],
    categories: ['k1_elderly_alone'],
    ethnicities: ['01'],
    mobility: 'assisted',
    care: 'Ăn mềm, ít muối',
  },
  {
    room: 'B201',
    count: 7,
    sex: 'mixed',
    ages: [70, 96],
    categories: ['k1_elderly_alone', 'k1_disabled_severe'],
    ethnicities: ['01'],
    needs24hCare: true,
    mobility: 'bedridden',
    disability: { kind: 'vận động', level: 'extreme' },
    care: 'Trở mình 2 giờ/lần; ăn qua hỗ trợ',
  },
  {
    room: 'C101',
    count: 7,
    sex: 'male',
    ages: [18, 55],
    categories: ['k1_disabled_severe'],
    ethnicities: ['01', '02'],
    needs24hCare: true,
    mobility: 'wheelchair',
    disability: { kind: 'thần kinh, tâm thần', level: 'extreme' },
    care: 'Cần giám sát liên tục',
  },
  {
    room: 'C102',
    count: 6,
    sex: 'female',
    ages: [18, 50],
    categories: ['k1_disabled_severe'],
    ethnicities: ['01', '03'],
    needs24hCare: true,
    mobility: 'wheelchair',
    disability: { kind: 'trí tuệ', level: 'extreme' },
    care: 'Hỗ trợ vệ sinh cá nhân',
  },
  {
    room: 'B102',
    count: 1,
    sex: 'female',
    ages: [60, 75],
    categories: ['k5_voluntary'],
    ethnicities: ['01'],
    type: AdmissionType.Voluntary,
  },
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/**
 * About 70 demo residents in the demo centre, admitted through the same service as real ones
 * (codes, events, audit), with one recent emergency admission and a few children with HIV.
 */
export async function seedDemoResidents(
  app: INestApplicationContext,
  facilityId: string,
): Promise<number> {
  const ds = app.get(DataSource);
  const admissions = app.get(StaysService);
  const statusChanges = app.get(StatusChangesService);
  const admin = await ds
    .getRepository(User)
    .findOneByOrFail({ facilityId, role: Role.Admin, username: 'admin' });
  const actor: FacilityActor = {
    id: admin.id,
    username: admin.username,
    role: Role.Admin,
    facilityId,
    provinceCode: null,
    requestId: 'demo-seed',
    ip: null,
  };
  const rooms = new Map(
    (await ds.getRepository(Room).findBy({ facilityId })).map((r) => [r.code, r.id]),
  );
  const rand = mulberry32(2026);
  const today = todayIn('Asia/Ho_Chi_Minh');
  const year = Number(today.slice(0, 4));
  const used = new Set<string>();
  let n = 0;
  let decision = 100;
  // Beds numbered from 1 in each room, in the order of admission: the room plan shows who sleeps where.
  const bedsGiven = new Map<string, number>();
  const bedIn = (room: string): string => {
    const bed = (bedsGiven.get(room) ?? 0) + 1;
    bedsGiven.set(room, bed);
    return String(bed);
  };

  for (const g of GROUPS) {
    let hiv = g.hivPositive ?? 0;
    for (let i = 0; i < g.count; i++) {
      const sex: Sex = g.sex === 'mixed' ? (rand() < 0.5 ? 'male' : 'female') : g.sex;
      const ethnicity = pick(rand, g.ethnicities);
      let fullName = '';
      do {
        fullName = `${pick(rand, FAMILY[ethnicity] ?? FAMILY['01'])} ${pick(rand, MIDDLE[sex])} ${pick(rand, GIVEN[sex])}`;
      } while (used.has(foldName(fullName)));
      used.add(foldName(fullName));
      const age = g.ages[0] + Math.floor(rand() * (g.ages[1] - g.ages[0] + 1));
      const birth = addDays(today, -Math.floor(age * 365.25 + rand() * 300 + 20));
      const stayDays = Math.min(
        Math.floor(rand() * 4 * 365) + 15,
        Math.max(10, Math.floor(age * 365.25) - 10),
      );
      const admittedOn = addDays(today, -stayDays);
      const abandoned = g.categories.includes('k1_child_abandoned');
      const positive = hiv > 0 && age < 18;
      if (positive) hiv--;
      const birthYear = Number(birth.slice(0, 4));
      const adult = age >= 18;
      const dto: AdmitResidentDto = {
        type: g.type ?? AdmissionType.Regular,
        admittedOn,
        fullName,
        dateOfBirth: abandoned ? undefined : birth,
        birthYear: abandoned ? birthYear : undefined,
        birthDateEstimated: abandoned,
        sex,
        ethnicityCode: ethnicity,
        religion: rand() < 0.15 ? 'Phật giáo' : 'Không',
        hometownProvince: abandoned ? undefined : PROVINCE_OF[ethnicity],
        placeOfOrigin: abandoned ? 'Được phát hiện bị bỏ rơi, chưa rõ quê quán' : undefined,
        personalId: adult
          ? `033${(sex === 'male' ? 0 : 1) + (birthYear >= 2000 ? 2 : 0)}${String(birthYear % 100).padStart(2, '0')}${String(Math.floor(rand() * 1e6)).padStart(6, '0')}`
          : undefined,
        healthInsuranceNumber: String(3300000000 + Math.floor(rand() * 99999999)),
        guardians:
          adult || abandoned
            ? []
            : [
                {
                  name: `${pick(rand, FAMILY['01'])} Văn ${pick(rand, GIVEN.male)}`,
                  relationship: pick(rand, ['chú ruột', 'bác ruột', 'bà ngoại']),
                  phone: `09${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
                  address: PROVINCE_OF[ethnicity],
                },
              ],
        categories: positive ? [...g.categories, 'k1_child_hiv'] : g.categories,
        disabilityKind: g.disability?.kind,
        disabilityLevel: g.disability?.level,
        mobility: g.mobility ?? 'independent',
        needs24hCare: g.needs24hCare ?? false,
        careInstructions: positive
          ? `${g.care ?? 'Giám sát chung'}; uống thuốc đúng giờ 8h và 20h`
          : g.care,
        roomId: rooms.get(g.room),
        bed: bedIn(g.room),
        decisionNo: `${decision}/QĐ-TTBTXH`,
        decisionDate: admittedOn,
        dossierPresent:
          rand() < 0.85
            ? ['declaration_mau07', 'birth_certificate', 'commune_request', 'admission_decision']
            : ['declaration_mau07', 'admission_decision'],
        voluntary:
          g.type === AdmissionType.Voluntary
            ? {
                contractNo: `HĐ-08/${year}-0${n}`,
                startsOn: admittedOn,
                payer: 'Cháu ruột: Nguyễn Văn Tùng',
                monthlyFee: 4500000,
              }
            : undefined,
        sensitive: positive
          ? { hivStatus: 'positive', hivConfirmedOn: addDays(admittedOn, -30) }
          : { hivStatus: 'negative' },
        confirmNotDuplicate: true,
      };
      decision++;
      await admissions.admit(actor, dto);
      n++;
    }
  }

  // One emergency protection case: a girl rescued from trafficking five days ago.
  await admissions.admit(actor, {
    type: AdmissionType.Emergency,
    admittedOn: addDays(today, -5),
    fullName: 'Vàng Thị Súa',
    birthYear: year - 15,
    birthDateEstimated: true,
    sex: 'female',
    ethnicityCode: '08',
    categories: ['k2_emergency'],
    emergencyKind: 'trafficking',
    roomId: rooms.get('D101'),
    bed: bedIn('D101'),
    careInstructions: 'Không cho người lạ thăm; mọi cuộc gọi qua cán bộ công tác xã hội',
    emergency: {
      foundAt: 'Cửa khẩu Lào Cai',
      foundOn: addDays(today, -6),
      foundBy: 'Bộ đội Biên phòng tỉnh Lào Cai',
      injuries: 'Suy dinh dưỡng nhẹ, trầy xước',
      intakeRecordNo: `BB-${year}-041`,
    },
    sensitive: {
      hivStatus: 'unknown',
      traffickingHistory: 'Bị lừa đưa sang biên giới; được giải cứu ngày tiếp nhận',
    },
    confirmNotDuplicate: true,
  });
  n++;

  // A boy at home for a family visit.
  const boy = await ds.query<{ id: string }[]>(
    `SELECT r.id FROM resident r JOIN room ON room.id = r.room_id WHERE r.facility_id = $1 AND room.code = 'A201' ORDER BY r.code LIMIT 1`,
    [facilityId],
  );
  if (boy[0]) {
    await statusChanges.changeStatus(actor, boy[0].id, {
      to: 'on_leave',
      effectiveDate: addDays(today, -2),
      expectedReturn: addDays(today, 5),
      reason: 'Về thăm gia đình',
    });
  }
  return n;
}
