// Saves a file the server answered (an export, a report, the rows in error) under the name its
// Content-Disposition gives — the UTF-8 form first, then the plain one — or the page's own name for it.
// Downloads go through fetch rather than a plain link, so that a refusal shows as a message on the page
// instead of a JSON file in the downloads folder; this is the step after a successful answer.
export async function saveDownload(response: Response, fallbackName: string): Promise<string> {
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
