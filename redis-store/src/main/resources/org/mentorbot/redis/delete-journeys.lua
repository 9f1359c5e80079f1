-- Erases the journeys of some pairs; the program's journey numbers lose what they added.
-- KEYS[1] the set of pairs with a journey, KEYS[2] the stats hash, KEYS[3] the days-to-first-meeting
-- hash, then for each pair: its journey, its pairing
-- ARGV the pairs' ids, in the same order
for i, pair in ipairs(ARGV) do
  local journey = KEYS[2 + 2 * i]
  local stored = redis.call('GET', journey)
  if stored then
    move_journey(KEYS[2], KEYS[3], KEYS[3 + 2 * i], stored, false)
    redis.call('DEL', journey)
  end
  redis.call('SREM', KEYS[1], pair)
end
return #ARGV
