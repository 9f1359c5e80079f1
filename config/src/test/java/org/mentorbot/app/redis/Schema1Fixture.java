package org.mentorbot.app.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;

/**
 * Redis data exactly as the previous release, Mentorbot e63c828 (Redis schema 1), wrote it:
 * {@code redis/schema1-fixture.json}, dumped from that version's own stores after driving its
 * {@code MentorBot} through a small program. Load it under a fresh prefix and run the new version
 * on it to prove the migration keeps everything; the constants below say what is in it.
 *
 * <p>The fixture was written under the prefix {@code fixture:}; {@link #load} puts each key under
 * the prefix you give instead. Only key names carry the prefix: no value mentions it. Ids are
 * plain strings here, as schema 1 stores them, so that the facts do not depend on the core's
 * types. Keys with an expiry (seen events) are not in the fixture.
 */
public final class Schema1Fixture {

    public static final String RESOURCE = "/redis/schema1-fixture.json";
    public static final String WRITTEN_PREFIX = "fixture:";
    public static final String SCHEMA = "1";

    // Participants: two Slack mentors, a Teams participant who mentors and is mentored, three Slack mentees.
    public static final String MAYA = "slack:UMAYA";
    public static final String OMAR = "slack:UOMAR";
    public static final String PRIYA = "teams:6f1c2b9e-4d3a-4e8f-9b7c-2a5d8e1f3c60";
    public static final String JONAS = "slack:UJONAS";
    public static final String LENA = "slack:ULENA";
    public static final String KAI = "slack:UKAI";

    /** One participant as schema 1 stores them (role and status as the enum names in the JSON). */
    public record Person(String id, String name, String role, String status, int capacity) {
    }

    public static final List<Person> PEOPLE = List.of(
            new Person(MAYA, "Maya Okafor", "MENTOR", "ACTIVE", 2),
            new Person(OMAR, "Omar Haddad", "MENTEE", "ACTIVE", 0),
            new Person(PRIYA, "Priya Nair", "BOTH", "ACTIVE", 1),
            new Person(JONAS, "Jonas Weber", "MENTOR", "PAUSED", 1),
            new Person(LENA, "Lena Fischer", "MENTEE", "ACTIVE", 0),
            new Person(KAI, "Kai Tanaka", "MENTEE", "LEFT", 0));
    public static final Set<String> PARTICIPANTS = Set.of(MAYA, OMAR, PRIYA, JONAS, LENA, KAI);
    public static final String PAUSED_PARTICIPANT = JONAS;
    public static final String LEFT_PARTICIPANT = KAI;

    /** One pairing of the matching round of 2025-03-03T10:42:00Z, with its score and number of reasons. */
    public record Pair(String id, String mentor, String mentee, String status, int score, int reasons) {
        public boolean open() {
            return !"ENDED".equals(status);
        }
    }

    public static final Pair MAYA_OMAR = new Pair("pair-8279407e-15b5-4238-bab5-5fd47a7a545a", MAYA, OMAR, "ACTIVE", 103, 6);
    public static final Pair MAYA_PRIYA = new Pair("pair-f69773ab-9909-4a4b-837f-6abbca9ed739", MAYA, PRIYA, "ACTIVE", 73, 5);
    public static final Pair JONAS_LENA = new Pair("pair-743dd809-a670-44ab-8608-b6c6aa395b3a", JONAS, LENA, "PAUSED", 57, 5);
    /** Ended at 2025-03-12T10:00:00Z by Kai, reason {@code left}; its one "not yet" left a streak of 1. */
    public static final Pair PRIYA_KAI = new Pair("pair-867372e6-a024-4b88-bba5-0d4c1521646c", PRIYA, KAI, "ENDED", 85, 6);
    public static final List<Pair> PAIRINGS = List.of(MAYA_OMAR, MAYA_PRIYA, JONAS_LENA, PRIYA_KAI);
    public static final int PAIRING_COUNT = 4;
    public static final Set<String> OPEN_PAIRINGS = Set.of(MAYA_OMAR.id(), MAYA_PRIYA.id(), JONAS_LENA.id());
    public static final String ENDED_PAIRING = PRIYA_KAI.id();

    /** One check-in, all sent 2025-03-10T09:30:00Z; outcome and answeredBy are null when unanswered. */
    public record CheckInFact(String id, String pair, String outcome, String answeredBy) {
    }

    public static final List<CheckInFact> CHECK_INS = List.of(
            new CheckInFact("checkin-87ed5c51-2fb1-4351-898e-f1089bcfa870", MAYA_OMAR.id(), "MET", OMAR),
            new CheckInFact("checkin-932f6c4c-2fea-4c8d-9e36-0891e5c505b4", PRIYA_KAI.id(), "NOT_YET", KAI),
            new CheckInFact("checkin-621b5d3d-4243-46a3-a9c0-7205aa14705f", MAYA_PRIYA.id(), "NEED_HELP", PRIYA),
            new CheckInFact("checkin-42b70636-37bd-43dd-9397-a2c00b2ad9bf", JONAS_LENA.id(), null, null));
    public static final int CHECK_IN_COUNT = 4;
    public static final int ANSWERED_CHECK_IN_COUNT = 3;

    /** The one feedback poll, put to Maya and Omar at 2025-03-17T13:00:00Z. */
    public static final String POLL = "poll-84837ad4-d98e-4d3b-b41b-35d117143e1f";
    public static final String POLL_PAIR = MAYA_OMAR.id();

    /** One response to {@link #POLL}; the comment is empty when none was given. */
    public record Response(String by, int rating, String comment) {
    }

    public static final List<Response> RESPONSES = List.of(
            new Response(OMAR, 5, "Maya walked me through our cluster's failure modes. Best hour of my week."),
            new Response(MAYA, 4, ""));
    public static final int RESPONSE_COUNT = 2;

    /** The address book holds one entry: Priya's Teams conversation reference, as the Teams adapter wrote it. */
    public static final String ADDRESSED_PARTICIPANT = PRIYA;
    public static final String TEAMS_SERVICE_URL = "https://smba.trafficmanager.net/emea/";
    public static final String TEAMS_CONVERSATION_ID =
            "a:1Zk8mQ3vN7bX2cR5tY9wE4uI6oP0aS1dF3gH7jK2lZ8xC5vB9nM4qW6eR0tY3uI7oP1aS5dF";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Schema1Fixture() {
    }

    /**
     * Writes every key of the fixture under {@code prefix} (SET, SADD, HSET). Refuses a prefix that
     * already holds a schema version, so that the fixture is never mixed into other data.
     */
    public static void load(UnifiedJedis jedis, String prefix) {
        if (jedis.exists(prefix + "schema")) {
            throw new IllegalStateException("Redis already holds data under prefix '" + prefix + "'; load the fixture under a fresh one");
        }
        for (JsonNode entry : entries()) {
            String key = prefix + entry.get("key").asText().substring(WRITTEN_PREFIX.length());
            String type = entry.get("type").asText();
            switch (type) {
                case "string" -> jedis.set(key, entry.get("value").asText());
                case "set" -> {
                    List<String> members = new ArrayList<>();
                    entry.get("members").forEach(member -> members.add(member.asText()));
                    jedis.sadd(key, members.toArray(String[]::new));
                }
                case "hash" -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    entry.get("fields").properties().forEach(field -> fields.put(field.getKey(), field.getValue().asText()));
                    jedis.hset(key, fields);
                }
                default -> throw new IllegalStateException("the fixture has a key of unknown type " + type + ": " + key);
            }
        }
    }

    /** How many keys {@link #load} writes. */
    public static int keyCount() {
        return entries().size();
    }

    /** The names of the keys {@link #load} writes under {@code prefix}, sorted. */
    public static List<String> keys(String prefix) {
        return entries().stream().map(entry -> prefix + entry.get("key").asText().substring(WRITTEN_PREFIX.length())).toList();
    }

    private static List<JsonNode> entries() {
        try (InputStream in = Schema1Fixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            JsonNode root = JSON.readTree(in);
            if (!WRITTEN_PREFIX.equals(root.path("prefix").asText())) {
                throw new IllegalStateException(RESOURCE + " was not written under the prefix " + WRITTEN_PREFIX);
            }
            List<JsonNode> entries = new ArrayList<>();
            root.get("keys").forEach(entries::add);
            for (JsonNode entry : entries) {
                if (!entry.get("key").asText().startsWith(WRITTEN_PREFIX)) {
                    throw new IllegalStateException(RESOURCE + " holds a key outside " + WRITTEN_PREFIX + ": " + entry.get("key"));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
