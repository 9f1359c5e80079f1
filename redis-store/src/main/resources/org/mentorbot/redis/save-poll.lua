-- Stores a poll, replacing one with the same id, and moves the polls counter by the difference.
-- KEYS: poll, polls, polls:of:<pair>, stats
-- ARGV: poll JSON, poll id
local before = poll_counts(KEYS[1])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[2])
count_up(KEYS[4], 'polls', poll_counts(KEYS[1]) - before)
return 1
