CREATE TABLE `request_convoy_links` (
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
	`convoy_id` text NOT NULL,
	`vehicle_id` text,
	`manifest_line_id` text,
	`quantity` integer NOT NULL,
	`fulfilment_id` text,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`line_id`) REFERENCES `request_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`convoy_id`) REFERENCES `convoys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`manifest_line_id`) REFERENCES `manifest_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fulfilment_id`) REFERENCES `request_fulfilments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "request_convoy_links_quantity_ck" CHECK((typeof("quantity") = 'integer' AND "quantity" BETWEEN 1 AND 1000000000))
);
--> statement-breakpoint
CREATE INDEX `request_convoy_links_request_idx` ON `request_convoy_links` (`request_id`);--> statement-breakpoint
CREATE INDEX `request_convoy_links_convoy_idx` ON `request_convoy_links` (`convoy_id`);