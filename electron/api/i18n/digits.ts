/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to Western ones; Arabic separators to their roles. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Marks that bidirectional text and Intl's Arabic output carry (LRM, RLM, ALM, isolates). They are
 * invisible and say nothing about the value, so a copied date or number is read without them.
 */
export const stripBidiMarks = (text: string) => text.replace(/[\u200E\u200F\u061C\u2066-\u2069\u202A-\u202E]/g, '');
