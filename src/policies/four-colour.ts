// The four-colour factor table (分级分色) as 普宁 §三 spells it out; 江宁 applies the same scheme by
// DB32/T 4361-2022. Profiles reuse this table and may add to it.
import { CONDITION_NAMES, DERIVED_FACTOR_NAMES } from '../domain/codes.ts';
import type { FactorRule } from '../domain/policy.ts';

export const FOUR_COLOUR_FACTORS: readonly FactorRule[] = [
  { code: 'harm.suspected', level: 'red', text: CONDITION_NAMES['harm.suspected'], source: '003 §三.1' },
  { code: 'unsupervised.living_alone', level: 'red', text: CONDITION_NAMES['unsupervised.living_alone'], source: '003 §三.1' },
  { code: 'unsupervised.wandering_or_missing', level: 'red', text: CONDITION_NAMES['unsupervised.wandering_or_missing'], source: '003 §三.1' },
  { code: 'guardianship.absent', level: 'red', text: CONDITION_NAMES['guardianship.absent'], source: '003 §三.1' },
  { code: 'self_harm', level: 'red', text: CONDITION_NAMES.self_harm, source: '003 §三.1' },

  { code: 'guardianship.severely_insufficient', level: 'yellow', text: CONDITION_NAMES['guardianship.severely_insufficient'], source: '003 §三.2' },
  { code: 'parents.both_severely_disabled', level: 'yellow', text: DERIVED_FACTOR_NAMES['parents.both_severely_disabled'], source: '003 §三.2' },
  { code: 'parents.both_imprisoned', level: 'yellow', text: DERIVED_FACTOR_NAMES['parents.both_imprisoned'], source: '003 §三.2' },
  { code: 'school.dropout_suspected', level: 'yellow', text: CONDITION_NAMES['school.dropout_suspected'], source: '003 §三.2' },
  { code: 'mental.serious_illness', level: 'yellow', text: CONDITION_NAMES['mental.serious_illness'], source: '003 §三.2' },
  { code: 'parents.both_substance_abuse', level: 'yellow', text: DERIVED_FACTOR_NAMES['parents.both_substance_abuse'], source: '003 §三.2' },

  { code: 'orphan', level: 'blue', text: CONDITION_NAMES.orphan, source: '003 §三.3' },
  { code: 'hiv', level: 'blue', text: CONDITION_NAMES.hiv, source: '003 §三.3' },
  { code: 'de_facto_unsupported', level: 'blue', text: CONDITION_NAMES.de_facto_unsupported, source: '003 §三.3' },
  { code: 'guardianship.insufficient', level: 'blue', text: CONDITION_NAMES['guardianship.insufficient'], source: '003 §三.3' },
  { code: 'disability.severe', level: 'blue', text: CONDITION_NAMES['disability.severe'], source: '003 §三.3' },
  { code: 'mental.abnormal_behaviour', level: 'blue', text: CONDITION_NAMES['mental.abnormal_behaviour'], source: '003 §三.3' },
  { code: 'parents.one_substance_abuse', level: 'blue', text: DERIVED_FACTOR_NAMES['parents.one_substance_abuse'], source: '003 §三.3' },
]; // prettier-ignore
