-- Saves a participant and moves the counters by what the change makes of them.
-- KEYS: participant, participants, stats, pairings:mentored:<id>, pairings:open
-- ARGV: participant JSON, participant id
local paired = #redis.call('SINTER', KEYS[4], KEYS[5]) > 0
local m0, e0, w0 = participant_counts(redis.call('GET', KEYS[1]), paired)
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
local m1, e1, w1 = participant_counts(ARGV[1], paired)
count_up(KEYS[3], 'mentors', m1 - m0)
count_up(KEYS[3], 'mentees', e1 - e0)
count_up(KEYS[3], 'waiting', w1 - w0)
return 1
