import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 6: no file over ~300 lines of code without a reason written at its top. The limit is
 * ESLint's max-lines (eslint.config.mjs); a long file opts out with a disable comment that must
 * carry its reason after `--`.
 */
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

const code = (lines: number) => Array.from({ length: lines }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';

async function maxLinesMessages(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'max-lines').map((m) => m.message);
}

describe('file length (max-lines)', () => {
  it.each(['electron/services/stock/example.ts', 'renderer/src/features/stock/Example.tsx', 'test/core/example.test.ts'])(
    'refuses 301 lines of code in %s and allows 300, blank lines and comments not counted',
    async (file) => {
      expect(await maxLinesMessages(file, code(301))).toHaveLength(1);
      const padded = code(300) + '\n\n// a comment\n/* another */\n';
      expect(await maxLinesMessages(file, padded)).toEqual([]);
    },
  );

  it('allows a long file that gives its reason at the top', async () => {
    const text = '/* eslint-disable max-lines -- one table of records, not logic */\n' + code(400);
    expect(await maxLinesMessages('electron/services/demo/example.ts', text)).toEqual([]);
  });

  it('every file that opts out says why, in words', () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mts', '*.mjs'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const withoutReason: string[] = [];
    for (const file of files) {
      const full = path.join(root, file);
      if (!fs.existsSync(full)) continue;
      for (const m of fs.readFileSync(full, 'utf8').matchAll(/eslint-disable(?:-next-line|-line)? max-lines\b(.*)/g)) {
        const reason = /--\s*(.+?)\s*(\*\/)?$/.exec(m[1])?.[1] ?? '';
        if (reason.split(/\s+/).length < 5) withoutReason.push(file);
      }
    }
    expect(withoutReason).toEqual([]);
  });
});
