// What each role may do, in one table that reads at a glance. Routes name one of these permissions; the
// server refuses to start a route that names none (server/permissions.ts).
import type { Role } from './roles.ts';

// 三员分立: the system administrator ('admin') keeps accounts and configuration and opens no child's file, so it
// is in none of the lists of people who work with children's data below.
const FIELD: Role[] = ['director', 'supervisor', 'civil_affairs'];
const SUPERVISION: Role[] = ['supervisor', 'civil_affairs'];
const BUREAU: Role[] = ['civil_affairs'];
/** The system administrator: accounts and configuration. */
const SYSTEM: Role[] = ['admin'];
/** The security administrator: roles, unlocking, security settings. */
const SECURITY: Role[] = ['security_admin'];
/** The audit administrator: reads the trail, nothing else. */
const AUDIT: Role[] = ['audit_admin'];

export const PERMISSIONS = {
  /** Read children's files and everything hanging off them, within one's region. */
  'child.read': FIELD,
  /** Register children, edit facts, record visits, contacts, work log and interventions. */
  'child.write': FIELD,
  /** Raise a child's level by hand with a written reason. */
  'child.level.raise': FIELD,
  /** Confirm a complex assessment (由乡镇组织评估确认). */
  'child.level.confirm': SUPERVISION,
  /** Take a child off the register (with reason and date). */
  'child.exit': SUPERVISION,
  /** Import children from a file. */
  'child.import': BUREAU,
  /** Reveal one child's full resident ID number on its file, with a reason (recorded, limited per hour). */
  'child.id_number.reveal': FIELD,
  /** Export rosters with full resident ID numbers, with a stated purpose (watermarked, recorded). Lists never
   * show them: docs/privacy.md. */
  'child.id_number.export': BUREAU,
  /** Restrict a file (敏感个案) or change or lift its restriction (docs/privacy.md). */
  'child.restrict': BUREAU,
  /** Designate the county's officer for restricted files. */
  'privacy_officer.manage': ['admin'],
  /** Give a guardian the child's whole file as a spreadsheet (PIPL art. 45), on a written request, recorded. */
  'child.subject_access': BUREAU,
  /** Read the audit trail of a child's file. */
  'audit.read': SUPERVISION,
  /** One's own notices (通知): referral answers and delays, police feedback, children moved, confirmations. */
  'notice.read': ['director', 'supervisor'],
  /** Worklists of due and overdue visits. */
  'worklist.read': FIELD,
  /** The ledger of child directors and supervisors, their trainings and evaluations, coverage (within one's region). */
  'workforce.read': SUPERVISION,
  /** Keep the ledger: people, posts, background checks, trainings, evaluations, imports. */
  'workforce.manage': BUREAU,
  /** See archive spot checks and their findings on the files within one's region. */
  'spotcheck.read': FIELD,
  /** Draw a spot check and record the checker's findings (县级民政部门). */
  'spotcheck.manage': BUREAU,
  /** Record that a finding on a file was fixed. */
  'spotcheck.fix': FIELD,
  /** The action plan's tasks, phases, progress reports, inspections and what is late. */
  'supervision.read': [...SUPERVISION, 'department'],
  /** Keep the action plan: tasks, due dates, inspections. */
  'supervision.manage': BUREAU,
  /** Submit a responsible unit's yearly progress report. */
  'supervision.report': [...BUREAU, 'department'],
  /** Compare a department roster against the register (数据比对). */
  'comparison.run': BUREAU,
  /** See comparison runs and the findings of one's region. */
  'comparison.read': SUPERVISION,
  /** Verify a comparison finding: confirm it (and act on it) or dismiss it with a reason. */
  'comparison.verify': SUPERVISION,
  /** Statistics within one's region: Annex 1, coverage and timeliness (counts, no child named). */
  'report.read': FIELD,
  /** Export rosters that name children (Annex 2 排查表), within one's region; every export is recorded. */
  'report.roster': SUPERVISION,
  /** Create accounts (not the three administrators'), bind regions, reset passwords, disable, lock. */
  'user.manage': SYSTEM,
  /** See the accounts of one's region (the system and the security administrator). */
  'user.read': [...SYSTEM, ...SECURITY],
  /** Open an account's edit: what may change is decided per field (details: user.manage, role: user.role). */
  'user.update': [...SYSTEM, ...SECURITY],
  /** Change an account's role (not one's own, not into or out of an administrator role). */
  'user.role': SECURITY,
  /** Unlock an account. */
  'user.unlock': SECURITY,
  /** Remove the second factor of a person who lost the phone (they enrol again). */
  'user.second_factor.reset': [...SYSTEM, ...SECURITY],
  /** Security settings (sign-in limits, second factor, sessions). */
  'security.manage': SECURITY,
  /** Read the whole audit trail, every person's and every event's, and export it. */
  'audit.trail': AUDIT,
  /** See the departments of one's county (to choose where a referral goes, or a department account's own). */
  'department.read': [...FIELD, ...SYSTEM, ...SECURITY],
  /** Register departments as organisations of a county. */
  'department.manage': [...BUREAU, ...SYSTEM],
  /** The inbox of the departments one answers for (department accounts; the bureau for 民政). */
  'department.inbox': ['department', 'civil_affairs'],
  /** Send a referral from a child's file or a visit, close it or send it again. */
  'referral.send': FIELD,
  /** Read referrals: the sender's side within its region, a department those sent to it. */
  'referral.read': ['director', 'supervisor', 'civil_affairs', 'department'],
  /** Follow every referral of one's region and the departments late to answer (转介跟踪: township, county). */
  'referral.track': SUPERVISION,
  /** Receive, progress, answer or return a referral sent to one's department. */
  'referral.respond': ['department', 'civil_affairs'],
  /** Read mandatory reports (强制报告) and their alerts within one's region. */
  'mandatory_report.read': FIELD,
  /** Open a mandatory report, record the police report, feedback, follow-ups, close it. */
  'mandatory_report.manage': FIELD,
  /** Close a mandatory report never reported because it was recorded in error (the township confirms). */
  'mandatory_report.void': SUPERVISION,
  /** Read case conferences (个案会商) of the children in one's region. */
  'conference.read': FIELD,
  /** Convene a case conference, record its decisions, assign actions. */
  'conference.manage': BUREAU,
  /** Update the status of a conference action one owns (or one's department owns). */
  'conference.action.update': ['director', 'supervisor', 'civil_affairs', 'department'],
  /** Share the red/yellow/blue lists with 团委、妇联、残联, see the history and when a share is due. */
  'list_share.manage': BUREAU,
  /** Read a shared list: the bureau any of its county's, a department the current one sent to it. */
  'list_share.read': ['civil_affairs', 'department'],
  /** See care activities (关爱活动) within one's region and the children of one's region they reached. */
  'care_activity.read': FIELD,
  /** Record a care activity, add the children or families it reached, void one recorded in error. */
  'care_activity.write': FIELD,
  /** See screening rounds (一年两排) and which children of one's region each has seen. */
  'screening.read': FIELD,
  /** Open a screening round for the county, with its dates (where the profile sets rounds). */
  'screening.manage': BUREAU,
  /** Record that a child was seen in a screening round. */
  'screening.record': FIELD,
  /** Create, list and revoke the API clients of a county's departments (tokens for systems, issue 22). */
  'api_client.manage': BUREAU,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

export function can(role: Role | 'system', permission: Permission): boolean {
  return role === 'system' || (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
