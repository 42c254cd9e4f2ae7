DROP TRIGGER IF EXISTS `operators_log_insert`;
--> statement-breakpoint
CREATE TRIGGER `operators_log_insert` AFTER INSERT ON `operators`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('operators', NEW.`id`, 'insert', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `operators_log_update`;
--> statement-breakpoint
CREATE TRIGGER `operators_log_update` AFTER UPDATE ON `operators`
BEGIN
	SELECT RAISE(ABORT, 'operators: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.`version` IS NOT OLD.`version` + 1;
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('operators', NEW.`id`, 'update', NEW.`version`, NEW.`updated_by_installation`, NEW.`updated_at`);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `operators_log_delete`;
--> statement-breakpoint
CREATE TRIGGER `operators_log_delete` AFTER DELETE ON `operators`
BEGIN
	INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`) VALUES ('operators', OLD.`id`, 'delete', OLD.`version` + 1,
		(SELECT `value` FROM `settings` WHERE `key` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
