import { z } from 'zod';
import { say, type MessageKey } from './i18n';

/*
 * The contract's fallback wording for a schema refusal that carries no message of its own (a
 * required id left out, a list limit, a yes/no sent as text): worded in the caller's language
 * when the input is parsed, as the contract's own messages are (sayLater), instead of zod's
 * English ("Invalid input: expected string, received undefined" in a French or Arabic window).
 * A field's own message always wins; the dispatcher puts the field's name in front
 * (describeIssues). A refusal not worded here keeps zod's words.
 */

const KINDS: Record<string, MessageKey> = {
  string: 'schema.any.kind.string',
  number: 'schema.any.kind.number',
  int: 'schema.any.kind.int',
  boolean: 'schema.any.kind.boolean',
  array: 'schema.any.kind.array',
  object: 'schema.any.kind.object',
  record: 'schema.any.kind.object',
  date: 'schema.any.kind.date',
};

type Issue = z.core.$ZodRawIssue;

export function schemaFallbackMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return say('schema.any.missing');
      const kind = KINDS[issue.expected];
      return kind ? say('schema.any.expected', { kind: say(kind) }) : say('schema.any.notAccepted');
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return say('schema.any.textAtLeast', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return say('schema.any.listAtLeast', { min });
      return issue.origin === 'number' ? say('schema.any.atLeast', { min }) : undefined;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return say('schema.any.textAtMost', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return say('schema.any.listAtMost', { max });
      return issue.origin === 'number' ? say('schema.any.atMost', { max }) : undefined;
    }
    case 'invalid_value':
      return say('schema.any.oneOf', { values: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return say('schema.any.form');
    case 'unrecognized_keys':
      return say('schema.any.unknownFields', { keys: issue.keys.join(', ') });
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return say('schema.any.notAccepted');
    default:
      return undefined;
  }
}

z.config({ customError: schemaFallbackMessage });
