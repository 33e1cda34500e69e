// The app's sections, each behind the permission its API needs: a person sees only what they may use.
import { FormOutlined, HomeOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { DiffOutlined } from '@ant-design/icons';
import { IdcardOutlined } from '@ant-design/icons';
import { AuditOutlined } from '@ant-design/icons';
import { FileSearchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/types';
import { can } from '../auth/session';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  permission: string;
  /** An office page (wide tables, uploads): kept out of the phone's bottom bar, still reachable by link. */
  desktopOnly?: boolean;
}

const NAV: NavItem[] = [
  { path: '/dashboard', label: '工作台', icon: <HomeOutlined />, permission: 'worklist.read' },
  { path: '/visit', label: '走访联系', icon: <FormOutlined />, permission: 'child.write' },
  { path: '/children', label: '儿童档案', icon: <TeamOutlined />, permission: 'child.read' },
  { path: '/users', label: '账号管理', icon: <SettingOutlined />, permission: 'user.manage' },
  {
    path: '/comparison',
    label: '数据比对',
    icon: <DiffOutlined />,
    permission: 'comparison.read',
    desktopOnly: true,
  },
  {
    path: '/workforce',
    label: '儿童主任台账',
    icon: <IdcardOutlined />,
    permission: 'workforce.read',
    desktopOnly: true,
  },
  {
    path: '/supervision',
    label: '督导',
    icon: <AuditOutlined />,
    permission: 'supervision.read',
    desktopOnly: true,
  },
  { path: '/spot-checks', label: '档案抽查', icon: <FileSearchOutlined />, permission: 'spotcheck.read' },
];

export function navFor(me: Me | undefined): NavItem[] {
  return NAV.filter((item) => can(me, item.permission));
}

/** The section a path belongs to: /children/abc → /children. */
export function sectionOf(pathname: string): string {
  return `/${pathname.split('/')[1] ?? ''}`;
}
