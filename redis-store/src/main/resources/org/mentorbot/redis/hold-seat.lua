-- Stores a pending mentor request if the mentee has none pending and the mentor has a free seat,
-- counting the mentor's open pairings and the seats requests hold; answers the outcome.
-- KEYS: request, requests, requests:of:<mentee>, requests:of:<mentor>, requests:holding:<mentor>,
--       requests:pending-by:<mentee>, requests:due, pairings:mentoring:<mentor>, pairings:open
-- ARGV: request JSON, request id, mentor capacity, due time (epoch milliseconds)
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 'DUPLICATE_ID'
end
if redis.call('SCARD', KEYS[6]) > 0 then
  return 'MENTEE_HAS_PENDING'
end
local open = #redis.call('SINTER', KEYS[8], KEYS[9])
if open + redis.call('SCARD', KEYS[5]) >= tonumber(ARGV[3]) then
  return 'MENTOR_FULL'
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[2])
redis.call('SADD', KEYS[4], ARGV[2])
redis.call('SADD', KEYS[5], ARGV[2])
redis.call('SADD', KEYS[6], ARGV[2])
redis.call('ZADD', KEYS[7], ARGV[4], ARGV[2])
return 'HELD'
