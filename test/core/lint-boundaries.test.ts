import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer boundaries of ARCHITECTURE.md are ESLint rules (eslint.config.mjs). Each is checked
 * here on a deliberate violation, linted as if it were a file at that place in the tree, next to
 * an allowed import from the same place (so a rule that fires on everything fails too).
 */
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: { rule: string; file: string; refused: string[]; allowed: string[] }[] = [
  {
    rule: 'renderer ↛ db, services',
    file: 'renderer/src/features/stock/Example.tsx',
    refused: [
      "import { items } from '../../../../db/schema';",
      "import type { Item } from '../../../../db/schema/catalogue';",
      "import { Lookups } from '../../../../electron/services/stock/lookups';",
      "import { createCore } from '../../../../electron/services/core/create';",
      "import { ipcRenderer } from 'electron';",
    ],
    allowed: [
      "import { STOCK_CONDITIONS } from '../../../../electron/api/vocabularies';",
      "import type { StockDocumentView } from '../../../../electron/api/stock';",
      "import { useState } from 'react';",
    ],
  },
  {
    rule: 'services ↛ electron, react',
    file: 'electron/services/stock/example.ts',
    refused: [
      "import { app } from 'electron';",
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom';",
      "import { invoke } from '../../../renderer/src/lib/api';",
    ],
    allowed: ["import { stockLots } from '../../../db/schema';", "import type { StockDocumentView } from '../../api/stock';"],
  },
  {
    rule: 'contract ↛ db, services',
    file: 'electron/api/stock/example.ts',
    refused: [
      "import { stockLots } from '../../../db/schema';",
      "import type { Item } from '../../../db/schema';",
      "import { Lookups } from '../../services/stock/lookups';",
      "import { app } from 'electron';",
    ],
    allowed: ["import { z } from 'zod';", "import { STOCK_CONDITIONS } from '../vocabularies';"],
  },
  {
    rule: 'record-types.ts: db/ types only',
    file: 'electron/api/record-types.ts',
    refused: ["import { items } from '../../db/schema';"],
    allowed: ["export type { Item } from '../../db/schema';", "import type { Site } from '../../db/schema';"],
  },
  {
    rule: 'preload ↛ renderer',
    file: 'electron/preload/index.ts',
    refused: ["import type { CorridorBridge } from '../../renderer/src/lib/api';", "import { items } from '../../db/schema';"],
    allowed: ["import type { CorridorBridge } from '../api/bridge';", "import { contextBridge } from 'electron';"],
  },
];

describe('ESLint enforces the architecture boundaries', () => {
  for (const c of cases) {
    describe(c.rule, () => {
      for (const code of c.refused) {
        it(`refuses ${code}`, async () => {
          expect(await restrictedImports(c.file, code)).toHaveLength(1);
        });
      }
      it('allows what the layer may import', async () => {
        expect(await restrictedImports(c.file, c.allowed.join('\n'))).toEqual([]);
      });
    });
  }
});
