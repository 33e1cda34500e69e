// The register as Excel, with the list's own filters.
import { pathFor, request, type Query } from '../../api/client';
import { saveDownload } from '../../shared/saveDownload';

export async function downloadExport(query: Query): Promise<void> {
  const response = await request('GET', pathFor('/children/export.xlsx'), { query });
  await saveDownload(response, '儿童名册.xlsx');
}
