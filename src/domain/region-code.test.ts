import { describe, expect, it } from 'vitest';
import {
  countyOfPrefix,
  ancestorCodes,
  fullCode,
  isRegionCode,
  isUnder,
  parentCode,
  regionLevel,
  shortCode,
} from './region-code.ts';

describe('statistical division codes', () => {
  it.each([
    ['44', 'province'],
    ['4452', 'city'],
    ['445281', 'county'],
    ['445281102', 'township'],
    ['445281102201', 'village'],
    ['445281102000', 'township'],
    ['445281000000', 'county'],
    ['445200000000', 'city'],
    ['440000000000', 'province'],
  ])('%s is a %s', (code, level) => expect(regionLevel(code)).toBe(level));

  it('accepts only 2, 4, 6, 9 or 12 digits', () => {
    for (const ok of ['44', '4452', '445281', '445281102', '445281102201'])
      expect(isRegionCode(ok)).toBe(true);
    for (const bad of ['4', '445', '4452811', '44528110220', 'abcdef', '', 445281])
      expect(isRegionCode(bad)).toBe(false);
    expect(() => regionLevel('445')).toThrow(RangeError);
  });

  it('converts between short and full codes', () => {
    expect(fullCode('445281')).toBe('445281000000');
    expect(shortCode('445281000000')).toBe('445281');
    expect(shortCode('445281102201')).toBe('445281102201');
  });

  it('walks the parent chain', () => {
    expect(ancestorCodes('445281102201')).toEqual(['44', '4452', '445281', '445281102']);
    expect(ancestorCodes('445281000000')).toEqual(['44', '4452']);
    expect(parentCode('445281102')).toBe('445281');
    expect(parentCode('44')).toBeNull();
  });

  it('knows what lies under what', () => {
    expect(isUnder('445281102201', '445281')).toBe(true);
    expect(isUnder('445281102201', '445281000000')).toBe(true);
    expect(isUnder('445281102201', '445281102201')).toBe(true);
    expect(isUnder('445281102201', '445282')).toBe(false);
    expect(isUnder('445281', '445281102')).toBe(false);
    expect(isUnder('430281100200', '4302')).toBe(true);
  });

  it('names the county a prefix lies in, and none above a county', () => {
    expect(countyOfPrefix('445281102')).toBe('445281');
    expect(countyOfPrefix('445281')).toBe('445281');
    expect(countyOfPrefix('4452')).toBeNull();
    expect(countyOfPrefix('')).toBeNull();
  });
});
