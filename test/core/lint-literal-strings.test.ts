import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 9: a user-facing string literal in renderer JSX fails the lint (eslint.config.mjs,
 * build/eslint/no-literal-ui-string.mjs). Checked on deliberate literals, linted as a file in the
 * renderer, beside the same texts through the catalogue (so a rule that fires on everything fails too).
 */
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });
const RULE = 'corridor/no-literal-ui-string';

async function literals(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, 'renderer/src/features/stock/Example.tsx') });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const wrap = (jsx: string) => `import { useT } from '../../i18n';\nexport function Example() {\n  const t = useT();\n  return ${jsx};\n}\n`;

describe('no literal UI strings in renderer JSX', () => {
  it.each([
    ['text between tags', '<p>No documents yet</p>'],
    ['a string expression between tags', "<p>{'Loading…'}</p>"],
    ['a template between tags', '<p>{`${1} lines`}</p>'],
    ['a title', '<button title="Close the card">×</button>'],
    ['a placeholder', '<input placeholder="Search documents" />'],
    ['an aria-label', '<section aria-label="Stock card" />'],
    ['a label prop', '<Field label={"Owner"} />'],
    ['Arabic text', '<p>لا مستندات</p>'],
  ])('refuses %s', async (_what, jsx) => {
    expect(await literals(wrap(jsx))).toHaveLength(1);
  });

  it('allows the catalogue, text without letters, the product name and attributes nobody reads', async () => {
    const ok = [
      "<p>{t('doc.noneYet')}</p>",
      "<button title={t('card.closeTitle')}>×</button>",
      '<span> · — 12 / 34 </span>',
      '<span className="brand">Corridor</span>',
      '<div className="stock-grid" data-testid="on-hand-grid" role="status" />',
      '<input type="search" name="operator" />',
    ];
    for (const jsx of ok) expect(await literals(wrap(jsx)), jsx).toEqual([]);
  });

  it('names the text and where its words go', async () => {
    const [message] = await literals(wrap('<p>No documents yet</p>'));
    expect(message).toContain('No documents yet');
    expect(message).toContain('electron/api/i18n');
  });
});
