ALTER TABLE `requests` ADD `partner_reference` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `requests_partner_reference_idx` ON `requests` (`requester_org_id`,`partner_reference`);