// Column headers as people type them: 村（社区）代码, 村(社区)代码 and " 村（社区）代码 " are one column.
// Each consumer maps normalised headers to its field names with an alias table.

/** Trims, drops a BOM, turns full-width brackets, spaces and letters into half-width, lower-cases ASCII. */
export function normalizeHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, '')
    .replace(/[*＊]/g, '') // "姓名*" marks a required column in templates
    .toLowerCase();
}

/** Builds a lookup from normalised header to field name; every field also answers to its own name. */
export function aliasTable(aliases: Record<string, readonly string[]>): Map<string, string> {
  const table = new Map<string, string>();
  for (const [field, names] of Object.entries(aliases))
    for (const name of [field, ...names]) table.set(normalizeHeader(name), field);
  return table;
}

/** The field a header names, or the header itself (normalised) when it names none. */
export function fieldOf(header: string, table: Map<string, string>): string {
  const key = normalizeHeader(header);
  return table.get(key) ?? key;
}
