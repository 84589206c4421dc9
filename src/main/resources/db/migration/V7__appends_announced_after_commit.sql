-- Appends are announced by the service once they have committed (AppendAnnouncer), no longer by a trigger: a NOTIFY
-- inside a transaction takes a database-wide lock at commit, so every append transaction committed one at a time.
drop trigger events_appended on events;
drop function events_notify_appended();
