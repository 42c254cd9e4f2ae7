CREATE TABLE `operators` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`name` text NOT NULL,
	`title` text,
	`organisation_id` text,
	`role` text NOT NULL,
	`pin_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`language` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "operators_role_check" CHECK("role" IN ('viewer', 'storekeeper', 'approver', 'administrator'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operators_name_idx` ON `operators` ("name" COLLATE NOCASE);