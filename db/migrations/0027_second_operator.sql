ALTER TABLE `audit_log` ADD `second_operator_id` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `second_operator` text;--> statement-breakpoint
ALTER TABLE `stock_documents` ADD `second_operator_id` text;--> statement-breakpoint
ALTER TABLE `stock_documents` ADD `second_operator` text;