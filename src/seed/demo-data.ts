import { FacilityType } from '../facilities/facility.entity';
import { RoomCareLevel } from '../facilities/room.entity';
import { Role } from '../identity/role';

/** The demo centre. Fictional people; a plausible provincial centre of 80 places. */
export const DEMO_FACILITY = {
  code: 'TTBTXH-HY',
  name: 'Trung tâm Bảo trợ xã hội tỉnh Hưng Yên',
  governingBody: 'Sở Y tế tỉnh Hưng Yên',
  facilityType: FacilityType.General,
  provinceCode: '33',
  provinceName: 'Hưng Yên',
  address: 'Đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên',
  phone: '0221 3862 345',
  email: null,
  capacity: 80,
  timezone: 'Asia/Ho_Chi_Minh',
  reportRecipient: 'Sở Y tế tỉnh Hưng Yên',
  directorName: 'Trần Thị Minh Hạnh',
};

/** A second centre in the same province: what the officer's roll-up and the scoping tests need. */
export const DEMO_OTHER_FACILITY = {
  ...DEMO_FACILITY,
  code: 'TTCTXH-HY',
  name: 'Trung tâm Công tác xã hội tỉnh Hưng Yên',
  facilityType: FacilityType.SocialWorkCentre,
  address: 'Xã Tiên Lữ, tỉnh Hưng Yên',
  phone: '0221 3871 012',
  capacity: 60,
  directorName: 'Lê Văn Phúc',
};

export const DEMO_ROOMS: {
  code: string;
  name: string;
  building: string;
  areaM2: number;
  beds: number;
  careLevel: RoomCareLevel;
}[] = [
  {
    code: 'A101',
    name: 'Phòng trẻ sơ sinh',
    building: 'Nhà A',
    areaM2: 48,
    beds: 6,
    careLevel: RoomCareLevel.Intensive,
  },
  {
    code: 'A102',
    name: 'Phòng trẻ mầm non',
    building: 'Nhà A',
    areaM2: 54,
    beds: 8,
    careLevel: RoomCareLevel.Standard,
  },
  {
    code: 'A201',
    name: 'Phòng trẻ em nam',
    building: 'Nhà A',
    areaM2: 60,
    beds: 10,
    careLevel: RoomCareLevel.Standard,
  },
  {
    code: 'A202',
    name: 'Phòng trẻ em nữ',
    building: 'Nhà A',
    areaM2: 60,
    beds: 10,
    careLevel: RoomCareLevel.Standard,
  },
  {
    code: 'B101',
    name: 'Phòng người cao tuổi nam',
    building: 'Nhà B',
    areaM2: 66,
    beds: 10,
    careLevel: RoomCareLevel.Standard,
  },
  {
    code: 'B102',
    name: 'Phòng người cao tuổi nữ',
    building: 'Nhà B',
    areaM2: 66,
    beds: 10,
    careLevel: RoomCareLevel.Standard,
  },
  {
    code: 'B201',
    name: 'Phòng chăm sóc đặc biệt',
    building: 'Nhà B',
    areaM2: 64,
    beds: 8,
    careLevel: RoomCareLevel.Intensive,
  },
  {
    code: 'C101',
    name: 'Phòng người khuyết tật nam',
    building: 'Nhà C',
    areaM2: 56,
    beds: 8,
    careLevel: RoomCareLevel.Intensive,
  },
  {
    code: 'C102',
    name: 'Phòng người khuyết tật nữ',
    building: 'Nhà C',
    areaM2: 56,
    beds: 7,
    careLevel: RoomCareLevel.Intensive,
  },
  {
    code: 'D101',
    name: 'Phòng bảo vệ khẩn cấp',
    building: 'Nhà D',
    areaM2: 30,
    beds: 3,
    careLevel: RoomCareLevel.Standard,
  },
];

/**
 * The day the demo staff took their posts (the staff history): before the first demo resident
 * (admitted at most about four years ago) and before the late-2022 months the report tests use.
 */
export const DEMO_STAFF_SINCE = '2020-01-01';

export const DEMO_ACCOUNTS: { username: string; fullName: string; role: Role }[] = [
  { username: 'admin', fullName: 'Trần Thị Minh Hạnh', role: Role.Admin },
  { username: 'social', fullName: 'Phạm Quốc Bảo', role: Role.SocialWorker },
  { username: 'nurse', fullName: 'Đỗ Thị Lan', role: Role.Nurse },
  { username: 'carer', fullName: 'Nguyễn Thị Hồng', role: Role.Caretaker },
  { username: 'officer', fullName: 'Vũ Đức Thắng', role: Role.Officer },
];
