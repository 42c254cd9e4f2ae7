import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema is built: zod decides per schema, when it is
 * created, whether to compile a fast parser with `new Function`, and probes for it. The page's
 * CSP forbids eval, so the probe only logged a CSP violation at every start; jitless skips it.
 */
z.config({ jitless: true });
