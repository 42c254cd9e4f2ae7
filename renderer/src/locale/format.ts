/* The renderer formats with the same functions as the core's messages (electron/api/i18n/locale-format.ts). */
export { formatDate, formatDateTime, formatEditable, formatNumber, formatTime } from '../../../electron/api/i18n/locale-format';
