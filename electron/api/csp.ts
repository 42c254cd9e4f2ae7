/**
 * One Content-Security-Policy for both shells: scripts and styles only from the app itself
 * (AG Grid injects styles, hence 'unsafe-inline' for styles only), API calls to the same origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy for renderer/index.html's <meta> (test/server/electron-shell.test.ts keeps them
 * equal), so the page carries its policy wherever it is served from and a scanner reading the
 * page sees it. `frame-ancestors` is left out: browsers ignore it in a <meta> and warn.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
