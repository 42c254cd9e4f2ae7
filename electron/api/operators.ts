import { z } from 'zod';
import { command, query } from './define';
import { optionalIdRef, optionalText, requiredText, uuid } from './formats';
import { ROLES, type Permission, type Role } from './permissions';
import { recordVersion } from './records';
import { textProblem } from './text';
import { fieldName, say, type FieldLabel, sayLater } from './i18n';

/**
 * Operator accounts and sign-in (issue 10). Who is at the keyboard is what the core verified with
 * a PIN for this session (the Electron window, or one browser tab's session id), never a name the
 * window sends.
 */

/** A PIN (digits) or a passphrase: never trimmed, never shown, never logged. */
export const PIN_MIN = 4;
export const PIN_MAX = 128;
export const pinField = (label: FieldLabel = 'PIN') =>
  z
    .string({ error: (issue) => say(issue.input == null ? 'text.required' : 'text.notText', { field: fieldName(label) }) })
    .min(PIN_MIN, { error: () => say('text.atLeast', { field: fieldName(label), min: PIN_MIN }) })
    .max(PIN_MAX, { error: () => say('text.atMost', { field: fieldName(label), max: PIN_MAX }) })
    // The free-text rules (no control, line-break or bidi characters); the message names the character, never the PIN.
    .superRefine((s, ctx) => {
      const problem = textProblem(label, s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

export const roleField = z.enum(ROLES, { error: () => say('format.fromList', { field: fieldName('Role') }) });

/** The verified operator of this session, as the window shows it. */
export interface SessionOperator {
  id: string;
  name: string;
  title: string | null;
  /** "Capt. Amara Diallo": the title and the name, as stamped on documents and the audit trail. */
  displayName: string;
  role: Role;
  permissions: Permission[];
  language: string | null;
}

/** An account as the sign-in screen lists it: no hash, no counters beyond whether it is locked now. */
export interface OperatorChoice {
  id: string;
  displayName: string;
  role: Role;
  lockedUntil: string | null;
}

/** An account as the Operators screen shows it (administrators only). */
export interface OperatorView {
  id: string;
  version: number;
  name: string;
  title: string | null;
  organisationId: string | null;
  role: Role;
  active: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  language: string | null;
  createdAt: string;
  updatedAt: string;
}

export const operatorDetails = {
  name: requiredText('Name', 80),
  title: optionalText('Rank or title', 60),
  organisationId: optionalIdRef('Organisation'),
  language: optionalText('Language', 10),
};

export const signInInput = z.object({ operatorId: uuid, pin: pinField() });

export const createOperatorInput = z.object({ ...operatorDetails, role: roleField, pin: pinField() });
export const updateOperatorInput = z.object({
  id: uuid,
  version: recordVersion,
  ...operatorDetails,
  role: roleField,
  active: z.boolean(sayLater('schema.activeYesNo')),
});
export const resetPinInput = z.object({ id: uuid, version: recordVersion, pin: pinField('New PIN') });
/** The first administrator of an installation set up before operator accounts existed. */
export const firstAdministratorInput = z.object({
  name: requiredText('Name', 80),
  title: optionalText('Rank or title', 60),
  pin: pinField(),
});

export const unlockInput = z.object({ pin: pinField() });

export const operatorOps = {
  'auth.operators': query<OperatorChoice[]>('public')(z.object({}).optional()),
  'auth.signIn': command<SessionOperator>('public')(signInInput),
  'auth.signOut': command<null>('public')(z.object({}).optional()),
  /** The window saw no key or click for the idle time: lock this session until the PIN is typed again. */
  'auth.lock': command<null>('public')(z.object({}).optional()),
  /** The operator of a locked session types their PIN again; the window's unsaved work is still there. */
  'auth.unlock': command<SessionOperator>('public')(unlockInput),
  /** Keys or clicks in the window since the last call: keeps the core's idle clock in step with the window's. */
  'auth.touch': query<null>('session')(z.object({}).optional()),
  'auth.createAdministrator': command<SessionOperator>('public')(firstAdministratorInput),
  'operators.list': query<OperatorView[]>('operators')(z.object({}).optional()),
  'operators.create': command<OperatorView>('operators')(createOperatorInput),
  'operators.update': command<OperatorView>('operators')(updateOperatorInput),
  'operators.resetPin': command<OperatorView>('operators')(resetPinInput),
};
