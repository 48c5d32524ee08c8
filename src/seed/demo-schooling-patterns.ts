import type { CreateEnrollmentDto } from '../schooling/enrollments/enrollment.dto';
import type { CreateResultDto } from '../schooling/results/result.dto';
import type { SchoolLevel } from '../schooling/rules/levels';
import { parseSchoolYear } from '../schooling/rules/school-year';

/** Schools, classes and result patterns of the demo centre's children (fictional, plausible). */
export const COMMUNE = 'Phường Phố Hiến, tỉnh Hưng Yên';
export const SCHOOLS: Record<
  'nursery' | 'primary' | 'lower_secondary' | 'upper_secondary',
  string
> = {
  nursery: 'Trường Mầm non Hoa Sen',
  primary: 'Trường Tiểu học Hiến Nam',
  lower_secondary: 'Trường THCS Hiến Nam',
  upper_secondary: 'Trường THPT Phố Hiến',
};
const REMARKS = [
  'Em chăm ngoan, lễ phép, tích cực phát biểu xây dựng bài.',
  'Em tiến bộ rõ ở môn Toán; cần rèn thêm chữ viết.',
  'Em hòa đồng với bạn bè, tham gia tốt các hoạt động tập thể.',
  'Em cần tập trung hơn trong giờ học và hoàn thành bài tập về nhà.',
  'Em có năng khiếu vẽ, nhiệt tình trong các phong trào của lớp.',
  'Em đọc to, rõ ràng; kỹ năng tính toán còn chậm, cần luyện thêm.',
];
export const PRIMARY_YEAR = [
  'outstanding',
  'excellent',
  'excellent',
  'completed',
  'completed',
  'excellent',
  'completed',
  'outstanding',
];
export const LEARNING = ['good', 'fair', 'pass', 'fair', 'good', 'fair', 'pass'];
export const CONDUCT = ['good', 'good', 'fair', 'good', 'good', 'good', 'fair'];

/** The school a child attends in a year, by age (grade 1 in the calendar year they turn 6). */
export function placement(
  born: string,
  schoolYear: string,
): { level: SchoolLevel; grade: number | null } | null {
  const age = (parseSchoolYear(schoolYear)?.start ?? 0) - Number(born.slice(0, 4));
  if (age >= 3 && age <= 5) return { level: 'nursery', grade: null };
  if (age >= 6 && age <= 10) return { level: 'primary', grade: age - 5 };
  if (age >= 11 && age <= 14) return { level: 'lower_secondary', grade: age - 5 };
  if (age >= 15 && age <= 17) return { level: 'upper_secondary', grade: age - 5 };
  return null;
}

export const min = (a: string, b: string): string => (a < b ? a : b);
export const max = (a: string, b: string): string => (a > b ? a : b);

export function enrolment(
  schoolYear: string,
  level: SchoolLevel,
  grade: number | null,
  i: number,
  start: string,
): CreateEnrollmentDto {
  const school =
    level === 'nursery' ||
    level === 'primary' ||
    level === 'lower_secondary' ||
    level === 'upper_secondary'
      ? SCHOOLS[level]
      : undefined;
  return {
    schoolYear,
    level,
    grade: grade ?? undefined,
    schoolName: school,
    schoolCommune: COMMUNE,
    className: grade === null ? 'Mẫu giáo' : `${grade}A${1 + (i % 3)}`,
    startDate: start,
    boardingType: level === 'nursery' || level === 'primary' ? 'semi_boarding' : 'day',
  };
}

/** Three results of a primary pupil (TT 27/2020): the year's rating drives the semesters'. */
export function primaryResults(i: number, grade: number, yearRating: string): CreateResultDto[] {
  const semester = yearRating === 'outstanding' ? 'excellent' : yearRating;
  const score =
    yearRating === 'not_completed' ? 4 : yearRating === 'completed' ? 6 + (i % 2) : 8 + (i % 3);
  const subjects = [
    { subject: 'Toán', score: Math.min(10, score + (i % 2)) },
    { subject: 'Tiếng Việt', score },
    ...(grade >= 3 ? [{ subject: 'Tiếng Anh', score: Math.max(4, score - 1) }] : []),
  ].map((s) => ({
    ...s,
    rating: s.score >= 9 ? 'excellent' : s.score >= 5 ? 'completed' : 'not_completed',
  }));
  const base = { qualitiesRating: i % 4 === 3 ? 'pass' : 'good', subjects };
  return [
    {
      term: 'HK1',
      rating: i % 3 === 0 && semester === 'excellent' ? 'completed' : semester,
      daysAbsent: i % 4,
      teacherRemarks: REMARKS[i % REMARKS.length],
      ...base,
    },
    { term: 'HK2', rating: semester, daysAbsent: (i + 1) % 3, ...base },
    {
      term: 'year',
      rating: yearRating,
      daysAbsent: (i % 4) + ((i + 1) % 3),
      awards:
        yearRating === 'outstanding'
          ? ['Khen thưởng học sinh Xuất sắc']
          : yearRating === 'excellent'
            ? ['Khen thưởng học sinh tiêu biểu']
            : [],
      teacherRemarks: REMARKS[(i + 2) % REMARKS.length],
      ...base,
    },
  ];
}

/** Three results of a secondary student (TT 22/2021); `fail` makes a re-examination case. */
export function secondaryResults(
  i: number,
  learning: string,
  conduct: string,
  absentHK2: number,
): CreateResultDto[] {
  const avg = { good: 8.4, fair: 7.1, pass: 5.6, fail: 4.3 }[learning] ?? 6.5;
  const subjects = [
    { subject: 'Toán', score: Math.round((avg + (i % 3) * 0.3) * 10) / 10 },
    { subject: 'Ngữ văn', score: Math.round((avg - 0.2) * 10) / 10 },
    { subject: 'Tiếng Anh', score: Math.round((avg - (i % 2) * 0.5) * 10) / 10 },
    { subject: 'Giáo dục thể chất', rating: 'pass' },
  ];
  const awards = learning === 'good' && conduct === 'good' ? ['Danh hiệu Học sinh Giỏi'] : [];
  return [
    {
      term: 'HK1',
      learningRating: learning === 'fail' ? 'pass' : learning,
      conductRating: conduct,
      subjects,
      daysAbsent: i % 3,
      teacherRemarks: REMARKS[i % REMARKS.length],
    },
    {
      term: 'HK2',
      learningRating: learning,
      conductRating: conduct,
      subjects,
      daysAbsent: absentHK2,
    },
    {
      term: 'year',
      learningRating: learning,
      conductRating: conduct,
      subjects,
      daysAbsent: (i % 3) + absentHK2,
      awards,
      teacherRemarks: REMARKS[(i + 3) % REMARKS.length],
    },
  ];
}
