package org.mentorbot.redis;

import java.util.List;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.guidance.PlaybookStore;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.program.DueLookout;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.core.recognition.RecognitionStore;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every store of the program, kept in one Redis under one key prefix (see {@link RedisKeys}).
 * Creating it checks the schema version of the data under the prefix, and writes it when there
 * is no data yet: it refuses, with an IllegalStateException, data written by a newer Mentorbot,
 * and throws {@link org.mentorbot.core.people.StoreUnavailableException} when Redis cannot be
 * reached. At the first start of a version that keeps counters it builds every program's counters from
 * its records (see {@link RedisCounters}). The caller owns the Jedis client and closes it.
 */
public final class RedisStores {

    private final RedisKeys keys;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final CheckInStore checkIns;
    private final FeedbackStore feedback;
    private final AddressBook addressBook;
    private final SeenEvents seenEvents;
    private final ProgramStore programs;
    private final JourneyStore journeys;
    private final PlaybookStore playbooks;
    private final RecognitionStore recognition;
    private final DueLookout dueLookout;
    private final RedisAccess redis;
    private final RedisJson json = new RedisJson();
    private final Schema schema;
    private final boolean countersBuilt;

    public RedisStores(UnifiedJedis jedis, String keyPrefix) {
        keys = new RedisKeys(keyPrefix);
        redis = new RedisAccess(jedis);
        schema = checkSchema(redis, keys);
        participants = new RedisParticipantStore(redis, keys, json);
        pairings = new RedisPairingStore(redis, keys, json);
        checkIns = new RedisCheckInStore(redis, keys, json);
        feedback = new RedisFeedbackStore(redis, keys, json);
        addressBook = new RedisAddressBook(redis, keys);
        seenEvents = new RedisSeenEvents(redis, keys);
        programs = new RedisProgramStore(redis, keys, json);
        journeys = new RedisJourneyStore(redis, keys, json);
        playbooks = new RedisPlaybookStore(redis, keys, json);
        recognition = new RedisRecognitionStore(redis, keys, json);
        dueLookout = new RedisDueLookout(redis, keys);
        countersBuilt = RedisCounters.buildOnce(redis, keys, this, redis.call("listing the programs",
                client -> client.hkeys(keys.programs())).stream().map(ProgramSlug::parse).flatMap(java.util.Optional::stream).toList());
    }

    public RedisStores(UnifiedJedis jedis) {
        this(jedis, RedisKeys.DEFAULT_PREFIX);
    }

    public String keyPrefix() {
        return keys.prefix();
    }

    public ParticipantStore participants() {
        return participants;
    }

    public PairingStore pairings() {
        return pairings;
    }

    public CheckInStore checkIns() {
        return checkIns;
    }

    public FeedbackStore feedback() {
        return feedback;
    }

    public AddressBook addressBook() {
        return addressBook;
    }

    public SeenEvents seenEvents() {
        return seenEvents;
    }

    public ProgramStore programs() {
        return programs;
    }

    public JourneyStore journeys() {
        return journeys;
    }

    public PlaybookStore playbooks() {
        return playbooks;
    }

    public RecognitionStore recognition() {
        return recognition;
    }

    /** One look over the due-time indexes of any programs under this prefix, in one round trip (see {@link RedisDueLookout}). */
    public DueLookout dueLookout() {
        return dueLookout;
    }

    /** What the start found: a new store, data of schema 1 moved to schema 2, or data of this schema. */
    public Schema schema() {
        return schema;
    }

    /**
     * Writes these participants as the stores write them and reads them back as a whole program's
     * participants are read, parsed on every core, without sending anything to Redis: the bot's
     * matching warm-up has the JVM compile that way of reading before the first preview needs it.
     */
    public void warmUpReading(List<Participant> sample) {
        List<Participant> read = json.readAll(sample.stream().map(json::write).toList(), Participant.class, "(a warm-up sample)");
        if (!read.equals(sample)) {
            throw new IllegalStateException("the warm-up sample did not read back as written");
        }
    }

    /** How many Redis calls of these stores failed (Redis unreachable, or an error reply), since they were made. */
    public long failedCalls() {
        return redis.failures();
    }

    /** Whether this start built the programs' counters from their records (the first start of a version that keeps them). */
    public boolean countersBuilt() {
        return countersBuilt;
    }

    /** Whether the default program's key space holds people or pairings (data a version before programs wrote). */
    public boolean defaultSpaceHoldsData() {
        return redis.call("looking for earlier data", jedis -> jedis.exists(keys.participants(), keys.pairings())) > 0;
    }

    /**
     * The stores of one program: the {@code default} program's are the ones above; every other
     * program's keys have their own space. Addresses are the person's and are shared.
     */
    public Stores forProgram(ProgramSlug program) {
        if (program.isDefault()) {
            return new Stores(participants, pairings, checkIns, feedback, addressBook, journeys, playbooks, recognition,
                    new RedisWaitlistStore(redis, keys, json), new RedisMentorRequestStore(redis, keys, json),
                    new RedisLeaverStore(redis, keys, json), new RedisCounters(redis, keys), new RedisSurveyStore(redis, keys, json));
        }
        RedisKeys space = new RedisKeys(keys.prefix(), program);
        return new Stores(new RedisParticipantStore(redis, space, json), new RedisPairingStore(redis, space, json),
                new RedisCheckInStore(redis, space, json), new RedisFeedbackStore(redis, space, json), addressBook,
                new RedisJourneyStore(redis, space, json), new RedisPlaybookStore(redis, space, json),
                new RedisRecognitionStore(redis, space, json), new RedisWaitlistStore(redis, space, json),
                new RedisMentorRequestStore(redis, space, json), new RedisLeaverStore(redis, space, json),
                new RedisCounters(redis, space), new RedisSurveyStore(redis, space, json));
    }

    /** How the data under the prefix stood when these stores were created. */
    public enum Schema {
        /** Nothing was stored under the prefix. */
        NEW,
        /** Data of schema 1 (one implicit program) was found, is now the {@code default} program's, and is indexed. */
        MIGRATED,
        /** Data of schema 2 (programs, without due-time indexes) was found and its indexes and counts were built. */
        INDEXED,
        /** The data was already of this schema. */
        CURRENT
    }

    /**
     * Writes the schema version into a new store, and moves schema 1 or 2 to 3, waiting until it is
     * done. Schema 1's keys are the default program's keys of schema 2; schema 3 adds, in every
     * program's space, the due-time indexes and the pairing counts, which {@link SchemaUpgrade}
     * builds from the stored pairings in bounded, resumable steps; the version moves to 3 only once
     * every pairing is indexed, so a start that stops half-way leaves it for the next to finish.
     */
    private static Schema checkSchema(RedisAccess redis, RedisKeys keys) {
        String current = Integer.toString(RedisKeys.SCHEMA_VERSION);
        String found = new SchemaUpgrade(redis, keys).run();
        return switch (found) {
            case "new" -> Schema.NEW;
            case "migrated" -> Schema.MIGRATED;
            case "indexed" -> Schema.INDEXED;
            default -> {
                if (!current.equals(found)) {
                    throw new IllegalStateException("Redis key " + keys.schema() + " says the data under prefix '"
                            + keys.prefix() + "' has schema version '" + found + "', but this Mentorbot reads version "
                            + current + " only. Upgrade Mentorbot, or configure another key prefix.");
                }
                yield Schema.CURRENT;
            }
        };
    }
}
