import type { Refusal } from './parse';

/** What a person reads when their number or date was not accepted, naming the field when known. */
export function refusalText(r: Refusal, field?: string): string {
  const where = field ? `${field}: ` : '';
  switch (r.code) {
    case 'notNumber':
      return `${where}"${r.text}" is not a number`;
    case 'ambiguousNumber':
      return `${where}"${r.text}" can be read two ways: type ${r.asGrouped} for the whole number or ${r.asDecimal} for the decimal`;
    case 'notDate':
      return `${where}"${r.text}" is not a date: write it ${r.pattern}`;
    case 'ambiguousDate':
      return `${where}"${r.text}" can be read as ${r.first} or ${r.second}: write it YYYY-MM-DD`;
    case 'impossibleDate':
      return `${where}"${r.text}" is not a real date`;
    case 'shortYear':
      return `${where}"${r.text}": write the year with four digits`;
  }
}
