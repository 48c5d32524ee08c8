import { foldName } from '../../src/residents/model/identifiers';

/** Name parts like the demo's (Kinh and minority family names), with their folded forms for search. */
const FAMILY = [
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
  'Nông',
  'Lục',
  'Lò',
  'Cầm',
  'Lường',
  'Giàng',
  'Vàng',
  'Thào',
  'Sùng',
  'Quách',
  'Hà',
  'Vi',
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quốc', 'A', 'Hữu', 'Công'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Thị', 'Kim', 'Mỹ', 'Thanh'];
const GIVEN_MALE = [
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
  'Hoàng',
  'Toàn',
];
const GIVEN_FEMALE = [
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
  'Ngân',
  'Nhung',
  'Phương',
  'Quỳnh',
  'Thảo',
  'Trang',
  'Tuyết',
  'Vân',
  'Xuân',
  'Yến',
  'Dợ',
  'Mỷ',
  'Súa',
  'Ly',
];

export interface NameParts {
  family: string[];
  familyFolded: string[];
  middleMale: string[];
  middleFemale: string[];
  givenMale: string[];
  givenMaleFolded: string[];
  givenFemale: string[];
  givenFemaleFolded: string[];
  middleMaleFolded: string[];
  middleFemaleFolded: string[];
}

export function nameParts(): NameParts {
  const fold = (xs: string[]) => xs.map(foldName);
  return {
    family: FAMILY,
    familyFolded: fold(FAMILY),
    middleMale: MIDDLE_MALE,
    middleMaleFolded: fold(MIDDLE_MALE),
    middleFemale: MIDDLE_FEMALE,
    middleFemaleFolded: fold(MIDDLE_FEMALE),
    givenMale: GIVEN_MALE,
    givenMaleFolded: fold(GIVEN_MALE),
    givenFemale: GIVEN_FEMALE,
    givenFemaleFolded: fold(GIVEN_FEMALE),
  };
}

/** Search terms the read scenario sends as `q` (folded and not, as users type them). */
export const SEARCH_TERMS = ['nguyen', 'Trần', 'hung', 'thi lan', 'Giàng', 'van an', 'mai', 'duc'];
