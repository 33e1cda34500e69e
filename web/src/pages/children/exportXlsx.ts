// Downloads the export through fetch rather than a plain link, so that a refusal shows as a message on the
// page instead of a JSON file in the downloads folder.
import { pathFor, request, type Query } from '../../api/client';

export async function downloadExport(query: Query): Promise<void> {
  const response = await request('GET', pathFor('/children/export.xlsx'), { query });
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const name = match?.[1] ? decodeURIComponent(match[1]) : '儿童名册.xlsx';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
