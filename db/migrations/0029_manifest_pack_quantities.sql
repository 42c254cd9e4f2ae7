ALTER TABLE `manifest_lines` ADD `pack_name` text;--> statement-breakpoint
ALTER TABLE `manifest_lines` ADD `pack_count` integer;