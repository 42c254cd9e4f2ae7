import { sql } from 'drizzle-orm';
import { operators } from '../../../db/schema';
import type { ServiceContext } from '../core/context';
import { DEMO_OPERATORS } from './identity';

/** Operators in each role (PINs in the README), created through the same operation as an administrator's. */
export async function loadDemoOperators(ctx: ServiceContext): Promise<void> {
  for (const op of DEMO_OPERATORS) {
    const exists = ctx.db
      .select({ id: operators.id })
      .from(operators)
      .where(sql`${operators.name} = ${op.name} COLLATE NOCASE`)
      .get();
    if (!exists) await ctx.call('operators.create', { name: op.name, role: op.role, pin: op.pin });
  }
}

/** The demo approver who checks what four-eyes asks for (README: Operators and roles). */
export function demoApprover(ctx: ServiceContext): { operatorId: string; pin: string } {
  const approver = DEMO_OPERATORS.find((o) => o.role === 'approver')!;
  const row = ctx.db
    .select({ id: operators.id })
    .from(operators)
    .where(sql`${operators.name} = ${approver.name} COLLATE NOCASE`)
    .get();
  if (!row) throw new Error(`The demo approver ${approver.name} is missing`);
  return { operatorId: row.id, pin: approver.pin };
}

/** Turns on four-eyes for count approval and exports above GREEN, as a cautious installation would. */
export async function loadDemoFourEyes(ctx: ServiceContext): Promise<void> {
  const rules = await ctx.call('system.fourEyes.get', {});
  if (rules.countApproval && rules.exportsAboveGreen) return;
  await ctx.call('system.fourEyes.save', { ...rules, countApproval: true, exportsAboveGreen: true });
}
