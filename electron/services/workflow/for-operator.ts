import { say } from '../../api/i18n';
import { PERMISSION_ROLE, roleAllows, roleLabel, type Role } from '../../api/permissions';
import type { WorkflowView } from '../../api/workflow';

/**
 * The workflow's allowed actions for the operator who asked: an action their role does not grant
 * moves to `refused`, saying which role may do it, so the window shows no button it would refuse
 * (dispatch refuses the operation itself anyway). Applied to every answer by dispatch, for the
 * shapes that carry a workflow: a record view, `{ document }`, and a page's `rows`.
 */
function restrict(view: WorkflowView, role: Role): void {
  // Four-eyes: an approver's action that needs a second operator anyway is a storekeeper's too,
  // the approver checking it with their PIN at the same laptop (the core verifies that approver).
  const kept = view.actions.filter(
    (a) => roleAllows(role, a.permission) || (a.needsSecondOperator && a.permission === 'stock.approve' && roleAllows(role, 'stock.edit')),
  );
  if (kept.length === view.actions.length) return;
  for (const a of view.actions) {
    if (kept.includes(a)) continue;
    // Only a permission some role lacks can be filtered out here ('public' and 'session' never are).
    const needed = a.permission === 'public' || a.permission === 'session' ? roleLabel('viewer') : roleLabel(PERMISSION_ROLE[a.permission]);
    view.refused.push({
      action: a.action,
      label: a.label,
      message: say('workflow.needsRole', { action: a.label, needed, role: roleLabel(role) }),
    });
  }
  view.actions = kept;
}

const isView = (v: unknown): v is WorkflowView =>
  typeof v === 'object' && v !== null && Array.isArray((v as WorkflowView).actions) && Array.isArray((v as WorkflowView).refused);

/** A record's workflow: one view, or one per side (a request's requesting and providing sides). */
const workflowsOf = (v: unknown): WorkflowView[] => {
  const w = typeof v === 'object' && v !== null ? (v as { workflow?: unknown }).workflow : undefined;
  if (isView(w)) return [w];
  if (typeof w === 'object' && w !== null) return Object.values(w).filter(isView);
  return [];
};

export function restrictWorkflows(value: unknown, role: Role): void {
  if (typeof value !== 'object' || value === null) return;
  const views = [...workflowsOf(value), ...workflowsOf((value as { document?: unknown }).document)];
  const rows = (value as { rows?: unknown }).rows;
  if (Array.isArray(rows) && rows.length > 0 && workflowsOf(rows[0]).length > 0) views.push(...rows.flatMap(workflowsOf));
  for (const v of views) restrict(v, role);
}
