-- Which due-time indexes hold an entry due now, and the programs' version, in one step.
-- KEYS: programs:version, then the due-time indexes to look at
-- ARGV: now (epoch ms)
-- Returns: the version (0 when none was written), then 1 or 0 per index, in the order of KEYS
local seen = { redis.call('GET', KEYS[1]) or '0' }
for i = 2, #KEYS do
  local first = redis.call('ZRANGEBYSCORE', KEYS[i], '-inf', ARGV[1], 'LIMIT', 0, 1)
  seen[i] = #first
end
return seen
