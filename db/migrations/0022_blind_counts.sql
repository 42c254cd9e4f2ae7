ALTER TABLE `stock_count_lines` ADD `reason_code` text;--> statement-breakpoint
ALTER TABLE `stock_count_lines` ADD `found` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stock_documents` ADD `count_blind` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stock_documents` ADD `submitted_at` text;--> statement-breakpoint
ALTER TABLE `stock_documents` ADD `submitted_by` text;