package org.mentorbot.redis;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.SurveyStage;
import org.mentorbot.core.surveys.SurveyInvite;
import org.mentorbot.core.surveys.SurveyResponse;
import org.mentorbot.core.surveys.SurveyStore;

/**
 * A program's surveys in Redis: three hashes keyed {@code <stage>:<participantId>} — invitations
 * and responses as JSON, reminders as the time they went out. HSETNX keeps each the first time.
 */
public final class RedisSurveyStore implements SurveyStore {

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisSurveyStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public boolean invite(SurveyInvite invite) {
        String value = json.write(invite);
        return redis.call("recording a survey invitation",
                jedis -> jedis.hsetnx(keys.surveyInvites(), field(invite.stage(), invite.person()), value)) == 1L;
    }

    @Override
    public Optional<SurveyInvite> invitation(SurveyStage stage, ParticipantId person) {
        return Optional.ofNullable(redis.call("reading a survey invitation", jedis -> jedis.hget(keys.surveyInvites(), field(stage, person))))
                .map(value -> json.read(value, SurveyInvite.class, keys.surveyInvites()));
    }

    @Override
    public List<SurveyInvite> invitations() {
        return redis.call("reading the survey invitations", jedis -> jedis.hvals(keys.surveyInvites())).stream()
                .map(value -> json.read(value, SurveyInvite.class, keys.surveyInvites())).toList();
    }

    @Override
    public boolean remind(SurveyStage stage, ParticipantId person, Instant at) {
        return redis.call("recording a survey reminder", jedis -> jedis.hsetnx(keys.surveysReminded(), field(stage, person),
                String.valueOf(at.toEpochMilli()))) == 1L;
    }

    @Override
    public boolean respond(SurveyResponse response) {
        String value = json.write(response);
        return redis.call("recording a survey response",
                jedis -> jedis.hsetnx(keys.surveyResponses(), field(response.stage(), response.person()), value)) == 1L;
    }

    @Override
    public Optional<SurveyResponse> response(SurveyStage stage, ParticipantId person) {
        return Optional.ofNullable(redis.call("reading a survey response", jedis -> jedis.hget(keys.surveyResponses(), field(stage, person))))
                .map(value -> json.read(value, SurveyResponse.class, keys.surveyResponses()));
    }

    @Override
    public List<SurveyResponse> responses() {
        return redis.call("reading the survey responses", jedis -> jedis.hvals(keys.surveyResponses())).stream()
                .map(value -> json.read(value, SurveyResponse.class, keys.surveyResponses())).toList();
    }

    @Override
    public void delete(ParticipantId person) {
        String[] fields = Arrays.stream(SurveyStage.values()).map(stage -> field(stage, person)).toArray(String[]::new);
        redis.call("erasing a person's surveys", jedis -> {
            jedis.hdel(keys.surveyInvites(), fields);
            jedis.hdel(keys.surveysReminded(), fields);
            return jedis.hdel(keys.surveyResponses(), fields);
        });
    }

    private static String field(SurveyStage stage, ParticipantId person) {
        return stage.wireName() + ":" + person.value();
    }
}
