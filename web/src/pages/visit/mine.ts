// Her list's query, one constant for the page that reads it and for the app's start, which begins that read
// before the page renders (web/src/router.tsx): both must ask for the same key.
/** Target children and the watched rural single-parent children (DOMAIN.md §1), both visited by her. */
export const MINE = { worklist: true, sort: 'due', pageSize: 200 } as const;
