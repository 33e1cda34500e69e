// Hostile files for the tests and the benchmark of the upload cage: built here, never stored. A zip is
// written by hand so that its central directory can say whatever the test needs, and a deflate stream of
// gigabytes is made of one compressed block repeated (each block flushed in full, so that it stands alone).
import { crc32, constants, deflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  /** Raw deflate bytes. */
  data: Buffer;
  crc: number;
  /** What the headers say the entry is once inflated. */
  declaredSize: number;
}

/** `times` copies of `unit`, deflated as blocks of `perBlock` units: tiny for gigabytes of text. */
export function repeatedEntry(
  name: string,
  head: string,
  unit: string,
  perBlock: number,
  times: number,
  tail: string,
  declaredSize?: number,
): Entry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = Buffer.from(unit.repeat(perBlock));
  const packedBlock = deflateRawSync(block, flush);
  const parts = [deflateRawSync(Buffer.from(head), flush)];
  let crc = crc32(head);
  for (let i = 0; i < times; i++) {
    parts.push(packedBlock);
    crc = crc32(block, crc);
  }
  parts.push(deflateRawSync(Buffer.from(tail)));
  crc = crc32(tail, crc);
  const size = head.length + block.length * times + tail.length;
  return { name, data: Buffer.concat(parts), crc, declaredSize: declaredSize ?? size };
}

export function plainEntry(name: string, text: string): Entry {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), declaredSize: bytes.length };
}

export function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    directory.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function workbookParts() {
  return [
    plainEntry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    plainEntry(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    plainEntry(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ];
}

/**
 * A zip bomb that does not hide: about 5 MB whose two sheets say they unzip to about 3 GB each. The
 * central-directory check refuses it before a byte is inflated.
 */
export function declaredXlsxBomb(): Buffer {
  const row = '<row><c t="inlineStr"><is><t>0</t></is></c></row>';
  const sheet = (name: string) =>
    repeatedEntry(
      name,
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>`,
      row,
      1 << 18,
      75,
      '</sheetData></worksheet>',
    );
  return zip([...workbookParts(), sheet('xl/worksheets/sheet1.xml'), sheet('xl/worksheets/sheet2.xml')]);
}

/**
 * A bomb that lies: its headers say its shared strings unzip to 1 MB, they unzip to about 1.2 GB of
 * strings, every one of which exceljs keeps. Only the worker's heap limit stops it.
 */
export function hiddenXlsxBomb(): Buffer {
  const strings = repeatedEntry(
    'xl/sharedStrings.xml',
    `<?xml version="1.0"?><sst xmlns="${MAIN}">`,
    '<si><t>童护</t></si>',
    1 << 20,
    50,
    '</sst>',
    1024 * 1024,
  );
  return zip([strings, ...workbookParts()]);
}
