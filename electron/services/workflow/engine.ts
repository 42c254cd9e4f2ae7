import type { Permission } from '../../api/permissions';
import type { FieldIssue } from '../../api/result';
import type { WorkflowAction, WorkflowRefusal, WorkflowView } from '../../api/workflow';
import { say, type Message, type MessageParams } from '../../api/i18n';
import { conflict, invalid, ruleViolation } from '../core/errors';

/**
 * A small, generic workflow engine. A definition (plain data, one per document or record kind)
 * says which states a record can be in, which actions each state allows, what each action
 * requires and which permission it will need; the engine answers "what may happen to this
 * record now" and "may this happen, or why not". Stock documents use it today; convoys and
 * requests (more states, per-side permissions, comments required on some actions) are next.
 *
 * Messages may name the record's fields as {field}: "{number} is already reversed by {reversedByNumber}".
 * A text is either such an English template or a catalogue message (`{ key }`), worded when it is
 * read in the language of the operator at the keyboard, the record's fields as its ICU values.
 */

export type Text = string | Message;

/** The record's plain fields, as values for a catalogue message. */
function values(record: object): MessageParams {
  const out: MessageParams = {};
  for (const [k, v] of Object.entries(record)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

/** A text in the current message language, its placeholders filled from the record. */
export function word(text: Text, record: object = {}): string {
  return typeof text === 'string' ? fill(text, record) : say(text.key, { ...values(record), ...text.params });
}

/** Refuses an action that the state allows when `when` holds for the record. */
export interface Guard<R> {
  when: (record: R) => boolean;
  message: Text;
}

/** The record must have one of `fields` filled before the action (e.g. a destination before posting). */
export interface Requirement<R> {
  fields: readonly (keyof R & string)[];
  message: Text;
  /** Only for records where this holds (e.g. only issues need an owner). */
  applies?: (record: R) => boolean;
}

export interface ActionDefinition<R> {
  label: Text;
  /** The permission it needs (the operator's role is checked against it: for-operator.ts, and dispatch). */
  permission: Permission;
  /**
   * Whose operators may do it when a record has two sides (a transfer's receiving site, a convoy's
   * destination; a request's requesting or providing organisation).
   */
  side?: 'origin' | 'destination' | 'requesting' | 'providing';
  /** It cannot be undone: the screen asks for confirmation. */
  final?: boolean;
  /** What the caller must give with it (a reason, a comment). */
  inputs?: readonly { field: string; label: Text }[];
  requires?: readonly Requirement<R>[];
  guards?: readonly Guard<R>[];
}

export interface StateDefinition<A extends string> {
  label: Text;
  /** Shown after the label on screen, e.g. "by {reversedByNumber}" (Reversed by FOB-N-REV-2026-00001). */
  detail?: Text;
  /** Nothing more may change (the freeze trigger keeps it so in the file). */
  final: boolean;
  actions: readonly A[];
  /** Why an action is refused in this state, when there is more to say than "not now". */
  refusals?: Partial<Record<A, Text>>;
  /** Refusals worth showing before anyone tries (a hint where the button would be). */
  explain?: readonly A[];
}

export interface WorkflowDefinition<R, S extends string, A extends string> {
  /** What the records are called in messages ("goods received note"). */
  label: Text;
  stateOf: (record: R) => S;
  /** The states this kind can be in (a kind need not use every state of its family). */
  states: Partial<Record<S, StateDefinition<A>>>;
  actions: Record<A, ActionDefinition<R>>;
  /** Why an action is refused in any state that does not allow it and says nothing of its own. */
  refusals?: Partial<Record<A, Text>>;
}

export type Verdict = { allowed: true } | { allowed: false; code: 'conflict' | 'rule_violation'; message: string };

function stateOf<R extends object, S extends string, A extends string>(def: WorkflowDefinition<R, S, A>, record: R): StateDefinition<A> {
  const key = def.stateOf(record);
  const state = def.states[key];
  if (!state) throw new Error(`The ${word(def.label)} workflow has no state ${key}`);
  return state;
}

/** Fills {field} placeholders from the record. */
export function fill(template: string, record: object): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String((record as Record<string, unknown>)[k] ?? ''));
}

/** May `action` happen to `record` now? Missing required fields are reported separately (requirements). */
export function verdict<R extends object, S extends string, A extends string>(
  def: WorkflowDefinition<R, S, A>,
  record: R,
  action: A,
): Verdict {
  const state = stateOf(def, record);
  if (!state.actions.includes(action)) {
    const explained = state.refusals?.[action] ?? def.refusals?.[action];
    const message = explained
      ? word(explained, record)
      : say('workflow.notPossible', {
          action: word(def.actions[action].label),
          record: word(def.label),
          state: word(state.label).toLocaleLowerCase(),
        });
    return { allowed: false, code: 'conflict', message };
  }
  const guard = def.actions[action].guards?.find((g) => g.when(record));
  return guard ? { allowed: false, code: 'rule_violation', message: word(guard.message, record) } : { allowed: true };
}

/** The required fields the record still lacks for `action`, as field issues. */
export function requirements<R extends object, S extends string, A extends string>(
  def: WorkflowDefinition<R, S, A>,
  record: R,
  action: A,
): FieldIssue[] {
  return (def.actions[action].requires ?? [])
    .filter((r) => (r.applies ? r.applies(record) : true))
    .filter((r) => r.fields.every((f) => record[f] == null || record[f] === ''))
    .map((r) => ({ path: [r.fields[0]], message: word(r.message, record) }));
}

/** Throws the refusal (conflict or rule violation) unless `action` may happen to `record` now. */
export function assertAllowed<R extends object, S extends string, A extends string>(
  def: WorkflowDefinition<R, S, A>,
  record: R,
  action: A,
): void {
  const v = verdict(def, record, action);
  if (v.allowed) return;
  throw v.code === 'conflict' ? conflict(v.message) : ruleViolation(v.message);
}

/** Like assertAllowed, and also refuses (invalid input, naming each field) when required fields are missing. */
export function assertReady<R extends object, S extends string, A extends string>(
  def: WorkflowDefinition<R, S, A>,
  record: R,
  action: A,
  what = 'nothing was written',
): void {
  assertAllowed(def, record, action);
  const missing = requirements(def, record, action);
  if (missing.length > 0) throw invalid(`${missing.map((m) => m.message).join('; ')} — ${what}`, missing);
}

/** The record's state and the actions allowed now, for the screen (returned with every record). */
export function describe<R extends object, S extends string, A extends string>(
  def: WorkflowDefinition<R, S, A>,
  record: R,
): WorkflowView<S, A> {
  const key = def.stateOf(record);
  const state = stateOf(def, record);
  const actions: WorkflowAction<A>[] = [];
  const refused: WorkflowRefusal<A>[] = [];
  for (const action of Object.keys(def.actions) as A[]) {
    const a = def.actions[action];
    const v = verdict(def, record, action);
    const label = word(a.label);
    if (v.allowed) {
      const inputs = (a.inputs ?? []).map((i) => ({ field: i.field, label: word(i.label) }));
      actions.push({ action, label, permission: a.permission, final: a.final ?? false, inputs });
    } else if (v.code === 'rule_violation' || state.explain?.includes(action)) refused.push({ action, label, message: v.message });
  }
  return {
    state: key,
    stateLabel: state.detail ? `${word(state.label)} ${word(state.detail, record)}` : word(state.label),
    final: state.final,
    actions,
    refused,
  };
}

/**
 * Whether `changes` sets at least one field and none but `fields` (an absent or undefined field is
 * unchanged): a change a definition lets through in every state, such as a record's sharing label.
 */
export function changesOnly(changes: object, fields: readonly string[]): boolean {
  const given = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return given.length > 0 && given.every((k) => fields.includes(k));
}
