// The app's sections, each behind the permission its API needs: a person sees only what they may use.
import {
  AlertOutlined,
  BarChartOutlined,
  FormOutlined,
  HomeOutlined,
  InboxOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/types';
import { can } from '../auth/session';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  permission: string;
}

const NAV: NavItem[] = [
  { path: '/dashboard', label: '工作台', icon: <HomeOutlined />, permission: 'worklist.read' },
  { path: '/visit', label: '走访联系', icon: <FormOutlined />, permission: 'child.write' },
  { path: '/children', label: '儿童档案', icon: <TeamOutlined />, permission: 'child.read' },
  { path: '/reports', label: '统计报表', icon: <BarChartOutlined />, permission: 'report.read' },
  { path: '/import', label: '导入', icon: <UploadOutlined />, permission: 'child.import' },
  { path: '/users', label: '账号管理', icon: <SettingOutlined />, permission: 'user.manage' },
  { path: '/inbox', label: '部门待办', icon: <InboxOutlined />, permission: 'department.inbox' },
  // The township and the county watch the reports; a director sees its child's on the file (报送与转介).
  {
    path: '/mandatory-reports',
    label: '强制报告',
    icon: <AlertOutlined />,
    permission: 'mandatory_report.void',
  },
  { path: '/conferences', label: '个案会商', icon: <SolutionOutlined />, permission: 'conference.manage' },
];

export function navFor(me: Me | undefined): NavItem[] {
  return NAV.filter((item) => can(me, item.permission));
}

/** The section a path belongs to: /children/abc → /children. */
export function sectionOf(pathname: string): string {
  return `/${pathname.split('/')[1] ?? ''}`;
}
