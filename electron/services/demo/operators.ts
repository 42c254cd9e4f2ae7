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
