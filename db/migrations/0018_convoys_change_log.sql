DROP TRIGGER IF EXISTS `convoy_events_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `convoy_events_log_insert` AFTER INSERT ON `convoy_events`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_events', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_events_log_update`;
--> statement-breakpoint
CREATE TRIGGER `convoy_events_log_update` AFTER UPDATE ON `convoy_events`
BEGIN
	SELECT RAISE(ABORT, 'convoy_events: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_events', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_events_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `convoy_events_log_delete` AFTER DELETE ON `convoy_events`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_events', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_stops_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `convoy_stops_log_insert` AFTER INSERT ON `convoy_stops`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_stops', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_stops_log_update`;
--> statement-breakpoint
CREATE TRIGGER `convoy_stops_log_update` AFTER UPDATE ON `convoy_stops`
BEGIN
	SELECT RAISE(ABORT, 'convoy_stops: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_stops', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_stops_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `convoy_stops_log_delete` AFTER DELETE ON `convoy_stops`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_stops', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_vehicles_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `convoy_vehicles_log_insert` AFTER INSERT ON `convoy_vehicles`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_vehicles', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_vehicles_log_update`;
--> statement-breakpoint
CREATE TRIGGER `convoy_vehicles_log_update` AFTER UPDATE ON `convoy_vehicles`
BEGIN
	SELECT RAISE(ABORT, 'convoy_vehicles: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_vehicles', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoy_vehicles_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `convoy_vehicles_log_delete` AFTER DELETE ON `convoy_vehicles`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoy_vehicles', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoys_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `convoys_log_insert` AFTER INSERT ON `convoys`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoys', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoys_log_update`;
--> statement-breakpoint
CREATE TRIGGER `convoys_log_update` AFTER UPDATE ON `convoys`
BEGIN
	SELECT RAISE(ABORT, 'convoys: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoys', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `convoys_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `convoys_log_delete` AFTER DELETE ON `convoys`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('convoys', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `manifest_lines_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `manifest_lines_log_insert` AFTER INSERT ON `manifest_lines`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('manifest_lines', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `manifest_lines_log_update`;
--> statement-breakpoint
CREATE TRIGGER `manifest_lines_log_update` AFTER UPDATE ON `manifest_lines`
BEGIN
	SELECT RAISE(ABORT, 'manifest_lines: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('manifest_lines', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `manifest_lines_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `manifest_lines_log_delete` AFTER DELETE ON `manifest_lines`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('manifest_lines', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `vehicles_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `vehicles_log_insert` AFTER INSERT ON `vehicles`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('vehicles', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `vehicles_log_update`;
--> statement-breakpoint
CREATE TRIGGER `vehicles_log_update` AFTER UPDATE ON `vehicles`
BEGIN
	SELECT RAISE(ABORT, 'vehicles: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('vehicles', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `vehicles_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `vehicles_log_delete` AFTER DELETE ON `vehicles`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('vehicles', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `waybills_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `waybills_log_insert` AFTER INSERT ON `waybills`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('waybills', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `waybills_log_update`;
--> statement-breakpoint
CREATE TRIGGER `waybills_log_update` AFTER UPDATE ON `waybills`
BEGIN
	SELECT RAISE(ABORT, 'waybills: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('waybills', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `waybills_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `waybills_log_delete` AFTER DELETE ON `waybills`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('waybills', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
