package org.mentorbot.redis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.admin.CountsFromRecords;
import org.mentorbot.core.admin.ProgramCounters;
import org.mentorbot.core.admin.ProgramCounts;
import org.mentorbot.core.journey.JourneyStats;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.ProgramSlug;
import redis.clients.jedis.params.SetParams;

/**
 * A program's running numbers in the hash {@code V stats}: the Lua scripts that store participants,
 * pairings, check-ins, polls and responses, answer check-ins, and erase participants and responses
 * move them in the same step (with the functions of {@code counters.lua}), so reading them is one
 * HMGET whatever the program's size.
 * A field never written reads as 0.
 */
final class RedisCounters implements ProgramCounters {

    /** The Lua functions the counting scripts run on. */
    static final String LIBRARY = "counters";
    /**
     * The layout of the counters, kept in {@code P counters} once they were built from the records:
     * 2 added the journey numbers, so a store counted under 1 is counted again once.
     */
    static final String LAYOUT = "2";
    private static final String BUILDING = "building";
    private static final String[] FIELDS = {"mentors", "mentees", "waiting", "checkins", "answered", "met", "help",
            "polls", "responses", "ratings"};

    private final RedisAccess redis;
    private final RedisKeys keys;

    RedisCounters(RedisAccess redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public ProgramCounts counts() {
        List<String> stored = redis.call("reading the program's numbers", jedis -> jedis.hmget(keys.stats(), FIELDS));
        long[] n = new long[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            n[i] = stored.get(i) == null ? 0 : Math.max(0, Long.parseLong(stored.get(i)));
        }
        return new ProgramCounts((int) n[0], (int) n[1], (int) n[2], (int) n[3], (int) n[4], (int) n[5], (int) n[6],
                (int) n[7], (int) n[8], n[9]);
    }

    /**
     * Builds every program's counters from its records, once: data written before the counters
     * existed is counted at the first start of a Mentorbot that keeps them, and {@code P counters}
     * records that it was done. Counts are written whole, not added, so building again (two nodes
     * starting together, or after deleting {@code P counters}) gives the same numbers.
     *
     * @return whether this call built them
     */
    static boolean buildOnce(RedisAccess redis, RedisKeys keys, RedisStores stores, List<ProgramSlug> programs) {
        String marker = redis.call("checking the counters", jedis -> jedis.get(keys.countersBuilt()));
        if (LAYOUT.equals(marker)) {
            return false;
        }
        redis.call("marking the counters being built",
                jedis -> jedis.set(keys.countersBuilt(), BUILDING, SetParams.setParams().nx()));
        List<ProgramSlug> spaces = new ArrayList<>(List.of(ProgramSlug.DEFAULT));
        programs.stream().filter(slug -> !slug.isDefault()).forEach(spaces::add);
        for (ProgramSlug program : spaces) {
            Stores space = stores.forProgram(program);
            ProgramCounts counted = new CountsFromRecords(space.participants(), space.pairings(), space.checkIns(),
                    space.feedback()).counts();
            JourneyStats journeys = journeysCounted(space);
            RedisKeys programKeys = new RedisKeys(keys.prefix(), program);
            Map<String, String> fields = fields(counted);
            fields.putAll(RedisJourneyStore.fields(journeys));
            Map<String, String> days = RedisJourneyStore.days(journeys);
            redis.transact("building the program's numbers", tx -> {
                tx.del(programKeys.stats(), programKeys.firstMeetingDays());
                if (!fields.isEmpty()) {
                    tx.hset(programKeys.stats(), fields);
                }
                if (!days.isEmpty()) {
                    tx.hset(programKeys.firstMeetingDays(), days);
                }
            });
        }
        redis.call("marking the counters built", jedis -> jedis.set(keys.countersBuilt(), LAYOUT));
        return true;
    }

    /** The journey numbers counted from every journey and the introduction of every pairing. */
    private static JourneyStats journeysCounted(Stores space) {
        Map<PairId, LocalDate> introduced = new HashMap<>();
        space.pairings().all().forEach(p -> introduced.put(p.id(), JourneyStats.introducedOn(p)));
        return JourneyStats.counted(space.journeys().all(), pair -> Optional.ofNullable(introduced.get(pair)));
    }

    private static Map<String, String> fields(ProgramCounts c) {
        long[] values = {c.mentors(), c.mentees(), c.waiting(), c.checkInsSent(), c.checkInsAnswered(), c.metAnswers(),
                c.helpRequests(), c.pollsSent(), c.responses(), c.ratingTotal()};
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.length; i++) {
            if (values[i] != 0) {
                fields.put(FIELDS[i], Long.toString(values[i]));
            }
        }
        return fields;
    }
}
