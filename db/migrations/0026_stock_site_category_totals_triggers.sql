-- The dashboard's stock by site and category (stock_site_category_totals), filled from the
-- balances once, then kept by triggers in the same transaction as every write to the balances and
-- every change of an item's category, unit weight or unit volume. A balance contributes one line
-- when its quantity is above zero, and its quantity times the item's unit weight and volume.
INSERT INTO `stock_site_category_totals` (`site_id`, `category`, `lines`, `weight_kg`, `volume_m3`, `lines_without_weight`)
SELECT b.`site_id`, i.`category`, sum(b.`quantity` > 0), sum(b.`quantity` * coalesce(i.`unit_weight_kg`, 0)),
	sum(b.`quantity` * coalesce(i.`unit_volume_m3`, 0)), sum((b.`quantity` > 0) * (i.`unit_weight_kg` IS NULL))
FROM `stock_balances` b JOIN `items` i ON i.`id` = b.`item_id`
GROUP BY b.`site_id`, i.`category`;
--> statement-breakpoint
CREATE TRIGGER `stock_balances_totals_insert` AFTER INSERT ON `stock_balances`
BEGIN
	INSERT INTO `stock_site_category_totals` (`site_id`, `category`, `lines`, `weight_kg`, `volume_m3`, `lines_without_weight`)
	SELECT NEW.`site_id`, i.`category`, NEW.`quantity` > 0, NEW.`quantity` * coalesce(i.`unit_weight_kg`, 0),
		NEW.`quantity` * coalesce(i.`unit_volume_m3`, 0), (NEW.`quantity` > 0) * (i.`unit_weight_kg` IS NULL)
	FROM `items` i WHERE i.`id` = NEW.`item_id`
	ON CONFLICT (`site_id`, `category`) DO UPDATE SET `lines` = `lines` + excluded.`lines`, `weight_kg` = `weight_kg` + excluded.`weight_kg`,
		`volume_m3` = `volume_m3` + excluded.`volume_m3`, `lines_without_weight` = `lines_without_weight` + excluded.`lines_without_weight`;
END;
--> statement-breakpoint
CREATE TRIGGER `stock_balances_totals_delete` AFTER DELETE ON `stock_balances`
BEGIN
	UPDATE `stock_site_category_totals` SET `lines` = `lines` - (OLD.`quantity` > 0),
		`weight_kg` = `weight_kg` - OLD.`quantity` * coalesce(i.`unit_weight_kg`, 0),
		`volume_m3` = `volume_m3` - OLD.`quantity` * coalesce(i.`unit_volume_m3`, 0),
		`lines_without_weight` = `lines_without_weight` - (OLD.`quantity` > 0) * (i.`unit_weight_kg` IS NULL)
	FROM `items` i WHERE i.`id` = OLD.`item_id` AND `stock_site_category_totals`.`site_id` = OLD.`site_id` AND `stock_site_category_totals`.`category` = i.`category`;
END;
--> statement-breakpoint
CREATE TRIGGER `stock_balances_totals_quantity` AFTER UPDATE OF `quantity` ON `stock_balances`
	WHEN NEW.`quantity` IS NOT OLD.`quantity` AND NEW.`site_id` = OLD.`site_id` AND NEW.`item_id` = OLD.`item_id`
BEGIN
	UPDATE `stock_site_category_totals` SET `lines` = `lines` + (NEW.`quantity` > 0) - (OLD.`quantity` > 0),
		`weight_kg` = `weight_kg` + (NEW.`quantity` - OLD.`quantity`) * coalesce(i.`unit_weight_kg`, 0),
		`volume_m3` = `volume_m3` + (NEW.`quantity` - OLD.`quantity`) * coalesce(i.`unit_volume_m3`, 0),
		`lines_without_weight` = `lines_without_weight` + ((NEW.`quantity` > 0) - (OLD.`quantity` > 0)) * (i.`unit_weight_kg` IS NULL)
	FROM `items` i WHERE i.`id` = NEW.`item_id` AND `stock_site_category_totals`.`site_id` = NEW.`site_id` AND `stock_site_category_totals`.`category` = i.`category`;
END;
--> statement-breakpoint
CREATE TRIGGER `stock_balances_totals_moved` AFTER UPDATE OF `site_id`, `item_id` ON `stock_balances`
	WHEN NEW.`site_id` IS NOT OLD.`site_id` OR NEW.`item_id` IS NOT OLD.`item_id`
BEGIN
	UPDATE `stock_site_category_totals` SET `lines` = `lines` - (OLD.`quantity` > 0),
		`weight_kg` = `weight_kg` - OLD.`quantity` * coalesce(i.`unit_weight_kg`, 0),
		`volume_m3` = `volume_m3` - OLD.`quantity` * coalesce(i.`unit_volume_m3`, 0),
		`lines_without_weight` = `lines_without_weight` - (OLD.`quantity` > 0) * (i.`unit_weight_kg` IS NULL)
	FROM `items` i WHERE i.`id` = OLD.`item_id` AND `stock_site_category_totals`.`site_id` = OLD.`site_id` AND `stock_site_category_totals`.`category` = i.`category`;
	INSERT INTO `stock_site_category_totals` (`site_id`, `category`, `lines`, `weight_kg`, `volume_m3`, `lines_without_weight`)
	SELECT NEW.`site_id`, i.`category`, NEW.`quantity` > 0, NEW.`quantity` * coalesce(i.`unit_weight_kg`, 0),
		NEW.`quantity` * coalesce(i.`unit_volume_m3`, 0), (NEW.`quantity` > 0) * (i.`unit_weight_kg` IS NULL)
	FROM `items` i WHERE i.`id` = NEW.`item_id`
	ON CONFLICT (`site_id`, `category`) DO UPDATE SET `lines` = `lines` + excluded.`lines`, `weight_kg` = `weight_kg` + excluded.`weight_kg`,
		`volume_m3` = `volume_m3` + excluded.`volume_m3`, `lines_without_weight` = `lines_without_weight` + excluded.`lines_without_weight`;
END;
--> statement-breakpoint
CREATE TRIGGER `items_stock_totals` AFTER UPDATE OF `category`, `unit_weight_kg`, `unit_volume_m3` ON `items`
	WHEN NEW.`category` IS NOT OLD.`category` OR NEW.`unit_weight_kg` IS NOT OLD.`unit_weight_kg` OR NEW.`unit_volume_m3` IS NOT OLD.`unit_volume_m3`
BEGIN
	UPDATE `stock_site_category_totals` SET `lines` = `lines` - x.`n_lines`, `weight_kg` = `weight_kg` - x.`n_quantity` * coalesce(OLD.`unit_weight_kg`, 0),
		`volume_m3` = `volume_m3` - x.`n_quantity` * coalesce(OLD.`unit_volume_m3`, 0),
		`lines_without_weight` = `lines_without_weight` - x.`n_lines` * (OLD.`unit_weight_kg` IS NULL)
	FROM (SELECT b.`site_id`, sum(b.`quantity` > 0) AS `n_lines`, sum(b.`quantity`) AS `n_quantity`
		FROM `stock_lots` l JOIN `stock_balances` b ON b.`lot_id` = l.`id` WHERE l.`item_id` = OLD.`id` AND b.`item_id` = OLD.`id` GROUP BY b.`site_id`) x
	WHERE `stock_site_category_totals`.`site_id` = x.`site_id` AND `stock_site_category_totals`.`category` = OLD.`category`;
	INSERT INTO `stock_site_category_totals` (`site_id`, `category`, `lines`, `weight_kg`, `volume_m3`, `lines_without_weight`)
	SELECT b.`site_id`, NEW.`category`, sum(b.`quantity` > 0), sum(b.`quantity`) * coalesce(NEW.`unit_weight_kg`, 0),
		sum(b.`quantity`) * coalesce(NEW.`unit_volume_m3`, 0), sum(b.`quantity` > 0) * (NEW.`unit_weight_kg` IS NULL)
	FROM `stock_lots` l JOIN `stock_balances` b ON b.`lot_id` = l.`id` WHERE l.`item_id` = NEW.`id` AND b.`item_id` = NEW.`id` GROUP BY b.`site_id`
	ON CONFLICT (`site_id`, `category`) DO UPDATE SET `lines` = `lines` + excluded.`lines`, `weight_kg` = `weight_kg` + excluded.`weight_kg`,
		`volume_m3` = `volume_m3` + excluded.`volume_m3`, `lines_without_weight` = `lines_without_weight` + excluded.`lines_without_weight`;
END;
