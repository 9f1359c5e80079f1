-- Swaps a pair's playbook progress if it is still the expected one ('' for none stored yet).
-- KEYS: playbook:<pairId>
-- ARGV: expected JSON or '', new JSON
local stored = redis.call('GET', KEYS[1])
if stored == false then
  stored = ''
end
if stored ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2])
return 1
