CREATE TABLE `export_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by_installation` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_installation` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`replaced_by` text,
	`organisation_id` text NOT NULL,
	`max_label` text DEFAULT 'GREEN' NOT NULL,
	`call_signs` text DEFAULT 'omit' NOT NULL,
	`locations` text DEFAULT 'omit' NOT NULL,
	`routes` text DEFAULT 'omit' NOT NULL,
	`departure_times` text DEFAULT 'omit' NOT NULL,
	`escort_composition` text DEFAULT 'omit' NOT NULL,
	`weapons_cargo` text DEFAULT 'omit' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `export_profiles_org_uq` ON `export_profiles` (`organisation_id`);--> statement-breakpoint
ALTER TABLE `agreements` ADD `sharing` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `sharing` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `sharing` text;--> statement-breakpoint
ALTER TABLE `items` ADD `sharing` text;--> statement-breakpoint
ALTER TABLE `stock_documents` ADD `sharing` text;