// The list's filters live in the address bar, so a filtered list survives a reload, the back button and
// being sent to a colleague; the same query drives the list and the export.
import type { Query } from '../../api/client';

export interface ChildFilters {
  region: string[];
  level: string[];
  population?: string;
  difficultyType?: string;
  overdue?: 'true' | 'false';
  /** Only red cases still to handle at once (the dashboard's first figure). */
  awaitingHandling?: 'true';
  ageMin?: number;
  ageMax?: number;
  q?: string;
  status?: 'active' | 'exited' | 'all';
  sort?: 'due' | 'name' | 'level' | 'updated';
  page: number;
  pageSize: number;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const num = (v: string | null) => (v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

export function readFilters(params: URLSearchParams): ChildFilters {
  return {
    region: list(params.get('region')),
    level: list(params.get('level')),
    population: params.get('population') ?? undefined,
    difficultyType: params.get('difficultyType') ?? undefined,
    overdue: (params.get('overdue') as ChildFilters['overdue']) ?? undefined,
    awaitingHandling: params.get('awaitingHandling') === 'true' ? 'true' : undefined,
    ageMin: num(params.get('ageMin')),
    ageMax: num(params.get('ageMax')),
    q: params.get('q') ?? undefined,
    status: (params.get('status') as ChildFilters['status']) ?? undefined,
    sort: (params.get('sort') as ChildFilters['sort']) ?? undefined,
    page: num(params.get('page')) ?? 1,
    pageSize: num(params.get('pageSize')) ?? 20,
  };
}

export function writeFilters(f: ChildFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  };
  set('region', f.region);
  set('level', f.level);
  set('population', f.population);
  set('difficultyType', f.difficultyType);
  set('overdue', f.overdue);
  set('awaitingHandling', f.awaitingHandling);
  set('ageMin', f.ageMin);
  set('ageMax', f.ageMax);
  set('q', f.q);
  set('status', f.status);
  set('sort', f.sort);
  if (f.page !== 1) set('page', f.page);
  if (f.pageSize !== 20) set('pageSize', f.pageSize);
  return params;
}

/** The API's query: the region filter is the deepest region chosen. */
export function apiQuery(f: ChildFilters, paged = true): Query {
  return {
    region: f.region[f.region.length - 1],
    level: f.level,
    population: f.population,
    difficultyType: f.difficultyType,
    overdue: f.overdue,
    awaitingHandling: f.awaitingHandling,
    ageMin: f.ageMin,
    ageMax: f.ageMax,
    q: f.q?.trim(),
    status: f.status,
    sort: f.sort,
    ...(paged ? { page: f.page, pageSize: f.pageSize } : {}),
  };
}
