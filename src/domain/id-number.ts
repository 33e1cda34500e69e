// Resident identity numbers (公民身份号码) per GB 11643-1999: six-digit address code, eight-digit birth
// date, three-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
// The address code is where the person was first registered and is often a county code abolished
// since; people keep their number for life, so only the province part is checked against the list.
import { formatIsoDate, parseIsoDate, type IsoDate } from './dates.ts';

export type Gender = 'male' | 'female';

export type IdNumberProblem = 'length' | 'format' | 'province' | 'birth_date' | 'check_digit';

export type IdNumberResult =
  | { ok: true; idNumber: string; birthDate: IsoDate; gender: Gender; provinceCode: string }
  | { ok: false; problem: IdNumberProblem; message: string };

/** Province-level codes that appear in resident ID numbers (71 Taiwan, 81 Hong Kong, 82 Macao, 83 Taiwan residence permits). */
export const ID_PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]); // prettier-ignore

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** Trims, turns full-width digits and letters (as pasted from some spreadsheets) into ASCII, upper-cases x. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .trim()
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/\s+/g, '')
    .toUpperCase();
}

export function validateIdNumber(raw: string, options: { notAfter?: IsoDate } = {}): IdNumberResult {
  const id = normalizeIdNumber(raw);
  if (id.length === 15 && /^\d{15}$/.test(id))
    return { ok: false, problem: 'length', message: '15位旧身份证号码，请使用18位号码' };
  if (id.length !== 18)
    return { ok: false, problem: 'length', message: `身份证号码应为18位，实际${id.length}位` };
  if (!/^\d{17}[\dX]$/.test(id))
    return { ok: false, problem: 'format', message: '身份证号码前17位应为数字，末位为数字或X' };
  const provinceCode = id.slice(0, 2);
  if (!ID_PROVINCE_CODES.has(provinceCode))
    return { ok: false, problem: 'province', message: `身份证号码的省级代码 ${provinceCode} 不存在` };
  const ymd = parseIsoDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
  if (!ymd || ymd.year < 1900)
    return { ok: false, problem: 'birth_date', message: `身份证号码中的出生日期 ${id.slice(6, 14)} 无效` };
  const birthDate = formatIsoDate(ymd);
  if (options.notAfter && birthDate > options.notAfter)
    return {
      ok: false,
      problem: 'birth_date',
      message: `身份证号码中的出生日期 ${birthDate} 晚于 ${options.notAfter}`,
    };
  const expected = idCheckCharacter(id);
  if (id[17] !== expected)
    return { ok: false, problem: 'check_digit', message: `身份证号码校验位错误（应为 ${expected}）` };
  return {
    ok: true,
    idNumber: id,
    birthDate,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    provinceCode,
  };
}

export function isValidIdNumber(raw: string): boolean {
  return validateIdNumber(raw).ok;
}

/**
 * 445281************: only the 6-digit address code is kept (docs/privacy.md). The old mask kept the last
 * four, and with the birth date shown beside it and the county code known from the village, that was all 18
 * digits. With the birth date, sequence and check digit hidden, no list can be turned back into an ID.
 */
export function maskIdNumber(id: string): string {
  if (id.length <= 6) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 6);
}

/**
 * A disability certificate number (残疾人证号) is the holder's 18-character ID number followed by the
 * category and grade digits: the ID part is masked as an ID number is, the category and grade (shown beside
 * it anyway) are kept. 445281************11. A number of another shape is masked like an ID number.
 */
export function maskDisabilityCertificate(certificate: string): string {
  if (certificate.length <= 18) return maskIdNumber(certificate);
  return maskIdNumber(certificate.slice(0, 18)) + certificate.slice(18);
}

const WHOLE_ID_NUMBER = /^\d{17}[\dX]$/;
/** An ID number followed by a few digits: a disability certificate number, which begins with one. */
const STARTS_WITH_ID_NUMBER = /^\d{17}[\dX]\d{1,4}$/;

/** Every ID number (and disability certificate number) in a value, masked, at any depth: for audit records shown. */
export function maskIdNumbersDeep(value: unknown): unknown {
  if (typeof value === 'string')
    return WHOLE_ID_NUMBER.test(value)
      ? maskIdNumber(value)
      : STARTS_WITH_ID_NUMBER.test(value)
        ? maskDisabilityCertificate(value)
        : value;
  if (Array.isArray(value)) return value.map(maskIdNumbersDeep);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskIdNumbersDeep(v)]));
  return value;
}
