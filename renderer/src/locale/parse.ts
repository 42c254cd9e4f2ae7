/* Reading numbers and dates in the locale: shared with the core, which reads pasted document lines with it. */
export * from '../../../electron/api/i18n/locale-parse';
