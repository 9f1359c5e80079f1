package org.mentorbot.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;

/**
 * Polls and responses in Redis. Each person's responses are a hash keyed by poll id, written
 * with HSETNX, so a double submit records one response; erasing a person drops their hash.
 * Every script that stores polls and responses, or erases responses, moves the program's counters with it.
 */
public final class RedisFeedbackStore implements FeedbackStore {

    private static final LuaScript SAVE_POLL = LuaScript.named("save-poll", RedisCounters.LIBRARY);
    private static final LuaScript RESPOND = LuaScript.named("respond", RedisCounters.LIBRARY);
    private static final LuaScript DELETE_RESPONSES_OF = LuaScript.named("delete-responses-of", RedisCounters.LIBRARY);

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisFeedbackStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void savePoll(Poll poll) {
        String value = json.write(poll);
        redis.script("saving a poll", SAVE_POLL, List.of(keys.poll(poll.id()), keys.polls(), keys.pollsOf(poll.pair()), keys.stats()),
                List.of(value, poll.id().value()));
    }

    @Override
    public Optional<Poll> findPoll(PollId id) {
        String key = keys.poll(id);
        return Optional.ofNullable(redis.call("reading a poll", jedis -> jedis.get(key)))
                .map(stored -> json.read(stored, Poll.class, key));
    }

    @Override
    public List<Poll> polls() {
        List<String> pollKeys = redis.call("listing polls", jedis -> jedis.smembers(keys.polls()))
                .stream().map(id -> keys.poll(new PollId(id))).toList();
        return redis.values("listing polls", pollKeys).stream()
                .map(stored -> json.read(stored, Poll.class, keys.polls()))
                .toList();
    }

    @Override
    public List<Poll> pollsOf(PairId pair) {
        List<String> pollKeys = redis.call("listing a pair's polls", jedis -> jedis.smembers(keys.pollsOf(pair)))
                .stream().map(id -> keys.poll(new PollId(id))).toList();
        return redis.values("listing a pair's polls", pollKeys).stream()
                .map(stored -> json.read(stored, Poll.class, keys.pollsOf(pair)))
                .toList();
    }

    @Override
    public boolean answered(PollId poll, ParticipantId by) {
        String key = keys.responsesBy(by);
        return redis.call("checking a feedback response", jedis -> jedis.hexists(key, poll.value()));
    }

    @Override
    public boolean respond(FeedbackResponse response) {
        List<String> scriptKeys = List.of(keys.responsesBy(response.by()), keys.responders(), keys.stats());
        List<String> args = List.of(response.poll().value(), json.write(response), response.by().value(),
                Integer.toString(response.rating()));
        return Long.valueOf(1).equals(redis.script("recording a feedback response", RESPOND, scriptKeys, args));
    }

    @Override
    public List<FeedbackResponse> responses() {
        List<String> responseKeys = redis.call("listing feedback responses", jedis -> jedis.smembers(keys.responders()))
                .stream().map(id -> keys.responsesBy(new ParticipantId(id))).toList();
        List<List<String>> stored = redis.eachOf("listing feedback responses", responseKeys,
                (pipeline, key) -> pipeline.hvals(key));
        List<FeedbackResponse> responses = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            for (String value : stored.get(i)) {
                responses.add(json.read(value, FeedbackResponse.class, responseKeys.get(i)));
            }
        }
        return responses;
    }

    @Override
    public void deleteResponsesOf(ParticipantId person) {
        redis.script("deleting a person's feedback responses", DELETE_RESPONSES_OF,
                List.of(keys.responsesBy(person), keys.responders(), keys.stats()), List.of(person.value()));
    }
}
