-- Records a person's response to a poll unless they already answered it; answers 1 if recorded.
-- KEYS: responses:by:<person>, responders
-- ARGV: poll id, response JSON, person id
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
redis.call('SADD', KEYS[2], ARGV[3])
return 1
