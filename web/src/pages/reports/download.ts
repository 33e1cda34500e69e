// Downloads a report; a refusal (a region outside one's own, a roster too large for one sheet) shows as a
// message on the page (shared/saveDownload.ts).
import { pathFor, request, type PathOf, type Query } from '../../api/client';
import { saveDownload } from '../../shared/saveDownload';

export async function downloadReport(
  path: PathOf<'get'>,
  query: Query,
  fallbackName: string,
): Promise<string> {
  return saveDownload(await request('GET', pathFor(path), { query }), fallbackName);
}
