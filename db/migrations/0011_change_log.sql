CREATE TABLE `change_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`operation` text NOT NULL,
	`version` integer NOT NULL,
	`installation_id` text NOT NULL,
	`at` text NOT NULL
);
