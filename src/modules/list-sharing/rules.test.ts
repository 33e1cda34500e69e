// The pure rules of list sharing: when the next share is due (普宁 §四(三) 至少每半年), and the help a
// shared child needs said without its factors.
import { describe, expect, it } from 'vitest';
import { recipientDue } from './due.ts';
import { helpNeeded } from './help-needed.ts';

describe('recipientDue (003 §四(三): at least every half year)', () => {
  it.each([
    [null, '2026-11-23', { due: true, nextDueOn: null, overdueDays: 0, dueSoon: false }],
    ['2026-05-23', '2026-11-22', { due: false, nextDueOn: '2026-11-23', dueSoon: true }],
    ['2026-05-23', '2026-11-23', { due: true, nextDueOn: '2026-11-23', overdueDays: 0 }],
    ['2026-05-23', '2026-12-03', { due: true, overdueDays: 10 }],
    ['2026-08-31', '2027-02-27', { due: false, nextDueOn: '2027-02-28' }],
    ['2026-06-01', '2026-10-01', { due: false, dueSoon: false }],
  ])('last shared %s, as of %s', (last, asOf, expected) => {
    expect(recipientDue(last, 'P6M', asOf, 30)).toMatchObject(expected);
  });
});

describe('helpNeeded', () => {
  it.each([
    [['harm.suspected'], ['安全保护', '心理关爱']],
    [
      ['school.dropout_suspected', 'orphan'],
      ['生活帮扶', '就学帮扶', '精神陪伴'],
    ],
    [
      ['self_harm', 'harm.suspected'],
      ['安全保护', '心理关爱'],
    ],
    [['parents.one_substance_abuse'], ['家庭教育指导']],
    [['assist.dibao'], ['精神陪伴']],
    [[], ['精神陪伴']],
  ])('%j → %j', (factors, help) => {
    expect(helpNeeded(factors)).toEqual(help);
  });
});
