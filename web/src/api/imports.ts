// The shapes of the import API (POST /imports/children): the server's own, from the generated schema.
import type { ApiAnswer } from './client';

export type ImportOutcome = ApiAnswer<'/imports/children', 'post'>;
export type ImportProblem = ImportOutcome['errors'][number];
export type ImportPreviewItem = ImportOutcome['preview'][number];
