// A year of casework for one child: visits and contacts at the profile's rhythm (most on time, some
// lagging, a few never visited), work-log entries, interventions, and the mandatory report of a red case.
import type { Insertable } from 'kysely';
import type { ContactTable, InterventionTable, MandatoryReportTable, WorkLogTable } from '../../db/schema.ts';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import { addDuration, parseDuration, type IsoDuration } from '../../domain/duration.ts';
import type { Schedule } from '../../domain/schedule.ts';
import { findingsFor, interventionsFor, workLogEntry } from './findings.ts';
import type { PlannedChild } from './population.ts';
import type { Random } from './random.ts';
import type { Risk } from './risk.ts';

export interface Worker {
  id: string;
  name: string;
}

/** Who works the child's village: its directors, the township's supervisor, and the township's name. */
export interface Staff {
  directors: Worker[];
  supervisor: Worker;
  townshipName: string;
}

export interface History {
  contacts: Insertable<ContactTable>[];
  workLogs: Insertable<WorkLogTable>[];
  interventions: Insertable<InterventionTable>[];
  mandatoryReport: Insertable<MandatoryReportTable> | null;
  lastVisit: IsoDate | null;
  lastContact: IsoDate | null;
}

/** How the child's director keeps up: on time, lagging behind lately, or not at all. */
type Diligence = 'good' | 'late' | 'never';

function approxDays(d: IsoDuration): number {
  const p = parseDuration(d);
  return p ? p.years * 365 + p.months * 30 + p.weeks * 7 + p.days : 30;
}

function shorter(a: IsoDuration | null, b: IsoDuration | null): IsoDuration | null {
  if (!a) return b;
  if (!b) return a;
  return approxDays(a) <= approxDays(b) ? a : b;
}

/** China's 18:00 on a date, when a director types up the day's records. */
function evening(date: IsoDate): string {
  return `${date}T10:00:00Z`;
}

export function planHistory(
  rng: Random,
  child: PlannedChild,
  risk: Risk | null,
  schedule: Schedule | null,
  today: IsoDate,
  staff: Staff,
): History {
  const childId = child.row.id;
  const registeredOn = child.row.registered_on;
  const contacts: Insertable<ContactTable>[] = [];
  const director = () => rng.pick(staff.directors);
  const record = (
    kind: 'visit' | 'phone' | 'video',
    on: IsoDate,
    options: { discovery?: boolean; worker?: Worker } = {},
  ) => {
    const worker = options.worker ?? director();
    contacts.push({
      child_id: childId,
      county_code: child.row.county_code,
      kind,
      occurred_on: on,
      recorded_by: worker.id,
      worker_name: worker.name,
      findings: JSON.stringify(
        findingsFor(rng, child, risk, { visit: kind === 'visit', discovery: options.discovery ?? false }),
      ),
      conditions_added: options.discovery && risk ? [risk.code] : [],
      conditions_cleared: [],
      note: kind === 'visit' && rng.chance(0.2) ? '入户走访，与儿童和照料人面谈' : null,
      created_at: evening(on),
    });
  };

  if (!schedule || (!schedule.visitEvery && !schedule.contactEvery)) {
    // Not a target child: the screening visit that found so is the whole record.
    record('visit', registeredOn);
    return finish(rng, child, risk, contacts, today, staff, registeredOn);
  }

  const visitEvery = schedule.visitEvery;
  const step = shorter(schedule.visitEvery, schedule.contactEvery) as IsoDuration;
  const diligence: Diligence = rng.weighted({ good: 87, late: 10, never: 3 });
  const lateCut = visitEvery ? addDays(today, -(approxDays(visitEvery) + rng.int(5, 40))) : today;
  const contactsGoOn = diligence === 'good' || rng.chance(0.6);
  // A red case stops the regular rhythm on the day it came to light.
  const regularEnd = risk?.level === 'red' && risk.discoveredOn ? addDays(risk.discoveredOn, -1) : today;
  const windowStart = addDays(today, -365);
  let t = registeredOn >= windowStart ? registeredOn : addDays(windowStart, rng.int(0, 20));
  let lastVisit: IsoDate | null = null;
  const jitter = Math.min(6, Math.floor(approxDays(step) / 4));
  while (t <= regularEnd) {
    const mayVisit = diligence === 'good' || (diligence === 'late' && t <= lateCut);
    const mayContact = diligence === 'good' || contactsGoOn || t <= lateCut;
    const visitDue =
      visitEvery !== null &&
      (lastVisit === null || addDuration(lastVisit, visitEvery) <= addDuration(t, step));
    if (mayVisit && visitDue) {
      record('visit', t);
      lastVisit = t;
    } else if (mayContact && schedule.contactEvery) record(rng.chance(0.8) ? 'phone' : 'video', t);
    t = addDays(addDuration(t, step), -rng.int(0, jitter));
  }

  if (risk?.level === 'red' && risk.discoveredOn) {
    if (risk.foundOnVisit) {
      record('visit', risk.discoveredOn, { discovery: true });
      // 即时介入: the director and the township supervisor go back every week or two.
      for (let d = addDays(risk.discoveredOn, rng.int(7, 14)); d <= today; d = addDays(d, rng.int(7, 14)))
        record('visit', d, { worker: rng.chance(0.5) ? staff.supervisor : undefined });
    } else if (risk.discoveredOn < today && rng.chance(0.5))
      // Reported by the school or the police; the director has phoned but not yet been to the home.
      record('phone', addDays(risk.discoveredOn, 1) > today ? today : addDays(risk.discoveredOn, 1));
  }
  return finish(
    rng,
    child,
    risk,
    contacts,
    today,
    staff,
    windowStart > registeredOn ? windowStart : registeredOn,
  );
}

function finish(
  rng: Random,
  child: PlannedChild,
  risk: Risk | null,
  contacts: Insertable<ContactTable>[],
  today: IsoDate,
  staff: Staff,
  from: IsoDate,
): History {
  const childId = child.row.id;
  const visits = contacts.filter((c) => c.kind === 'visit').map((c) => c.occurred_on);
  const all = contacts.map((c) => c.occurred_on);
  const latest = (dates: string[]) => (dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null);
  const span = Math.max(0, Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000));
  const someDay = () => addDays(from, rng.int(0, span));

  const workLogs: Insertable<WorkLogTable>[] = [];
  const logCount =
    child.kind === 'not_target'
      ? 0
      : risk?.level === 'red'
        ? rng.int(3, 5)
        : risk?.level === 'yellow'
          ? rng.int(2, 3)
          : rng.chance(0.4)
            ? 1
            : 0;
  for (let i = 0; i < logCount; i++) {
    const on = risk?.level === 'red' && risk.discoveredOn && i === 0 ? risk.discoveredOn : someDay();
    const author = rng.pick(staff.directors);
    workLogs.push({
      child_id: childId,
      county_code: child.row.county_code,
      occurred_on: on,
      author_id: author.id,
      author_name: author.name,
      content: workLogEntry(rng, risk),
      created_at: evening(on),
    });
  }

  const interventions: Insertable<InterventionTable>[] = [];
  const share =
    risk?.level === 'red'
      ? risk.foundOnVisit
        ? 1
        : 0.5
      : risk?.level === 'yellow'
        ? 0.75
        : risk
          ? 0.55
          : 0.4;
  if (rng.chance(share))
    for (const [kind, note] of interventionsFor(child, risk)) {
      const on = risk?.level === 'red' && risk.discoveredOn ? risk.discoveredOn : someDay();
      interventions.push({
        child_id: childId,
        county_code: child.row.county_code,
        occurred_on: on,
        kind,
        note,
        recorded_by: (kind === 'referral' ? staff.supervisor : rng.pick(staff.directors)).id,
        created_at: evening(on),
      });
    }

  let mandatoryReport: Insertable<MandatoryReportTable> | null = null;
  if (risk?.level === 'red' && risk.discoveredOn) {
    // Found at 09:30 China time; a case found on a visit was reported to the police within hours (a few
    // late), one reported by others waits for the director: the county's alert list has both.
    const discoveredAt = Date.parse(`${risk.discoveredOn}T01:30:00Z`);
    const reporter = staff.directors[0]!;
    const hours = rng.chance(0.8) ? rng.int(1, 6) : rng.int(25, 40);
    mandatoryReport = {
      child_id: childId,
      county_code: child.row.county_code,
      source: 'auto',
      situation: 'red_factor',
      factors: [risk.code],
      status: risk.foundOnVisit ? 'reported' : 'open',
      discovered_on: risk.discoveredOn,
      discovered_at: new Date(discoveredAt),
      opened_at: new Date(discoveredAt + 10 * 60_000),
      opened_by: reporter.id,
      ...(risk.foundOnVisit
        ? {
            reported_at: new Date(discoveredAt + hours * 3_600_000),
            reported_by: reporter.id,
            reporter_name: reporter.name,
            report_method: rng.chance(0.8) ? 'phone_110' : 'in_person',
            police_unit: `${staff.townshipName}派出所`,
            receipt_number: null,
          }
        : {}),
      note: null,
    };
  }

  return {
    contacts,
    workLogs,
    interventions,
    mandatoryReport,
    lastVisit: latest(visits),
    lastContact: latest(all),
  };
}
