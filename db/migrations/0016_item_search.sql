-- Item search text (code and name folded: any case, no accents), kept by the write path; the core
-- fills it for existing items when it opens the file (electron/services/catalogue/search.ts).
CREATE TABLE `item_search` (
	`item_id` text PRIMARY KEY NOT NULL,
	`folded` text NOT NULL,
	`source` text NOT NULL
);
