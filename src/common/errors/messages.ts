/** User-facing texts in Vietnamese (default) and English, chosen by Accept-Language. */
export type Lang = 'vi' | 'en';
export interface Text {
  vi: string;
  en: string;
}

/** Titles of the problem types this API answers with (RFC 9457 `title`). */
export const PROBLEM_TITLES = {
  validation: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  malformedJson: { vi: 'Nội dung JSON không đọc được', en: 'Malformed JSON body' },
  unsupportedMediaType: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  payloadTooLarge: { vi: 'Nội dung gửi lên quá lớn', en: 'Request body too large' },
  unauthorized: { vi: 'Chưa xác thực', en: 'Not authenticated' },
  invalidCredentials: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  tokenInvalid: { vi: 'Mã truy cập không hợp lệ hoặc đã hết hạn', en: 'Invalid or expired token' },
  forbidden: { vi: 'Không có quyền thực hiện', en: 'Not allowed' },
  notFound: { vi: 'Không tìm thấy', en: 'Not found' },
  conflict: { vi: 'Xung đột với trạng thái hiện tại', en: 'Conflicts with the current state' },
  preconditionFailed: { vi: 'Dữ liệu đã bị thay đổi bởi người khác', en: 'Stale version' },
  preconditionRequired: { vi: 'Thiếu tiêu đề If-Match', en: 'If-Match header required' },
  rateLimited: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  internal: { vi: 'Lỗi hệ thống', en: 'Internal error' },
  unavailable: { vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service unavailable' },
  outcomeUnknown: { vi: 'Không rõ thao tác đã được lưu hay chưa', en: 'Outcome unknown' },
} satisfies Record<string, Text>;

export type ProblemCode = keyof typeof PROBLEM_TITLES;

/**
 * Messages for field errors, keyed by the rule's code (class-validator's constraint name or
 * one of ours). `{n}` is replaced by the rule's number where it has one.
 */
export const FIELD_MESSAGES: Record<string, Text> = {
  unknownField: { vi: 'Trường này không được phép', en: 'This field is not allowed' },
  fieldForbidden: {
    vi: 'Vai trò của bạn không được thay đổi trường này',
    en: 'Your role may not change this field',
  },
  nulCharacter: {
    vi: 'Không được chứa ký tự NUL (U+0000)',
    en: 'Must not contain the NUL character (U+0000)',
  },
  whitelistValidation: { vi: 'Trường này không được phép', en: 'This field is not allowed' },
  isDefined: { vi: 'Trường này là bắt buộc', en: 'This field is required' },
  isNotEmpty: { vi: 'Không được để trống', en: 'Must not be empty' },
  isString: { vi: 'Phải là chuỗi ký tự', en: 'Must be a string' },
  isInt: { vi: 'Phải là số nguyên', en: 'Must be an integer' },
  isNumber: { vi: 'Phải là số', en: 'Must be a number' },
  isBoolean: { vi: 'Phải là true hoặc false', en: 'Must be true or false' },
  isEnum: {
    vi: 'Giá trị không nằm trong danh sách cho phép',
    en: 'Must be one of the allowed values',
  },
  isIn: {
    vi: 'Giá trị không nằm trong danh sách cho phép',
    en: 'Must be one of the allowed values',
  },
  isUuid: { vi: 'Phải là UUID', en: 'Must be a UUID' },
  isDateString: { vi: 'Phải là ngày dạng YYYY-MM-DD', en: 'Must be a date YYYY-MM-DD' },
  isCalendarDate: {
    vi: 'Phải là ngày có thật dạng YYYY-MM-DD, từ năm 1900 đến 2199',
    en: 'Must be a real date YYYY-MM-DD, in the years 1900–2199',
  },
  isMonth: {
    vi: 'Phải là tháng dạng YYYY-MM, từ năm 1900 đến 2199',
    en: 'Must be a month YYYY-MM, in the years 1900–2199',
  },
  isEmail: { vi: 'Địa chỉ email không hợp lệ', en: 'Must be an email address' },
  isTimeZone: { vi: 'Múi giờ không hợp lệ', en: 'Must be an IANA time zone' },
  isPhone: { vi: 'Số điện thoại không hợp lệ', en: 'Must be a phone number' },
  matches: { vi: 'Sai định dạng', en: 'Wrong format' },
  maxLength: { vi: 'Không được dài quá {n} ký tự', en: 'Must be at most {n} characters' },
  minLength: { vi: 'Phải có ít nhất {n} ký tự', en: 'Must be at least {n} characters' },
  max: { vi: 'Không được lớn hơn {n}', en: 'Must not be greater than {n}' },
  min: { vi: 'Không được nhỏ hơn {n}', en: 'Must not be less than {n}' },
  arrayMaxSize: { vi: 'Không được quá {n} phần tử', en: 'Must have at most {n} items' },
  arrayMinSize: { vi: 'Phải có ít nhất {n} phần tử', en: 'Must have at least {n} items' },
  isArray: { vi: 'Phải là danh sách', en: 'Must be an array' },
  isObject: { vi: 'Phải là đối tượng', en: 'Must be an object' },
  nestedValidation: { vi: 'Phải là đối tượng hợp lệ', en: 'Must be a valid object' },
  commonPassword: {
    vi: 'Mật khẩu quá phổ biến, hãy chọn mật khẩu khác',
    en: 'This password is too common; choose another',
  },
  weakPassword: {
    vi: 'Mật khẩu dễ đoán (lặp lại, theo hàng phím, chứa tên đăng nhập hoặc họ tên); hãy chọn mật khẩu khác',
    en: 'This password is easy to guess (repeats, keyboard patterns, your username or name); choose another',
  },
  noPrintableText: {
    vi: 'Không được chứa ký tự điều khiển',
    en: 'Must not contain control characters',
  },
  invalidCursor: { vi: 'Con trỏ phân trang không hợp lệ', en: 'Invalid pagination cursor' },
  invalidIfMatch: {
    vi: 'If-Match phải có dạng "<số phiên bản>"',
    en: 'If-Match must be "<version>"',
  },
  invalidIdempotencyKey: {
    vi: 'Idempotency-Key phải dài 8–128 ký tự chữ, số, - hoặc _',
    en: 'Idempotency-Key must be 8-128 letters, digits, - or _',
  },
  body: { vi: 'Nội dung phải là một đối tượng JSON', en: 'Body must be a JSON object' },
  maxDepth: {
    vi: 'Nội dung JSON lồng nhau quá {n} cấp',
    en: 'The JSON body is nested more than {n} levels deep',
  },
};

/** The most preferred of vi/en by quality value (RFC 9110 §12.5.4; q=0 refuses); default vi. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'vi';
  let best: { lang: Lang; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [range = '', ...params] = part.split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'vi';
}

export function fieldMessage(code: string, lang: Lang, fallback: string, n?: number): string {
  const text = FIELD_MESSAGES[code];
  if (!text) return lang === 'en' ? fallback : 'Giá trị không hợp lệ';
  return text[lang].replace('{n}', n === undefined ? '' : String(n));
}
