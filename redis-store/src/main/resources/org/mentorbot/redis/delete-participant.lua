-- Deletes a participant and takes them out of the counters; answers 1 if there was one.
-- KEYS: participant, participants, stats, pairings:mentored:<id>, pairings:open
-- ARGV: participant id
local paired = #redis.call('SINTER', KEYS[4], KEYS[5]) > 0
local m0, e0, w0 = participant_counts(redis.call('GET', KEYS[1]), paired)
local deleted = redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
count_up(KEYS[3], 'mentors', -m0)
count_up(KEYS[3], 'mentees', -e0)
count_up(KEYS[3], 'waiting', -w0)
return deleted
