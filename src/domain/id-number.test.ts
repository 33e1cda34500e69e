import { describe, expect, it } from 'vitest';
import { idCheckCharacter, maskIdNumber, normalizeIdNumber, validateIdNumber } from './id-number.ts';

describe('resident ID numbers (GB 11643-1999)', () => {
  it.each([
    // [number, birth date, gender] — real-format numbers with correct MOD 11-2 check characters.
    ['11010519491231002X', '1949-12-31', 'female'], // the standard's own example
    ['445281201304021238', '2013-04-02', 'male'], // 普宁
    ['445221199901010012', '1999-01-01', 'male'], // 揭西 county code, kept for life
    ['220303201506150020', '2015-06-15', 'female'], // 铁东
    ['320115201202290030', '2012-02-29', 'male'], // a leap day
    ['430202202001010040', '2020-01-01', 'female'],
    ['310117201811110059', '2018-11-11', 'male'],
    ['440524197311200088', '1973-11-20', 'female'], // 440524 abolished long ago; still a valid number
  ])('%s is valid, born %s, %s', (id, birthDate, gender) => {
    const result = validateIdNumber(id);
    expect(result).toEqual({ ok: true, idNumber: id, birthDate, gender, provinceCode: id.slice(0, 2) });
  });

  it.each([
    ['11010519491231002x', 'lower-case x is the same character'],
    [' 4452812013０4021238 ', 'spaces and full-width digits from a spreadsheet'],
  ])('normalises %j (%s)', (raw) => expect(validateIdNumber(raw).ok).toBe(true));

  it.each([
    ['110105194912310021', 'check_digit'], // X expected
    ['445281201304021234', 'check_digit'],
    ['320115201002290036', 'birth_date'], // 2010 has no 29 February
    ['445281201313021235', 'birth_date'], // month 13
    ['990105194912310023', 'province'], // no province 99
    ['100105194912310025', 'province'],
    ['4452812013040212', 'length'],
    ['4452812013040212381', 'length'],
    ['110105491231002', 'length'], // first-generation 15-digit number
    ['11010519491231002Y', 'format'],
    ['1101051949123100X2', 'format'],
    ['11010518991231002X', 'birth_date'], // before 1900
  ])('%s is refused: %s', (id, problem) => {
    const result = validateIdNumber(id);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.message).toMatch(/身份证/);
    }
  });

  it('refuses a birth date after the given day', () => {
    const result = validateIdNumber('430202202001010040', { notAfter: '2019-12-31' });
    expect(result.ok).toBe(false);
    expect(validateIdNumber('430202202001010040', { notAfter: '2020-01-01' }).ok).toBe(true);
  });

  it('computes the check character', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('44528120130402123')).toBe('8');
  });

  it('masks for display, keeping the region prefix and the last four', () => {
    expect(maskIdNumber('445281201304021238')).toBe('445281************');
    expect(maskIdNumber('11010519491231002X')).toBe('110105************');
    expect(normalizeIdNumber('ｘ')).toBe('X');
  });
});
