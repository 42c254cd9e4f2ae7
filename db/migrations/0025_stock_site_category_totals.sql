CREATE TABLE `stock_site_category_totals` (
	`site_id` text NOT NULL,
	`category` text NOT NULL,
	`lines` integer NOT NULL,
	`weight_kg` real NOT NULL,
	`volume_m3` real NOT NULL,
	`lines_without_weight` integer NOT NULL,
	PRIMARY KEY(`site_id`, `category`)
);
