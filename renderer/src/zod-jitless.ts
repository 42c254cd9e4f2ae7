import * as zod from 'zod/v4';

/**
 * The renderer's `zod` (electron.vite.config.ts aliases the bare specifier here): zod decides
 * per object schema, when it is created, whether to compile a fast parser with `new Function`,
 * and probes for eval to know. The page's CSP forbids eval, so the probe logged a CSP violation
 * at every start. Configuring jitless in main.tsx was too late once the bundler put the
 * contract's schemas in a chunk evaluated before it; as the module every `zod` import resolves
 * to, this runs before any schema exists.
 */
zod.config({ jitless: true });

export * from 'zod/v4';
