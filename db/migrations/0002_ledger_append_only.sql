-- The stock ledger is append-only: a mistake is corrected by a new document, never by editing
-- or deleting an entry. These triggers make that a property of the file, not just of the app.
CREATE TRIGGER `stock_ledger_no_update` BEFORE UPDATE ON `stock_ledger`
BEGIN
	SELECT RAISE(ABORT, 'stock_ledger is append-only: post a reversal or adjustment instead of changing an entry');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_ledger_no_delete` BEFORE DELETE ON `stock_ledger`
BEGIN
	SELECT RAISE(ABORT, 'stock_ledger is append-only: post a reversal or adjustment instead of deleting an entry');
END;
--> statement-breakpoint
-- Posted documents are immutable; only the links to a later reversal or transfer receipt may be set, once.
CREATE TRIGGER `stock_documents_posted_immutable` BEFORE UPDATE ON `stock_documents`
WHEN OLD.`status` = 'posted' AND (
	NEW.`status` IS NOT OLD.`status` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`site_id` IS NOT OLD.`site_id`
	OR NEW.`number` IS NOT OLD.`number` OR NEW.`occurred_at` IS NOT OLD.`occurred_at`
	OR NEW.`counterparty_org_id` IS NOT OLD.`counterparty_org_id` OR NEW.`other_site_id` IS NOT OLD.`other_site_id`
	OR NEW.`owner_org_id` IS NOT OLD.`owner_org_id` OR NEW.`to_owner_org_id` IS NOT OLD.`to_owner_org_id`
	OR NEW.`reason_code` IS NOT OLD.`reason_code` OR NEW.`reference` IS NOT OLD.`reference` OR NEW.`notes` IS NOT OLD.`notes`
	OR NEW.`related_document_id` IS NOT OLD.`related_document_id` OR NEW.`reverses_document_id` IS NOT OLD.`reverses_document_id`
	OR NEW.`posted_at` IS NOT OLD.`posted_at` OR NEW.`posted_by` IS NOT OLD.`posted_by`
	OR (OLD.`reversed_by_document_id` IS NOT NULL AND NEW.`reversed_by_document_id` IS NOT OLD.`reversed_by_document_id`)
	OR (OLD.`received_by_document_id` IS NOT NULL AND NEW.`received_by_document_id` IS NOT OLD.`received_by_document_id`)
)
BEGIN
	SELECT RAISE(ABORT, 'a posted stock document cannot be changed: reverse it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_documents_posted_no_delete` BEFORE DELETE ON `stock_documents`
WHEN OLD.`status` = 'posted'
BEGIN
	SELECT RAISE(ABORT, 'a posted stock document cannot be deleted: reverse it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_document_lines_posted_no_insert` BEFORE INSERT ON `stock_document_lines`
WHEN (SELECT `status` FROM `stock_documents` WHERE `id` = NEW.`document_id`) = 'posted'
BEGIN
	SELECT RAISE(ABORT, 'a posted stock document cannot be changed: reverse it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_document_lines_posted_no_update` BEFORE UPDATE ON `stock_document_lines`
WHEN (SELECT `status` FROM `stock_documents` WHERE `id` = OLD.`document_id`) = 'posted'
BEGIN
	SELECT RAISE(ABORT, 'a posted stock document cannot be changed: reverse it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_document_lines_posted_no_delete` BEFORE DELETE ON `stock_document_lines`
WHEN (SELECT `status` FROM `stock_documents` WHERE `id` = OLD.`document_id`) = 'posted'
BEGIN
	SELECT RAISE(ABORT, 'a posted stock document cannot be changed: reverse it instead');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_count_lines_posted_no_update` BEFORE UPDATE ON `stock_count_lines`
WHEN (SELECT `status` FROM `stock_documents` WHERE `id` = OLD.`document_id`) = 'posted'
BEGIN
	SELECT RAISE(ABORT, 'an approved count sheet cannot be changed: count again on a new sheet');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_count_lines_posted_no_delete` BEFORE DELETE ON `stock_count_lines`
WHEN (SELECT `status` FROM `stock_documents` WHERE `id` = OLD.`document_id`) = 'posted'
BEGIN
	SELECT RAISE(ABORT, 'an approved count sheet cannot be changed: count again on a new sheet');
END;
