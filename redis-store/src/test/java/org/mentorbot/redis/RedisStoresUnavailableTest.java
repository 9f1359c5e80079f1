package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.people.StoreUnavailableException;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/** With nothing listening where Redis should be, every store call fails fast as StoreUnavailableException. */
@Timeout(30)
class RedisStoresUnavailableTest {

    private static final JedisPooled NOWHERE = new JedisPooled(new HostAndPort("127.0.0.1", 1),
            DefaultJedisClientConfig.builder().connectionTimeoutMillis(500).socketTimeoutMillis(500).build());
    private static final RedisAccess REDIS = new RedisAccess(NOWHERE);
    private static final RedisKeys KEYS = new RedisKeys(RedisKeys.DEFAULT_PREFIX);
    private static final RedisJson JSON = new RedisJson();
    private static final ParticipantId ADA = new ParticipantId("slack:U0ADA");
    private static final PairId PAIR = new PairId("pair-1");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @AfterAll
    static void close() {
        NOWHERE.close();
    }

    @Test
    void startingTheStoresSaysRedisIsUnavailable() {
        assertThatThrownBy(() -> new RedisStores(NOWHERE, "mbtest:"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("Redis is unavailable while checking the schema version");
    }

    static Stream<Executable> storeCalls() {
        var participants = new RedisParticipantStore(REDIS, KEYS, JSON);
        var pairings = new RedisPairingStore(REDIS, KEYS, JSON);
        var checkIns = new RedisCheckInStore(REDIS, KEYS, JSON);
        var feedback = new RedisFeedbackStore(REDIS, KEYS, JSON);
        var addresses = new RedisAddressBook(REDIS, KEYS);
        var seen = new RedisSeenEvents(REDIS, KEYS);
        CheckInId checkIn = new CheckInId("checkin-1");
        return Stream.of(
                () -> participants.find(ADA), participants::all, () -> participants.delete(ADA),
                pairings::all, () -> pairings.of(ADA), () -> pairings.find(PAIR),
                () -> checkIns.save(new CheckIn(checkIn, PAIR, AT, null)), () -> checkIns.find(checkIn),
                () -> checkIns.answer(checkIn, new CheckIn.Answer(CheckInOutcome.MET, ADA, AT)), checkIns::all,
                () -> checkIns.reattribute(List.of(PAIR), ADA, new ParticipantId("erased:1")),
                () -> feedback.savePoll(new Poll(new PollId("poll-1"), PAIR, AT)), feedback::polls,
                () -> feedback.respond(new FeedbackResponse(new PollId("poll-1"), ADA, 5, "", AT)),
                feedback::responses, () -> feedback.deleteResponsesOf(ADA),
                () -> addresses.remember(ADA, "here"), () -> addresses.addressOf(ADA), () -> addresses.forget(ADA),
                () -> seen.firstSighting("slack:Ev01", Duration.ofMinutes(1)),
                () -> seen.forget(new SeenEvents.Mark("slack:Ev01", "a sighting")));
    }

    @ParameterizedTest
    @MethodSource("storeCalls")
    void everyStoreCallSaysRedisIsUnavailable(Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("Redis is unavailable while ");
    }
}
