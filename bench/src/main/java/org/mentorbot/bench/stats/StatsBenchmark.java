package org.mentorbot.bench.stats;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.bench.BenchRedis;
import org.mentorbot.bench.CommandCounting;
import org.mentorbot.core.admin.ProgramCounts;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.journey.JourneyStats;
import org.mentorbot.core.pairing.PairingCounts;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.redis.RedisStores;
import redis.clients.jedis.UnifiedJedis;

/**
 * What the admin's {@code stats} costs in a program of a million participants on a real Redis. The
 * program — participants, pairings (some paused or ended) and journeys — is written through the
 * product's Redis stores under a key prefix of its own (deleted afterwards), so its counters are the
 * ones the scripts keep live. Then {@code stats} is asked as an organisation admin through the
 * bot's front door ({@link MentorBot#handle}, as the Slack and Teams adapters do) and timed, with the
 * Redis commands it sends counted on the bot's own connections. Last, once each: the recount the
 * journey numbers took before they were counted (every pairing and journey read), checked equal to
 * the live counters, and the start-up step that builds every counter from the records after
 * {@code P counters} is deleted, checked equal too.
 *
 * <p>Options: {@code --participants} (1000000), {@code --pairings} (400000), {@code --runs} timed
 * (50), {@code --threads} writing (8). Redis: {@code MENTORBOT_BENCH_REDIS_URL}, else {@code MENTORBOT_TEST_REDIS_URL}, else
 * {@code redis://127.0.0.1:6379} — never the bot's {@code REDIS_URL}.
 */
public final class StatsBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Actor ADMIN = Actor.of(new ParticipantId("slack:UBENCHADMIN"), "Bench Admin");
    private static final int WARM_UP = 20;

    private StatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int participants = option(args, "--participants", 1_000_000);
        int pairings = option(args, "--pairings", 400_000);
        int runs = option(args, "--runs", 50);
        int threads = option(args, "--threads", 8);
        URI url = BenchRedis.url();
        String prefix = "mbbench:" + UUID.randomUUID() + ":";
        System.out.println("key prefix " + prefix + " (deleted at the end); " + BenchRedis.load());
        CommandCounting counted = CommandCounting.to(url);
        try (UnifiedJedis bot = counted.client()) {
            try {
                run(new ProgramSeed(participants, pairings, true, NOW), runs, threads, prefix, counted, bot);
            } finally {
                System.out.printf(Locale.ROOT, "cleaned up: %d keys under %s%n", BenchRedis.deleteUnder(bot, prefix), prefix);
            }
        }
    }

    private static void run(ProgramSeed seed, int runs, int threads, String prefix, CommandCounting counted, UnifiedJedis bot)
            throws Exception {
        RedisStores redis = new RedisStores(bot, prefix);
        redis.programs().save(Program.named(ProgramSlug.DEFAULT, "Mentoring program"));
        Stores stores = redis.forProgram(ProgramSlug.DEFAULT);
        System.out.printf(Locale.ROOT, "writing %,d participants and %,d pairings through the Redis stores (%d writers)%n",
                seed.participants(), seed.pairings(), threads);
        seed.writeTo(stores, threads, System.out);

        MentorBot mentorBot = bot(redis);
        Reply reply = null;
        for (int i = 0; i < WARM_UP; i++) {
            reply = mentorBot.handle(new Inbound.CommandReceived(ADMIN, "stats"));
        }
        System.out.println("the reply: " + fields(reply));
        List<Long> nanos = new ArrayList<>();
        List<Long> pings = new ArrayList<>();
        Map<String, Long> before = counted.snapshot();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            mentorBot.handle(new Inbound.CommandReceived(ADMIN, "stats"));
            nanos.add(System.nanoTime() - start);
        }
        Map<String, Long> commands = counted.since(before);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bot.ping();
            pings.add(System.nanoTime() - start);
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        List<Long> round = pings.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "stats through MentorBot.handle, %d runs after %d to warm up (%s):%n"
                        + "  p50 %.2f ms, p99 %.2f ms, max %.2f ms%n  Redis commands per stats: %.1f %s%n"
                        + "  one Redis round trip (PING) right after, for scale: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                runs, WARM_UP, BenchRedis.load(), percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, commands.get("total") / (double) runs, perRun(commands, runs),
                percentile(round, 50) / 1e6, percentile(round, 99) / 1e6, round.get(round.size() - 1) / 1e6);

        JourneyStats live = stores.journeys().stats();
        recountAsBefore(stores, live, counted);
        rebuildAtStartUp(bot, stores, prefix, counted, live);
    }

    /** What {@code stats} read for the journey numbers before they were counters: every pairing and every journey. */
    private static void recountAsBefore(Stores stores, JourneyStats live, CommandCounting counted) {
        Map<String, Long> before = counted.snapshot();
        long start = System.nanoTime();
        Map<PairId, LocalDate> introduced = new HashMap<>();
        stores.pairings().all().forEach(p -> introduced.put(p.id(), JourneyStats.introducedOn(p)));
        JourneyStats recounted = JourneyStats.counted(stores.journeys().all(), pair -> Optional.ofNullable(introduced.get(pair)));
        long nanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "the journey numbers read as before (every pairing and journey): %.0f ms, %,d Redis commands; "
                        + "equal to the live counters: %s%n", nanos / 1e6, counted.since(before).get("total"), recounted.equals(live));
        System.out.printf(Locale.ROOT, "  pairs with goals %,d, goals achieved %,d, meetings %,d, minutes %,d, pairs that met %,d%n",
                live.pairsWithGoals(), live.goalsAchieved(), live.meetingsLogged(), live.minutes(), live.pairsThatMet());
    }

    /** The start-up step that counts every program's records, as after {@code DEL P counters}, timed and compared. */
    private static void rebuildAtStartUp(UnifiedJedis bot, Stores stores, String prefix, CommandCounting counted, JourneyStats live) {
        ProgramCounts counts = stores.counters().counts();
        PairingCounts pairs = stores.pairings().counts();
        bot.del(prefix + "counters");
        Map<String, Long> before = counted.snapshot();
        long start = System.nanoTime();
        RedisStores rebuilt = new RedisStores(bot, prefix);
        long nanos = System.nanoTime() - start;
        Stores again = rebuilt.forProgram(ProgramSlug.DEFAULT);
        boolean same = again.counters().counts().equals(counts) && again.journeys().stats().equals(live)
                && again.pairings().counts().equals(pairs);
        System.out.printf(Locale.ROOT, "start-up after DEL P counters: built %s in %.1f s, %,d Redis commands; "
                + "equal to the live counters: %s%n", rebuilt.countersBuilt(), nanos / 1e9, counted.since(before).get("total"), same);
    }

    private static MentorBot bot(RedisStores redis) {
        AtomicLong ids = new AtomicLong();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Copy copy = new Copy(Locale.ENGLISH);
        ProgramRegistry registry = ProgramAssembly.registry(redis.programs(), redis::forProgram,
                message -> new Delivery(message.to(), Map.of()), new Admins(Set.of(ADMIN.id())), clock,
                kind -> kind + "-" + ids.incrementAndGet(), copy);
        return ProgramAssembly.bot(registry, clock, copy);
    }

    private static String fields(Reply reply) {
        StringBuilder text = new StringBuilder();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Fields fields) {
                fields.fields().forEach(f -> text.append(text.isEmpty() ? "" : "; ").append(f.label()).append(' ').append(f.value()));
            }
        }
        return text.isEmpty() ? reply.fallback() : text.toString();
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String perRun(Map<String, Long> commands, int runs) {
        StringBuilder by = new StringBuilder("(");
        commands.forEach((command, n) -> {
            if (!command.equals("total")) {
                by.append(by.length() > 1 ? ", " : "").append(command).append(String.format(Locale.ROOT, " %.1f", n / (double) runs));
            }
        });
        return by.append(")").toString();
    }

    static int option(String[] args, String name, int fallback) {
        for (int k = 0; k + 1 < args.length; k++) {
            if (args[k].equals(name)) {
                return Integer.parseInt(args[k + 1].replace("_", ""));
            }
        }
        return fallback;
    }
}
