CREATE TABLE `request_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`request_id` text NOT NULL,
	`file_name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`stored_path` text NOT NULL,
	`added_by` text NOT NULL,
	`removed_at` text,
	`removed_by` text,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "request_attachments_bytes_ck" CHECK("bytes" > 0)
);
--> statement-breakpoint
CREATE INDEX `request_attachments_request_idx` ON `request_attachments` (`request_id`);