ALTER TABLE `stock_document_lines` ADD `over_quantity` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stock_document_lines` ADD `short_reason` text;--> statement-breakpoint
ALTER TABLE `stock_document_lines` ADD `damaged_reason` text;--> statement-breakpoint
ALTER TABLE `stock_document_lines` ADD `over_reason` text;