CREATE TABLE `request_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`request_id` text NOT NULL,
	`at` text NOT NULL,
	`operator` text NOT NULL,
	`org_id` text NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_events_request_idx` ON `request_events` (`request_id`,`at`);--> statement-breakpoint
CREATE TABLE `request_fulfilments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`request_id` text NOT NULL,
	`line_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`delivered_on` text NOT NULL,
	`link` text NOT NULL,
	`stock_document_id` text,
	`reference` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`line_id`) REFERENCES `request_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stock_document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "request_fulfilments_quantity_ck" CHECK((typeof("quantity") = 'integer' AND "quantity" BETWEEN 1 AND 1000000000))
);
--> statement-breakpoint
CREATE INDEX `request_fulfilments_request_idx` ON `request_fulfilments` (`request_id`);--> statement-breakpoint
CREATE INDEX `request_fulfilments_line_idx` ON `request_fulfilments` (`line_id`);--> statement-breakpoint
CREATE TABLE `request_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`request_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`kind` text NOT NULL,
	`item_id` text,
	`description` text DEFAULT '' NOT NULL,
	`quantity` integer NOT NULL,
	`unit` text NOT NULL,
	`duration_days` integer,
	`approved_quantity` integer,
	`committed_quantity` integer,
	`available_from` text,
	`delivered_quantity` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "request_lines_quantity_ck" CHECK((typeof("quantity") = 'integer' AND "quantity" BETWEEN 1 AND 1000000000)),
	CONSTRAINT "request_lines_approved_ck" CHECK(("approved_quantity" IS NULL OR (typeof("approved_quantity") = 'integer' AND "approved_quantity" BETWEEN 0 AND 1000000000))),
	CONSTRAINT "request_lines_committed_ck" CHECK(("committed_quantity" IS NULL OR (typeof("committed_quantity") = 'integer' AND "committed_quantity" BETWEEN 0 AND 1000000000))),
	CONSTRAINT "request_lines_delivered_ck" CHECK((typeof("delivered_quantity") = 'integer' AND "delivered_quantity" BETWEEN 0 AND 1000000000))
);
--> statement-breakpoint
CREATE INDEX `request_lines_request_idx` ON `request_lines` (`request_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `requests` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`requester_org_id` text NOT NULL,
	`provider_org_id` text NOT NULL,
	`type` text NOT NULL,
	`priority` integer DEFAULT 3 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`needed_by` text,
	`from_place` text DEFAULT '' NOT NULL,
	`to_place` text DEFAULT '' NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`civilian_options_tried` text DEFAULT '' NOT NULL,
	`capability_gap` text DEFAULT '' NOT NULL,
	`why_military_unique` text DEFAULT '' NOT NULL,
	`military_start` text,
	`military_end` text,
	`exit_plan` text DEFAULT '' NOT NULL,
	`escort_need` text DEFAULT '' NOT NULL,
	`escort_authorities` text DEFAULT '' NOT NULL,
	`escort_safety` text DEFAULT '' NOT NULL,
	`escort_sustainability` text DEFAULT '' NOT NULL,
	`escort_end_date` text,
	`asked_knowledge` text DEFAULT '' NOT NULL,
	`asked_why` text DEFAULT '' NOT NULL,
	`submitted_at` text,
	`decided_at` text,
	`fulfilled_at` text,
	`closed_at` text,
	`sharing` text,
	FOREIGN KEY (`requester_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "requests_priority_ck" CHECK("priority" IN (1, 2, 3))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `requests_number_uq` ON `requests` (`number`);--> statement-breakpoint
CREATE INDEX `requests_status_idx` ON `requests` (`status`,`needed_by`);--> statement-breakpoint
CREATE INDEX `requests_requester_idx` ON `requests` (`requester_org_id`);--> statement-breakpoint
CREATE INDEX `requests_provider_idx` ON `requests` (`provider_org_id`);--> statement-breakpoint
CREATE INDEX `requests_submitted_idx` ON `requests` (`submitted_at`);