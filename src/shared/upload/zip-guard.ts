// Looks at an .xlsx's zip central directory before anything is inflated: how many entries, how large each
// says it is once unzipped, and how far it is compressed. A zip bomb (a few MB that unzip to gigabytes)
// is refused here with a 400 that says so. A file whose central directory lies is still held by the
// parsing worker's memory limit (xlsx-cage.ts).
import { InputError } from '../errors.ts';
import type { UploadLimits } from './limits.ts';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Below this size an entry's ratio does not matter: a small sheet of blank rows compresses very well. */
const RATIO_FLOOR = 1024 * 1024;

export interface ZipSummary {
  entries: number;
  unzippedBytes: number;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function inspectXlsx(
  bytes: Buffer,
  fileName: string,
  limits: Pick<UploadLimits, 'maxEntries' | 'maxUnzippedBytes' | 'maxRatio'>,
): ZipSummary {
  const broken = () => new InputError('不是有效的 Excel（.xlsx）文件：压缩结构损坏', { file: fileName });
  let end = -1;
  for (
    let at = bytes.length - END_RECORD_SIZE;
    at >= Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
    at--
  )
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  if (end < 0) throw broken();
  const total = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // ZIP64 (more than 65,535 entries or 4 GB): no spreadsheet a bureau exchanges needs it.
  if (total === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
    throw new InputError('Excel 文件过大（ZIP64 格式），请拆分后再上传', { file: fileName });
  if (total > limits.maxEntries)
    throw new InputError(`Excel 文件包含 ${total} 个内部部件，超过上限 ${limits.maxEntries}，疑似异常文件`, {
      file: fileName,
    });
  if (directoryOffset + directorySize > end) throw broken();

  let at = directoryOffset;
  let unzipped = 0;
  for (let i = 0; i < total; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw broken();
    const zipped = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (zipped === 0xffffffff || size === 0xffffffff)
      throw new InputError('Excel 文件过大（ZIP64 格式），请拆分后再上传', { file: fileName });
    if (size > RATIO_FLOOR && size / Math.max(zipped, 1) > limits.maxRatio)
      throw new InputError(
        `Excel 文件异常：其中一个部件压缩比达 ${Math.round(size / Math.max(zipped, 1))} 倍（解压后 ${mb(size)}），疑似压缩炸弹，已拒绝`,
        { file: fileName },
      );
    unzipped += size;
    if (unzipped > limits.maxUnzippedBytes)
      throw new InputError(
        `Excel 文件解压后超过 ${mb(limits.maxUnzippedBytes)}，疑似压缩炸弹或数据过多，已拒绝；请拆分后再上传`,
        { file: fileName },
      );
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries: total, unzippedBytes: unzipped };
}
