DROP INDEX `stock_balances_site_item_idx`;--> statement-breakpoint
CREATE INDEX `stock_balances_site_item_qty_idx` ON `stock_balances` (`site_id`,`item_id`,`condition`,`quantity`);--> statement-breakpoint
CREATE INDEX `stock_documents_site_date_idx` ON `stock_documents` (`site_id`,`occurred_at`);