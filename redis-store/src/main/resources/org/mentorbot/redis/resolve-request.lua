-- Moves a pending request on if it is still the expected (pending) one; releases its seat unless accepted.
-- KEYS: request, requests:holding:<mentor>, requests:pending-by:<mentee>, requests:due
-- ARGV: expected JSON, new JSON, request id, '1' to release the seat else '0'
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SREM', KEYS[3], ARGV[3])
redis.call('ZREM', KEYS[4], ARGV[3])
if ARGV[4] == '1' then
  redis.call('SREM', KEYS[2], ARGV[3])
end
return 1
