// A download's Content-Disposition: the Chinese name a person sees (附件1摸排情况数据表-普宁市-2026-12-04.xlsx)
// as RFC 6266's filename*, and a plain ASCII name beside it for the clients that read only filename.
export function attachment(asciiName: string, chineseName: string = asciiName): string {
  const plain = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeRfc5987(chineseName)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
