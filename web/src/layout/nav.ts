// The app's sections, each behind the permission its API needs: a person sees only what they may use. Icons
// are named here and drawn by the layouts (navIcons.tsx), so that the first script carries none of them.
import type { Me } from '../api/types.ts';
import { can } from '../auth/can.ts';

export type NavIcon =
  | 'AlertOutlined'
  | 'ApartmentOutlined'
  | 'ApiOutlined'
  | 'AuditOutlined'
  | 'BarChartOutlined'
  | 'BellOutlined'
  | 'DiffOutlined'
  | 'FileSearchOutlined'
  | 'IdcardOutlined'
  | 'LineChartOutlined'
  | 'FormOutlined'
  | 'HeartOutlined'
  | 'HomeOutlined'
  | 'InboxOutlined'
  | 'ScheduleOutlined'
  | 'SendOutlined'
  | 'SettingOutlined'
  | 'SolutionOutlined'
  | 'TeamOutlined'
  | 'UploadOutlined';

export interface NavItem {
  path: string;
  label: string;
  /** The icon's name (navIcons.tsx): the first script carries names, not the icons' drawings. */
  icon: NavIcon;
  permission: string;
  /** An office page (wide tables, uploads): kept out of the phone's bottom bar, still reachable by link. */
  desktopOnly?: boolean;
  /** Roles that hold the permission for one narrow use, not for the page's work: kept out of their menu. */
  hiddenFor?: string[];
}

const NAV: NavItem[] = [
  { path: '/dashboard', label: '工作台', icon: 'HomeOutlined', permission: 'worklist.read' },
  // On the phone the header's bell (with the unread count) leads here, not the bottom bar.
  { path: '/notices', label: '通知', icon: 'BellOutlined', permission: 'notice.read', desktopOnly: true },
  { path: '/visit', label: '走访联系', icon: 'FormOutlined', permission: 'child.write' },
  { path: '/children', label: '儿童档案', icon: 'TeamOutlined', permission: 'child.read' },
  { path: '/reports', label: '统计报表', icon: 'BarChartOutlined', permission: 'report.read' },
  { path: '/import', label: '导入', icon: 'UploadOutlined', permission: 'child.import', desktopOnly: true },
  { path: '/users', label: '账号管理', icon: 'SettingOutlined', permission: 'user.read' },
  {
    path: '/departments',
    label: '部门管理',
    icon: 'ApartmentOutlined',
    permission: 'department.manage',
    desktopOnly: true,
  },
  // 三员分立: the audit administrator's one section.
  {
    path: '/audit',
    label: '审计日志',
    icon: 'AuditOutlined',
    permission: 'audit.trail',
    desktopOnly: true,
  },
  { path: '/inbox', label: '部门待办', icon: 'InboxOutlined', permission: 'department.inbox' },
  // The township and the county follow every referral of their region and the departments that are late.
  {
    path: '/referrals',
    label: '转介跟踪',
    icon: 'SendOutlined',
    permission: 'referral.track',
    desktopOnly: true,
  },
  // The township and the county watch the reports; a director sees its child's on the file (报送与转介).
  {
    path: '/mandatory-reports',
    label: '强制报告',
    icon: 'AlertOutlined',
    permission: 'mandatory_report.void',
  },
  {
    path: '/conferences',
    label: '个案会商',
    icon: 'SolutionOutlined',
    permission: 'conference.manage',
    desktopOnly: true,
  },
  {
    path: '/comparison',
    label: '数据比对',
    icon: 'DiffOutlined',
    permission: 'comparison.read',
    desktopOnly: true,
  },
  {
    path: '/workforce',
    label: '儿童主任台账',
    icon: 'IdcardOutlined',
    permission: 'workforce.read',
    desktopOnly: true,
  },
  {
    path: '/supervision',
    label: '督导',
    icon: 'AuditOutlined',
    permission: 'supervision.read',
    desktopOnly: true,
    // A department reads the action plan only to file its unit's yearly report; its work is its 部门待办.
    hiddenFor: ['department'],
  },
  // 儿童主任工作量 (issue 18.3): the township and the county follow each director's month.
  {
    path: '/workload',
    label: '儿童主任工作量',
    icon: 'LineChartOutlined',
    permission: 'workforce.read',
    desktopOnly: true,
  },
  // Kept off the phone's bottom bar (six tabs would not fit a 360 px screen); still reachable by link.
  {
    path: '/care-activities',
    label: '关爱活动',
    icon: 'HeartOutlined',
    permission: 'care_activity.read',
    desktopOnly: true,
  },
  {
    path: '/screening',
    label: '排查轮次',
    icon: 'ScheduleOutlined',
    permission: 'screening.read',
    desktopOnly: true,
  },
  {
    path: '/spot-checks',
    label: '档案抽查',
    icon: 'FileSearchOutlined',
    permission: 'spotcheck.read',
    desktopOnly: true,
  },
  // Tokens for departments' systems (issue 22): the county bureau's.
  {
    path: '/api-clients',
    label: '接口客户端',
    icon: 'ApiOutlined',
    permission: 'api_client.manage',
    desktopOnly: true,
  },
];

export function navFor(me: Me | undefined): NavItem[] {
  return NAV.filter((item) => can(me, item.permission) && !(me && item.hiddenFor?.includes(me.role)));
}

/** The section a path belongs to: /children/abc → /children. */
export function sectionOf(pathname: string): string {
  return `/${pathname.split('/')[1] ?? ''}`;
}
