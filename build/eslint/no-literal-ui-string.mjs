/*
 * ESLint rule `corridor/no-literal-ui-string` (issue 9): a user-facing string literal in renderer
 * JSX — text between tags, or a string in an attribute a person reads (title, placeholder,
 * aria-label, alt, label…) — must come from the catalogue (`t('area.what')`,
 * electron/api/i18n). Text without a letter (punctuation, `·`, `—`, `×`, numbers) is not language
 * and is allowed, as are attributes a person never reads (className, id, role, data-*, type…).
 * A small custom rule rather than eslint-plugin-i18next: it needs only these two checks.
 */

/** Attributes whose text a person reads or hears (a screen reader reads aria-*). */
const READ_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'headerName',
  'emptyText',
  'hint',
  'legend',
  'caption',
]);

/** Any letter in any script: a word a person reads. */
const LETTER = /\p{L}/u;

export const noLiteralUiString = {
  meta: {
    type: 'problem',
    docs: { description: 'User-facing text in renderer JSX comes from the message catalogue (useT / t).' },
    messages: {
      text: "Text “{{text}}” is written in the JSX: put it in the catalogue (electron/api/i18n/en.ts, fr.ts, ar.ts) and show t('…').",
      attribute:
        'Attribute {{name}}="{{text}}" is read by a person: put it in the catalogue (electron/api/i18n/en.ts, fr.ts, ar.ts) and pass t(\'…\').',
    },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
  },
  create(context) {
    // Words that are not language: the product's name, a version's "v".
    const allowed = new Set(context.options[0]?.allow ?? []);
    const readsLetters = (text) => LETTER.test(text) && !allowed.has(text.trim());
    const short = (s) => {
      const one = s.replace(/\s+/g, ' ').trim();
      return one.length > 40 ? `${one.slice(0, 37)}…` : one;
    };
    const checkAttributeValue = (name, value) => {
      if (!value) return;
      if (value.type === 'Literal' && typeof value.value === 'string' && readsLetters(value.value)) {
        context.report({ node: value, messageId: 'attribute', data: { name, text: short(value.value) } });
      } else if (value.type === 'JSXExpressionContainer') {
        const e = value.expression;
        if (e.type === 'Literal' && typeof e.value === 'string' && readsLetters(e.value)) {
          context.report({ node: e, messageId: 'attribute', data: { name, text: short(e.value) } });
        } else if (e.type === 'TemplateLiteral' && e.quasis.some((q) => readsLetters(q.value.cooked ?? ''))) {
          context.report({ node: e, messageId: 'attribute', data: { name, text: short(e.quasis.map((q) => q.value.cooked).join('…')) } });
        }
      }
    };
    return {
      JSXText(node) {
        if (readsLetters(node.value)) context.report({ node, messageId: 'text', data: { text: short(node.value) } });
      },
      // {'Save'} or {`Saved ${n}`} between tags
      'JSXElement > JSXExpressionContainer, JSXFragment > JSXExpressionContainer'(node) {
        const e = node.expression;
        if (e.type === 'Literal' && typeof e.value === 'string' && readsLetters(e.value)) {
          context.report({ node: e, messageId: 'text', data: { text: short(e.value) } });
        } else if (e.type === 'TemplateLiteral' && e.quasis.some((q) => readsLetters(q.value.cooked ?? ''))) {
          context.report({ node: e, messageId: 'text', data: { text: short(e.quasis.map((q) => q.value.cooked).join('…')) } });
        }
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXNamespacedName' ? `${node.name.namespace.name}:${node.name.name.name}` : node.name.name;
        if (READ_ATTRIBUTES.has(name)) checkAttributeValue(name, node.value);
      },
    };
  },
};

export default { rules: { 'no-literal-ui-string': noLiteralUiString } };
