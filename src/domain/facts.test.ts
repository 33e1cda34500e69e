import { describe, expect, it } from 'vitest';
import { FactsError, parseFacts } from './facts.ts';

const defaults = { asOf: '2026-11-23' };

function problem(input: unknown): FactsError {
  try {
    parseFacts(input, defaults);
  } catch (error) {
    if (error instanceof FactsError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('reading facts', () => {
  it('fills what is optional and keeps what is given', () => {
    expect(parseFacts({ birthDate: '2013-04-02' }, defaults)).toEqual({
      asOf: '2026-11-23',
      birthDate: '2013-04-02',
      hukouType: null,
      guardianship: null,
      parents: [],
      conditions: [],
    });
    const facts = parseFacts(
      {
        asOf: '2026-01-01',
        birthDate: '2013-04-02',
        parents: [{ relation: 'mother', statuses: ['migrant', 'migrant'], migrantMonths: 4 }],
        conditions: ['hiv', 'hiv'],
        name: 'ignored',
      },
      defaults,
    );
    expect(facts.asOf).toBe('2026-01-01');
    expect(facts.parents[0]).toEqual({
      relation: 'mother',
      statuses: ['migrant'],
      migrantMonths: 4,
      crossCounty: null,
      coreUrbanBoth: null,
    });
    expect(facts.conditions).toEqual(['hiv']);
  });

  it.each([
    [{ birthDate: '2013-04-02', conditions: ['no.such.code'] }, 'conditions[0]', 'no.such.code'],
    [
      { birthDate: '2013-04-02', parents: [{ statuses: ['on_holiday'] }] },
      'parents[0].statuses[0]',
      'on_holiday',
    ],
    [{ birthDate: '2013-04-02', guardianship: 'excellent' }, 'guardianship', 'excellent'],
    [{ birthDate: '2013-04-02', hukouType: 'city' }, 'hukouType', 'city'],
    [{ birthDate: '2013-04-02', parents: [{ relation: 'uncle' }] }, 'parents[0].relation', 'uncle'],
  ])('names an unknown code: %j', (input, field, code) => {
    const error = problem(input);
    expect(error.field).toBe(field);
    expect(error.code).toBe(code);
    expect(error.message).toContain(code);
  });

  it.each([
    [{}, 'birthDate'],
    [{ birthDate: '2013-02-30' }, 'birthDate'],
    [{ birthDate: '2027-01-01' }, 'birthDate'],
    [{ birthDate: '2013-04-02', asOf: 'yesterday' }, 'asOf'],
    [{ birthDate: '2013-04-02', conditions: 'orphan' }, 'conditions'],
    [{ birthDate: '2013-04-02', parents: [{}, {}, {}] }, 'parents'],
    [{ birthDate: '2013-04-02', parents: [{ relation: 'father' }, { relation: 'father' }] }, 'parents'],
    [{ birthDate: '2013-04-02', parents: [{ migrantMonths: -1 }] }, 'parents[0].migrantMonths'],
    [{ birthDate: '2013-04-02', parents: [{ crossCounty: 'yes' }] }, 'parents[0].crossCounty'],
  ])('refuses %j naming %s', (input, field) => expect(problem(input).field).toBe(field));

  it('refuses what is not an object', () => {
    expect(problem([1, 2]).field).toBe('');
    expect(problem(null).field).toBe('');
  });
});
