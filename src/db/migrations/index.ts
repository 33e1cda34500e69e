// Every migration, in order: a new migration is a new file here and a new line below (src/db/migrate.test.ts
// checks that the two agree). Imported statically so that a bundled CLI carries them like any other module.
import type { Migration } from 'kysely';
import * as m0001 from './0001_regions.ts';
import * as m0002 from './0002_register.ts';
import * as m0003 from './0003_child_reporting.ts';
import * as m0004 from './0004_casework.ts';
import * as m0007 from './0007_reports.ts';
import * as m0008 from './0008_departments.ts';
import * as m0009 from './0009_comparison.ts';
import * as m0010 from './0010_workforce.ts';
import * as m0030 from './0030_care_activities.ts';
import * as m0031 from './0031_screening_rounds.ts';
import * as m0032 from './0032_plan_task_lists.ts';
import * as m0037 from './0037_sign_in_hardening.ts';
import * as m0040 from './0040_audit_trail.ts';
import * as m0041 from './0041_audit_key.ts';
import * as m0042 from './0042_separation_of_duties.ts';
import * as m0043 from './0043_id_reveal.ts';
import * as m0044 from './0044_restricted_files.ts';
import * as m0046 from './0046_sealed_identifiers.ts';
import * as m0047 from './0047_retention.ts';
import * as m0049 from './0049_rules_revision.ts';
import * as m0050 from './0050_child_support.ts';
import * as m0052 from './0052_child_watch.ts';
import * as m0054 from './0054_red_handling.ts';
import * as m0055 from './0055_notices.ts';
import * as m0056 from './0056_api_clients.ts';
import * as m0058 from './0058_client_ids.ts';
import * as m0061 from './0061_second_factor.ts';
import * as m0062 from './0062_sealed_certificates.ts';
import * as m0063 from './0063_worklist_handle_first.ts';
import * as m0064 from './0064_short_blind_index.ts';
import * as m0065 from './0065_reassess_on.ts';
import * as m0066 from './0066_reassess_on_kept.ts';
import * as m0067 from './0067_audit_chain_per_statement.ts';
import * as m0068 from './0068_session_revocation_notify.ts';
import * as m0069 from './0069_child_scope_covering.ts';
import * as m0070 from './0070_contact_child_covering.ts';
import * as m0071 from './0071_contact_last_dates.ts';
import * as m0072 from './0072_child_support_on_row.ts';
import * as m0073 from './0073_stale_schedule_idx.ts';
import * as m0074 from './0074_worklist_rollup.ts';
import * as m0075 from './0075_trigger_plans_per_statement.ts';
import * as m0076 from './0076_audit_chain_lock_once.ts';
import * as m0077 from './0077_county_on_child_leaves.ts';
import * as m0078 from './0078_county_on_mandatory_reports.ts';
import * as m0079 from './0079_county_on_restrictions.ts';
import * as m0080 from './0080_county_on_child_lists.ts';
import * as m0081 from './0081_county_on_spot_checks.ts';
import * as m0082 from './0082_county_on_parents.ts';
import * as m0083 from './0083_county_on_records.ts';
import * as m0084 from './0084_county_on_cases.ts';
import * as m0085 from './0085_county_on_contacts.ts';
import * as m0086 from './0086_county_in_unique_keys.ts';
import * as m0087 from './0087_county_on_notices_and_findings.ts';
import * as m0088 from './0088_child_key_with_county.ts';
import * as m0089 from './0089_first_intervention_by_key.ts';

// One migration a line, so that additions merge cleanly.
// prettier-ignore
export const MIGRATIONS: Record<string, Migration> = {
  '0001_regions': m0001,
  '0002_register': m0002,
  '0003_child_reporting': m0003,
  '0004_casework': m0004,
  '0007_reports': m0007,
  '0008_departments': m0008,
  '0009_comparison': m0009,
  '0010_workforce': m0010,
  '0030_care_activities': m0030,
  '0031_screening_rounds': m0031,
  '0032_plan_task_lists': m0032,
  '0037_sign_in_hardening': m0037,
  '0040_audit_trail': m0040,
  '0041_audit_key': m0041,
  '0042_separation_of_duties': m0042,
  '0043_id_reveal': m0043,
  '0044_restricted_files': m0044,
  '0046_sealed_identifiers': m0046,
  '0047_retention': m0047,
  '0049_rules_revision': m0049,
  '0050_child_support': m0050,
  '0052_child_watch': m0052,
  '0054_red_handling': m0054,
  '0055_notices': m0055,
  '0056_api_clients': m0056,
  '0058_client_ids': m0058,
  '0061_second_factor': m0061,
  '0062_sealed_certificates': m0062,
  '0063_worklist_handle_first': m0063,
  '0064_short_blind_index': m0064,
  '0065_reassess_on': m0065,
  '0066_reassess_on_kept': m0066,
  '0067_audit_chain_per_statement': m0067,
  '0068_session_revocation_notify': m0068,
  '0069_child_scope_covering': m0069,
  '0070_contact_child_covering': m0070,
  '0071_contact_last_dates': m0071,
  '0072_child_support_on_row': m0072,
  '0073_stale_schedule_idx': m0073,
  '0074_worklist_rollup': m0074,
  '0075_trigger_plans_per_statement': m0075,
  '0076_audit_chain_lock_once': m0076,
  '0077_county_on_child_leaves': m0077,
  '0078_county_on_mandatory_reports': m0078,
  '0079_county_on_restrictions': m0079,
  '0080_county_on_child_lists': m0080,
  '0081_county_on_spot_checks': m0081,
  '0082_county_on_parents': m0082,
  '0083_county_on_records': m0083,
  '0084_county_on_cases': m0084,
  '0085_county_on_contacts': m0085,
  '0086_county_in_unique_keys': m0086,
  '0087_county_on_notices_and_findings': m0087,
  '0088_child_key_with_county': m0088,
  '0089_first_intervention_by_key': m0089,
};
