import { describe, expect, it } from 'vitest';
import { attachment } from './attachment.ts';

describe('attachment', () => {
  it('gives the Chinese name as filename* and keeps the plain name ASCII', () => {
    const header = attachment('annex1-445281-2026-12-04.xlsx', '附件1摸排情况数据表-普宁市-2026-12-04.xlsx');
    expect(header).toBe(
      `attachment; filename="annex1-445281-2026-12-04.xlsx"; filename*=UTF-8''${encodeURIComponent('附件1摸排情况数据表-普宁市-2026-12-04.xlsx')}`,
    );
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1]!)).toBe(
      '附件1摸排情况数据表-普宁市-2026-12-04.xlsx',
    );
  });

  it('never lets a quote or a non-ASCII character into the plain name', () => {
    expect(attachment('a"b名.xlsx')).toMatch(
      /^attachment; filename="a_b_\.xlsx"; filename\*=UTF-8''a%22b%E5%90%8D\.xlsx$/,
    );
  });

  it('escapes the characters RFC 5987 leaves out of attr-char', () => {
    expect(attachment('x.xlsx', "o'k (1).xlsx")).toContain("filename*=UTF-8''o%27k%20%281%29.xlsx");
  });
});
