-- Stores a new pairing unless the rules of PairingStore.create forbid it; answers the outcome.
-- With the pairing go its places in the due-time indexes and its counts, in the same step.
-- KEYS: pairing, pairings, pairings:open, pairings:mentoring:<mentor>, pairings:mentored:<mentee>,
--       due:checkin, due:feedback, due:milestone, due:playbook, pairings:counts, participant:<mentee>, stats
-- ARGV: pairing JSON, pair id, mentor capacity, '1' if the pairing is open else '0',
--       its score (epoch ms) in each of the four due indexes, '' where it has none,
--       its status, '1' if it counts as stalled else '0'
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 'DUPLICATE_ID'
end
if #redis.call('SINTER', KEYS[4], KEYS[5]) > 0 then
  return 'PAIRED_BEFORE'
end
if #redis.call('SINTER', KEYS[5], KEYS[3]) > 0 then
  return 'MENTEE_ALREADY_PAIRED'
end
if #redis.call('SINTER', KEYS[4], KEYS[3]) >= tonumber(ARGV[3]) then
  return 'MENTOR_FULL'
end
local waited = waiting_of(KEYS[11], KEYS[5], KEYS[3])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[4], ARGV[2])
redis.call('SADD', KEYS[5], ARGV[2])
if ARGV[4] == '1' then
  redis.call('SADD', KEYS[3], ARGV[2])
end
for i = 0, 3 do
  if ARGV[5 + i] ~= '' then
    redis.call('ZADD', KEYS[6 + i], ARGV[5 + i], ARGV[2])
  end
end
redis.call('HINCRBY', KEYS[10], ARGV[9], 1)
if ARGV[10] == '1' then
  redis.call('HINCRBY', KEYS[10], 'stalled', 1)
end
count_up(KEYS[12], 'waiting', waiting_of(KEYS[11], KEYS[5], KEYS[3]) - waited)
return 'CREATED'
