CREATE TABLE `document_counters` (
	`site_id` text NOT NULL,
	`doc_type` text NOT NULL,
	`year` integer NOT NULL,
	`last_seq` integer NOT NULL,
	PRIMARY KEY(`site_id`, `doc_type`, `year`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stock_balances` (
	`site_id` text NOT NULL,
	`lot_id` text NOT NULL,
	`condition` text NOT NULL,
	`item_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`site_id`, `lot_id`, `condition`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_balances_not_negative" CHECK("stock_balances"."quantity" >= 0)
);
--> statement-breakpoint
CREATE INDEX `stock_balances_site_item_idx` ON `stock_balances` (`site_id`,`item_id`);--> statement-breakpoint
CREATE INDEX `stock_balances_lot_idx` ON `stock_balances` (`lot_id`);--> statement-breakpoint
CREATE TABLE `stock_count_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`document_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`lot_id` text NOT NULL,
	`item_id` text NOT NULL,
	`condition` text NOT NULL,
	`expected` integer NOT NULL,
	`counted` integer,
	`counted_at` text,
	`counted_by` text,
	FOREIGN KEY (`document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_count_lines_lot_uq` ON `stock_count_lines` (`document_id`,`lot_id`,`condition`);--> statement-breakpoint
CREATE INDEX `stock_count_lines_doc_idx` ON `stock_count_lines` (`document_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `stock_document_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`document_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`item_id` text,
	`lot_id` text,
	`lot_number` text DEFAULT '' NOT NULL,
	`expiry_date` text,
	`owner_org_id` text,
	`donor_org_id` text,
	`condition` text DEFAULT 'good' NOT NULL,
	`to_condition` text,
	`direction` text,
	`quantity` integer DEFAULT 0 NOT NULL,
	`pack_name` text,
	`pack_count` integer,
	`write_off` integer DEFAULT false NOT NULL,
	`damaged_quantity` integer DEFAULT 0 NOT NULL,
	`short_quantity` integer DEFAULT 0 NOT NULL,
	`source_line_id` text,
	`fefo_override_reason` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`donor_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_document_lines_doc_idx` ON `stock_document_lines` (`document_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `stock_document_lines_lot_idx` ON `stock_document_lines` (`lot_id`);--> statement-breakpoint
CREATE TABLE `stock_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`site_id` text NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`occurred_at` text NOT NULL,
	`counterparty_org_id` text,
	`other_site_id` text,
	`owner_org_id` text,
	`to_owner_org_id` text,
	`reason_code` text,
	`reference` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`count_category` text,
	`related_document_id` text,
	`reverses_document_id` text,
	`reversed_by_document_id` text,
	`received_by_document_id` text,
	`posted_at` text,
	`posted_by` text,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counterparty_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_owner_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_documents_number_uq` ON `stock_documents` (`site_id`,`number`);--> statement-breakpoint
CREATE INDEX `stock_documents_site_idx` ON `stock_documents` (`site_id`,`status`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `stock_documents_kind_idx` ON `stock_documents` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `stock_documents_other_site_idx` ON `stock_documents` (`other_site_id`);--> statement-breakpoint
CREATE INDEX `stock_documents_related_idx` ON `stock_documents` (`related_document_id`);--> statement-breakpoint
CREATE TABLE `stock_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`line_id` text,
	`kind` text NOT NULL,
	`lot_id` text NOT NULL,
	`item_id` text NOT NULL,
	`site_id` text NOT NULL,
	`condition` text NOT NULL,
	`quantity` integer NOT NULL,
	`occurred_at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	`installation_id` text NOT NULL,
	`reason_code` text,
	`fefo_override_reason` text,
	FOREIGN KEY (`document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_ledger_site_lot_idx` ON `stock_ledger` (`site_id`,`lot_id`,`condition`,`quantity`);--> statement-breakpoint
CREATE INDEX `stock_ledger_site_item_idx` ON `stock_ledger` (`site_id`,`item_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `stock_ledger_document_idx` ON `stock_ledger` (`document_id`);--> statement-breakpoint
CREATE TABLE `stock_lots` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`item_id` text NOT NULL,
	`lot_number` text DEFAULT '' NOT NULL,
	`expiry_date` text,
	`owner_org_id` text NOT NULL,
	`donor_org_id` text,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`donor_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_lots_identity_uq` ON `stock_lots` (`item_id`,`lot_number`,coalesce(`expiry_date`, ''),`owner_org_id`);--> statement-breakpoint
CREATE INDEX `stock_lots_owner_idx` ON `stock_lots` (`owner_org_id`);--> statement-breakpoint
CREATE TABLE `stock_thresholds` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`site_id` text NOT NULL,
	`item_id` text NOT NULL,
	`min_quantity` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_thresholds_site_item_uq` ON `stock_thresholds` (`site_id`,`item_id`);