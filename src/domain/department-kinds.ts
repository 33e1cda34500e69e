// The kinds of department a county works with (DOMAIN.md §5–§6). The short names are the ones the seeds
// use when they list responsible units (教育、卫健、团委、妇联、残联 …), so a profile's list of recipients
// (e.g. 普宁's listSharing.recipients) maps onto kinds by name.

export const DEPARTMENT_KINDS = [
  'education',
  'health',
  'medical_insurance',
  'disabled_persons_federation',
  'police',
  'court',
  'procuratorate',
  'justice',
  'human_resources',
  'youth_league',
  'womens_federation',
  'cyberspace',
  'emergency',
  'water',
  'civil_affairs',
  'other',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_NAMES: Record<DepartmentKind, string> = {
  education: '教育',
  health: '卫健',
  medical_insurance: '医保',
  disabled_persons_federation: '残联',
  police: '公安',
  court: '法院',
  procuratorate: '检察院',
  justice: '司法',
  human_resources: '人社',
  youth_league: '团委',
  womens_federation: '妇联',
  cyberspace: '网信',
  emergency: '应急',
  water: '水务',
  civil_affairs: '民政',
  other: '其他',
};

export function isDepartmentKind(value: unknown): value is DepartmentKind {
  return typeof value === 'string' && (DEPARTMENT_KINDS as readonly string[]).includes(value);
}

/** The kind a seed's short name (团委, 妇联, 残联, …) stands for; null for a name no kind has. */
export function kindByName(name: string): DepartmentKind | null {
  const trimmed = name.trim();
  for (const kind of DEPARTMENT_KINDS) if (DEPARTMENT_KIND_NAMES[kind] === trimmed) return kind;
  return null;
}
