CREATE TABLE `convoy_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`convoy_id` text NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` text NOT NULL,
	`operator` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`convoy_id`) REFERENCES `convoys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `convoy_events_convoy_idx` ON `convoy_events` (`convoy_id`,`at`);--> statement-breakpoint
CREATE TABLE `convoy_stops` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`convoy_id` text NOT NULL,
	`position` integer NOT NULL,
	`site_id` text,
	`place_name` text DEFAULT '' NOT NULL,
	`planned_arrival` text,
	`arrived_at` text,
	FOREIGN KEY (`convoy_id`) REFERENCES `convoys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `convoy_stops_convoy_idx` ON `convoy_stops` (`convoy_id`,`position`);--> statement-breakpoint
CREATE INDEX `convoy_stops_site_idx` ON `convoy_stops` (`site_id`);--> statement-breakpoint
CREATE TABLE `convoy_vehicles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`convoy_id` text NOT NULL,
	`vehicle_id` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`convoy_id`) REFERENCES `convoys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `convoy_vehicles_uq` ON `convoy_vehicles` (`convoy_id`,`vehicle_id`);--> statement-breakpoint
CREATE INDEX `convoy_vehicles_vehicle_idx` ON `convoy_vehicles` (`vehicle_id`);--> statement-breakpoint
CREATE TABLE `convoys` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`number` text NOT NULL,
	`origin_site_id` text NOT NULL,
	`status` text DEFAULT 'planning' NOT NULL,
	`planned_departure` text,
	`planned_arrival` text,
	`actual_departure` text,
	`actual_arrival` text,
	`movement_number` text DEFAULT '' NOT NULL,
	`route` text DEFAULT '' NOT NULL,
	`escort_needed` integer DEFAULT false NOT NULL,
	`escort_unit` text DEFAULT '' NOT NULL,
	`escort_composition` text DEFAULT '' NOT NULL,
	`emergency` integer DEFAULT false NOT NULL,
	`notification_status` text DEFAULT 'not_required' NOT NULL,
	`notification_submitted_at` text,
	`notification_acknowledged_at` text,
	`notes` text DEFAULT '' NOT NULL,
	`sharing` text,
	FOREIGN KEY (`origin_site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `convoys_number_uq` ON `convoys` (`number`);--> statement-breakpoint
CREATE INDEX `convoys_status_idx` ON `convoys` (`status`);--> statement-breakpoint
CREATE INDEX `convoys_origin_idx` ON `convoys` (`origin_site_id`);--> statement-breakpoint
CREATE TABLE `manifest_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`convoy_id` text NOT NULL,
	`vehicle_id` text,
	`lot_id` text,
	`consignee_org_id` text,
	`stop_id` text,
	`quantity` integer DEFAULT 0 NOT NULL,
	`handling_units` integer,
	`handling_unit_type` text DEFAULT '' NOT NULL,
	`weight_kg` real,
	`volume_m3` real,
	`dangerous_goods` integer DEFAULT false NOT NULL,
	`cold_chain` integer DEFAULT false NOT NULL,
	`fefo_override_reason` text,
	`dispatch_document_id` text,
	`waybill_id` text,
	`received_good` integer,
	`received_damaged` integer,
	FOREIGN KEY (`convoy_id`) REFERENCES `convoys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consignee_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stop_id`) REFERENCES `convoy_stops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dispatch_document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`waybill_id`) REFERENCES `waybills`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "manifest_lines_quantity_range" CHECK((typeof("quantity") = 'integer' AND "quantity" BETWEEN 0 AND 1000000000)),
	CONSTRAINT "manifest_lines_handling_units_range" CHECK(("handling_units" IS NULL OR (typeof("handling_units") = 'integer' AND "handling_units" BETWEEN 0 AND 1000000000))),
	CONSTRAINT "manifest_lines_received_good_range" CHECK(("received_good" IS NULL OR (typeof("received_good") = 'integer' AND "received_good" BETWEEN 0 AND 1000000000))),
	CONSTRAINT "manifest_lines_received_damaged_range" CHECK(("received_damaged" IS NULL OR (typeof("received_damaged") = 'integer' AND "received_damaged" BETWEEN 0 AND 1000000000)))
);
--> statement-breakpoint
CREATE INDEX `manifest_lines_convoy_idx` ON `manifest_lines` (`convoy_id`);--> statement-breakpoint
CREATE INDEX `manifest_lines_lot_idx` ON `manifest_lines` (`lot_id`);--> statement-breakpoint
CREATE INDEX `manifest_lines_vehicle_idx` ON `manifest_lines` (`vehicle_id`);--> statement-breakpoint
CREATE TABLE `vehicles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`plate` text NOT NULL,
	`kind` text NOT NULL,
	`owner_org_id` text,
	`payload_kg` real NOT NULL,
	`cargo_volume_m3` real NOT NULL,
	`driver_name` text DEFAULT '' NOT NULL,
	`driver_phone` text DEFAULT '' NOT NULL,
	`driver_licence` text DEFAULT '' NOT NULL,
	`refrigerated` integer DEFAULT false NOT NULL,
	`sharing` text,
	FOREIGN KEY (`owner_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vehicles_plate_uq` ON `vehicles` ("plate" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `vehicles_owner_idx` ON `vehicles` (`owner_org_id`);--> statement-breakpoint
CREATE TABLE `waybills` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`number` text NOT NULL,
	`convoy_id` text NOT NULL,
	`stop_id` text NOT NULL,
	`consignee_org_id` text NOT NULL,
	`status` text DEFAULT 'issued' NOT NULL,
	`issued_at` text NOT NULL,
	`void_reason` text DEFAULT '' NOT NULL,
	`content_hash` text NOT NULL,
	FOREIGN KEY (`convoy_id`) REFERENCES `convoys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stop_id`) REFERENCES `convoy_stops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consignee_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `waybills_number_uq` ON `waybills` (`number`);--> statement-breakpoint
CREATE INDEX `waybills_convoy_idx` ON `waybills` (`convoy_id`);