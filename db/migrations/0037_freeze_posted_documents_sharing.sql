-- Generated from the workflow definition and the drizzle schema (electron/services/workflow/freeze-trigger.ts);
-- test/core/freeze-trigger.test.ts fails when the schema or the definition changes without a new one.
DROP TRIGGER IF EXISTS `stock_documents_posted_immutable`;
--> statement-breakpoint
CREATE TRIGGER `stock_documents_posted_immutable` BEFORE UPDATE ON `stock_documents`
WHEN OLD.`status` = 'posted' AND (
	NEW.`id` IS NOT OLD.`id`
	OR NEW.`created_at` IS NOT OLD.`created_at`
	OR NEW.`created_by_installation` IS NOT OLD.`created_by_installation`
	OR NEW.`archived` IS NOT OLD.`archived`
	OR NEW.`replaced_by` IS NOT OLD.`replaced_by`
	OR NEW.`site_id` IS NOT OLD.`site_id`
	OR NEW.`kind` IS NOT OLD.`kind`
	OR NEW.`number` IS NOT OLD.`number`
	OR NEW.`status` IS NOT OLD.`status`
	OR NEW.`occurred_at` IS NOT OLD.`occurred_at`
	OR NEW.`counterparty_org_id` IS NOT OLD.`counterparty_org_id`
	OR NEW.`other_site_id` IS NOT OLD.`other_site_id`
	OR NEW.`owner_org_id` IS NOT OLD.`owner_org_id`
	OR NEW.`to_owner_org_id` IS NOT OLD.`to_owner_org_id`
	OR NEW.`reason_code` IS NOT OLD.`reason_code`
	OR NEW.`reference` IS NOT OLD.`reference`
	OR NEW.`notes` IS NOT OLD.`notes`
	OR NEW.`backdate_reason` IS NOT OLD.`backdate_reason`
	OR NEW.`expected_arrival` IS NOT OLD.`expected_arrival`
	OR NEW.`count_category` IS NOT OLD.`count_category`
	OR NEW.`count_blind` IS NOT OLD.`count_blind`
	OR NEW.`submitted_at` IS NOT OLD.`submitted_at`
	OR NEW.`submitted_by` IS NOT OLD.`submitted_by`
	OR NEW.`related_document_id` IS NOT OLD.`related_document_id`
	OR NEW.`reverses_document_id` IS NOT OLD.`reverses_document_id`
	OR (OLD.`reversed_by_document_id` IS NOT NULL AND NEW.`reversed_by_document_id` IS NOT OLD.`reversed_by_document_id`)
	OR (OLD.`received_by_document_id` IS NOT NULL AND NEW.`received_by_document_id` IS NOT OLD.`received_by_document_id`)
	OR NEW.`posted_at` IS NOT OLD.`posted_at`
	OR NEW.`posted_by` IS NOT OLD.`posted_by`
	OR NEW.`second_operator_id` IS NOT OLD.`second_operator_id`
	OR NEW.`second_operator` IS NOT OLD.`second_operator`
)
BEGIN
	SELECT RAISE(ABORT, 'a posted stock document cannot be changed: reverse it instead');
END;
