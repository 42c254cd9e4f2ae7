CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`operator` text NOT NULL,
	`input_json` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`done` integer DEFAULT 0 NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`step` text DEFAULT '' NOT NULL,
	`message` text,
	`result_json` text
);
--> statement-breakpoint
CREATE INDEX `jobs_started_idx` ON `jobs` (`started_at`);--> statement-breakpoint
CREATE INDEX `jobs_state_idx` ON `jobs` (`state`);