-- The Today page's settings in the profile. Portable between H2 2.x and PostgreSQL 13+.
-- time_zone: an IANA zone id (Europe/Berlin) in which the learner's days start and end; NULL = the
-- browser's zone (its tz cookie), else UTC. daily_goal: reviews a day the forgiving streak measures
-- against, 1 to 500; NULL = the default (10).
ALTER TABLE account ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE account ADD COLUMN daily_goal INTEGER;
