-- Records a person's response to a poll unless they already answered it; answers 1 if recorded,
-- and counts it with its rating.
-- KEYS: responses:by:<person>, responders, stats
-- ARGV: poll id, response JSON, person id, rating
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
redis.call('SADD', KEYS[2], ARGV[3])
count_up(KEYS[3], 'responses', 1)
count_up(KEYS[3], 'ratings', tonumber(ARGV[4]))
return 1
