import { readFile } from 'node:fs/promises';
import { InputError } from '../shared/errors.ts';

/** Reads a whole text file, or standard input for "-" or no file. */
export async function readTextInput(file: string | undefined): Promise<{ name: string; text: string }> {
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: '<stdin>', text: Buffer.concat(chunks).toString('utf8') };
  }
  try {
    return { name: file, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? '文件不存在' : `无法读取文件（${code ?? String(error)}）`, {
      file,
    });
  }
}

export function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`不是合法的 JSON（${(error as Error).message}）`, { file: name });
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
