// The audit actions of 最近变更 in Chinese: the child file's names, and those of the other parts whose
// changes land on a child's trail.
import { AUDIT_ACTION_NAMES } from '../child/names';

const MORE: Record<string, string> = {
  'mandatory_report.reported': '记录向公安机关报告',
  'mandatory_report.closed': '强制报告结案',
  'mandatory_report.police_feedback': '登记公安反馈',
  'mandatory_report.follow_up': '登记强制报告跟进',
  'referral.sent': '发出转介',
  'referral.received': '部门接收转介',
  'referral.progress': '转介办理进展',
  'referral.answered': '部门答复转介',
  'referral.returned': '转介被退回',
  'referral.resent': '重新发出转介',
  'referral.closed': '转介办结',
  'child.spot_checked': '档案抽查',
  'child.spot_check_fixed': '抽查问题已整改',
  'conference.created': '召开个案会商',
  'conference.updated': '更新个案会商',
  'conference.closed': '个案会商结束',
  'conference.action_assigned': '分派会商任务',
  'conference.action_updated': '更新会商任务',
  'list_share.included': '列入共享名单',
  'comparison_finding.confirmed': '数据比对结果核实属实',
  'comparison_finding.dismissed': '数据比对结果核实排除',
  'demo.loaded': '载入演示数据',
};

export function auditActionName(action: string): string {
  return AUDIT_ACTION_NAMES[action] ?? MORE[action] ?? action;
}
