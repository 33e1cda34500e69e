// The fast row checks agree with the domain's own on every case that matters.
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../../domain/dates.ts';
import { validateIdNumber } from '../../domain/id-number.ts';
import { idNumberFor } from '../../../test/helpers/app.ts';
import { isIsoDateFast, validIdBirthDate } from './fast-checks.ts';

describe('fast row checks', () => {
  it('accept the same dates as isIsoDate', () => {
    for (let d = addDays('1999-12-25', 0), i = 0; i < 3000; d = addDays(d, 1), i++)
      expect(isIsoDateFast(d)).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2024-02-30',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '2026/01/01',
      'abcd-ef-gh',
      '',
    ])
      expect(isIsoDateFast(bad), bad).toBe(isIsoDate(bad));
    expect(isIsoDateFast('2000-02-29')).toBe(true);
  });

  it('accept the same ID numbers as validateIdNumber', () => {
    const ids = [
      idNumberFor('2015-03-04', 11),
      idNumberFor('2016-02-29', 12),
      idNumberFor('2015-02-29', 13),
      idNumberFor('1899-12-31', 14),
      idNumberFor('2015-03-04', 15, '995281'),
      idNumberFor('2015-03-04', 16).slice(0, 17) + '0',
      '445281201503041',
      '44528120150304011x',
    ];
    for (let seq = 100; seq < 400; seq++) ids.push(idNumberFor('2012-07-31', seq));
    for (const id of ids) {
      const v = validateIdNumber(id);
      expect(validIdBirthDate(id), id).toBe(v.ok && id === v.idNumber ? v.birthDate : null);
    }
  });
});
