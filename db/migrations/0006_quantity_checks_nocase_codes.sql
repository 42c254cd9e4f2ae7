PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_stock_balances` (
	`site_id` text NOT NULL,
	`lot_id` text NOT NULL,
	`condition` text NOT NULL,
	`item_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`site_id`, `lot_id`, `condition`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_balances_quantity_range" CHECK((typeof("quantity") = 'integer' AND "quantity" BETWEEN 0 AND 1000000000))
);
--> statement-breakpoint
INSERT INTO `__new_stock_balances`("site_id", "lot_id", "condition", "item_id", "quantity", "updated_at") SELECT "site_id", "lot_id", "condition", "item_id", "quantity", "updated_at" FROM `stock_balances`;--> statement-breakpoint
DROP TABLE `stock_balances`;--> statement-breakpoint
ALTER TABLE `__new_stock_balances` RENAME TO `stock_balances`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `stock_balances_site_item_qty_idx` ON `stock_balances` (`site_id`,`item_id`,`condition`,`quantity`);--> statement-breakpoint
CREATE INDEX `stock_balances_lot_idx` ON `stock_balances` (`lot_id`);--> statement-breakpoint
DROP INDEX `organisations_short_name_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_short_name_uq` ON `organisations` ("short_name" COLLATE NOCASE);--> statement-breakpoint
DROP INDEX `sites_code_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `sites_code_uq` ON `sites` ("code" COLLATE NOCASE);--> statement-breakpoint
DROP INDEX `items_code_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `items_code_uq` ON `items` ("code" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `__new_stock_count_lines` (
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
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_count_lines_expected_range" CHECK((typeof("expected") = 'integer' AND "expected" BETWEEN 0 AND 1000000000)),
	CONSTRAINT "stock_count_lines_counted_range" CHECK(("counted" IS NULL OR (typeof("counted") = 'integer' AND "counted" BETWEEN 0 AND 1000000000)))
);
--> statement-breakpoint
INSERT INTO `__new_stock_count_lines`("id", "created_at", "created_by_installation", "updated_at", "updated_by_installation", "version", "archived", "replaced_by", "document_id", "line_no", "lot_id", "item_id", "condition", "expected", "counted", "counted_at", "counted_by") SELECT "id", "created_at", "created_by_installation", "updated_at", "updated_by_installation", "version", "archived", "replaced_by", "document_id", "line_no", "lot_id", "item_id", "condition", "expected", "counted", "counted_at", "counted_by" FROM `stock_count_lines`;--> statement-breakpoint
DROP TABLE `stock_count_lines`;--> statement-breakpoint
ALTER TABLE `__new_stock_count_lines` RENAME TO `stock_count_lines`;--> statement-breakpoint
CREATE UNIQUE INDEX `stock_count_lines_lot_uq` ON `stock_count_lines` (`document_id`,`lot_id`,`condition`);--> statement-breakpoint
CREATE INDEX `stock_count_lines_doc_idx` ON `stock_count_lines` (`document_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `__new_stock_document_lines` (
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
	FOREIGN KEY (`donor_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_document_lines_quantity_range" CHECK((typeof("quantity") = 'integer' AND "quantity" BETWEEN 0 AND 1000000000)),
	CONSTRAINT "stock_document_lines_damaged_range" CHECK((typeof("damaged_quantity") = 'integer' AND "damaged_quantity" BETWEEN 0 AND 1000000000)),
	CONSTRAINT "stock_document_lines_short_range" CHECK((typeof("short_quantity") = 'integer' AND "short_quantity" BETWEEN 0 AND 1000000000)),
	CONSTRAINT "stock_document_lines_pack_count_range" CHECK(("pack_count" IS NULL OR (typeof("pack_count") = 'integer' AND "pack_count" BETWEEN 1 AND 1000000000)))
);
--> statement-breakpoint
INSERT INTO `__new_stock_document_lines`("id", "created_at", "created_by_installation", "updated_at", "updated_by_installation", "version", "archived", "replaced_by", "document_id", "line_no", "item_id", "lot_id", "lot_number", "expiry_date", "owner_org_id", "donor_org_id", "condition", "to_condition", "direction", "quantity", "pack_name", "pack_count", "write_off", "damaged_quantity", "short_quantity", "source_line_id", "fefo_override_reason", "notes") SELECT "id", "created_at", "created_by_installation", "updated_at", "updated_by_installation", "version", "archived", "replaced_by", "document_id", "line_no", "item_id", "lot_id", "lot_number", "expiry_date", "owner_org_id", "donor_org_id", "condition", "to_condition", "direction", "quantity", "pack_name", "pack_count", "write_off", "damaged_quantity", "short_quantity", "source_line_id", "fefo_override_reason", "notes" FROM `stock_document_lines`;--> statement-breakpoint
DROP TABLE `stock_document_lines`;--> statement-breakpoint
ALTER TABLE `__new_stock_document_lines` RENAME TO `stock_document_lines`;--> statement-breakpoint
CREATE INDEX `stock_document_lines_doc_idx` ON `stock_document_lines` (`document_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `stock_document_lines_lot_idx` ON `stock_document_lines` (`lot_id`);--> statement-breakpoint
CREATE TABLE `__new_stock_ledger` (
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
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_ledger_quantity_range" CHECK((typeof("quantity") = 'integer' AND "quantity" BETWEEN -1000000000 AND 1000000000))
);
--> statement-breakpoint
INSERT INTO `__new_stock_ledger`("id", "document_id", "line_id", "kind", "lot_id", "item_id", "site_id", "condition", "quantity", "occurred_at", "recorded_at", "recorded_by", "installation_id", "reason_code", "fefo_override_reason") SELECT "id", "document_id", "line_id", "kind", "lot_id", "item_id", "site_id", "condition", "quantity", "occurred_at", "recorded_at", "recorded_by", "installation_id", "reason_code", "fefo_override_reason" FROM `stock_ledger`;--> statement-breakpoint
DROP TABLE `stock_ledger`;--> statement-breakpoint
ALTER TABLE `__new_stock_ledger` RENAME TO `stock_ledger`;--> statement-breakpoint
CREATE INDEX `stock_ledger_site_lot_idx` ON `stock_ledger` (`site_id`,`lot_id`,`condition`,`quantity`);--> statement-breakpoint
CREATE INDEX `stock_ledger_site_item_idx` ON `stock_ledger` (`site_id`,`item_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `stock_ledger_document_idx` ON `stock_ledger` (`document_id`);--> statement-breakpoint
CREATE TABLE `__new_stock_thresholds` (
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
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_thresholds_min_quantity_range" CHECK((typeof("min_quantity") = 'integer' AND "min_quantity" BETWEEN 0 AND 1000000000))
);
--> statement-breakpoint
INSERT INTO `__new_stock_thresholds`("id", "created_at", "created_by_installation", "updated_at", "updated_by_installation", "version", "archived", "replaced_by", "site_id", "item_id", "min_quantity") SELECT "id", "created_at", "created_by_installation", "updated_at", "updated_by_installation", "version", "archived", "replaced_by", "site_id", "item_id", "min_quantity" FROM `stock_thresholds`;--> statement-breakpoint
DROP TABLE `stock_thresholds`;--> statement-breakpoint
ALTER TABLE `__new_stock_thresholds` RENAME TO `stock_thresholds`;--> statement-breakpoint
CREATE UNIQUE INDEX `stock_thresholds_site_item_uq` ON `stock_thresholds` (`site_id`,`item_id`);--> statement-breakpoint
-- Rebuilding a table drops its triggers: the append-only and posted-document guards of 0002 come back.
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
