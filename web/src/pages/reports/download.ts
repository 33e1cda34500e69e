// Downloads a report through fetch rather than a plain link, so that a refusal (a region outside one's own,
// a roster too large for one sheet) shows as a message on the page instead of a JSON file saved to disk.
import { pathFor, request, type PathOf, type Query } from '../../api/client';

export async function downloadReport(
  path: PathOf<'get'>,
  query: Query,
  fallbackName: string,
): Promise<string> {
  const response = await request('GET', pathFor(path), { query });
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
