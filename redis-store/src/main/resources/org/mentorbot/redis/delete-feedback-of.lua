-- Erases a person's responses and the polls of some pairs.
-- KEYS: responses:by:<person>, responders, polls, then polls:of:<pair> for each pair
-- ARGV: person id, stem of poll keys
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
for i = 4, #KEYS do
  for _, id in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    redis.call('DEL', ARGV[2] .. id)
    redis.call('SREM', KEYS[3], id)
  end
  redis.call('DEL', KEYS[i])
end
return 1
