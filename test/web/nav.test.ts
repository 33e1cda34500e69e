// The menus each role sees (web/src/layout/nav.tsx), from the server's own permission table: a section shows
// only to someone whose permission its API checks, so a menu never offers a page that would answer 403, and
// 三员分立 holds on screen too (the system administrator opens no child's file; the audit administrator sees the
// trail and nothing else).
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES, type Role } from '../../src/modules/access/index.ts';
import type { Me } from '../../web/src/api/types.ts';
import { navFor, sectionOf } from '../../web/src/layout/nav.ts';

function signedIn(role: Role): Me {
  const permissions = Object.entries(PERMISSIONS)
    .filter(([, roles]) => (roles as readonly Role[]).includes(role))
    .map(([permission]) => permission);
  return { role, permissions } as unknown as Me;
}

const menu = (role: Role) => navFor(signedIn(role)).map((item) => item.path);
/** What the phone's bottom bar shows: the sections not kept for the office. */
const phoneBar = (role: Role) =>
  navFor(signedIn(role))
    .filter((item) => !item.desktopOnly)
    .map((item) => item.path);

describe('the menu follows the server’s permissions', () => {
  it('names only permissions the server knows, each section once', () => {
    const all = navFor({ role: 'civil_affairs', permissions: Object.keys(PERMISSIONS) } as unknown as Me);
    for (const item of all) expect(Object.keys(PERMISSIONS), item.path).toContain(item.permission);
    expect(new Set(all.map((item) => item.path)).size).toBe(all.length);
  });

  it('shows nothing to someone not signed in', () => {
    expect(navFor(undefined)).toEqual([]);
  });

  it('gives a village director her day’s work on the phone, and no office pages', () => {
    expect(phoneBar('director')).toEqual(['/dashboard', '/visit', '/children', '/reports']);
    for (const office of ['/users', '/audit', '/import', '/comparison', '/departments', '/api-clients'])
      expect(menu('director')).not.toContain(office);
  });

  it('keeps 三员分立: accounts for the administrators, the trail for the auditor, no children’s files', () => {
    expect(menu('admin')).toEqual(['/users', '/departments']);
    expect(menu('security_admin')).toEqual(['/users']);
    expect(menu('audit_admin')).toEqual(['/audit']);
    for (const role of ['admin', 'security_admin', 'audit_admin'] as const)
      for (const file of ['/children', '/visit', '/dashboard']) expect(menu(role)).not.toContain(file);
  });

  it('shows a department its inbox, not the action plan it may read only to file its report', () => {
    expect(signedIn('department').permissions).toContain('supervision.read');
    expect(menu('department')).toEqual(['/inbox']);
  });

  it('gives the township and the county what they follow, the import and API clients to the county only', () => {
    for (const role of ['supervisor', 'civil_affairs'] as const)
      for (const section of ['/referrals', '/mandatory-reports', '/comparison', '/workforce', '/supervision'])
        expect(menu(role), role).toContain(section);
    expect(menu('civil_affairs')).toEqual(
      expect.arrayContaining(['/import', '/api-clients', '/conferences']),
    );
    expect(menu('supervisor')).not.toContain('/import');
    expect(menu('supervisor')).not.toContain('/api-clients');
  });

  it('gives every role of the system at least one section', () => {
    for (const role of ROLES) expect(menu(role).length, role).toBeGreaterThan(0);
  });

  it('highlights the section a page belongs to', () => {
    expect(sectionOf('/children/1b2c/print')).toBe('/children');
    expect(sectionOf('/')).toBe('/');
  });
});
