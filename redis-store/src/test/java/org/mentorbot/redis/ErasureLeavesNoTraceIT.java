package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorbot.core.admin.ProgramStats;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;

/**
 * {@code delete me} on real Redis leaves no trace of the person: after a Teams mentor or a Slack
 * mentee who took part in every feature asks to be erased, no key under the prefix names any of
 * their ids or their name, and no value holds one — while their partner's answers still count.
 */
class ErasureLeavesNoTraceIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    static final ProgramSlug CHOICE = new ProgramSlug("choice");
    static final ProgramSlug ENG = new ProgramSlug("eng");

    static final String TESS_AAD = "5f0c3a2e-8b1d-4c7e-9a44-2e6b1d0c9f37";
    static final String TESS_TEAMS_USER = "29:1TessTeamsUserIdQ8w";
    static final String TESS_CONVERSATION = "a:1Hk9QvXm2sConversationOfTess";
    static final Actor TESS = Actor.of(new ParticipantId("teams:" + TESS_AAD), "Tess Quill");
    static final String PIA_SLACK = "U0PIA7K2Q";
    static final String PIA_DM = "D0PIADM5X";
    static final Actor PIA = person(PIA_SLACK, "Pia Brandt");
    static final Actor QUIN = person("U0QUIN3", "Quin");

    /** Who asks to be erased, what they are known by, and the partner whose history stays. */
    static Stream<Arguments> erased() {
        return Stream.of(
                Arguments.of(TESS, PIA, List.of(TESS.id().value(), TESS_AAD, TESS_TEAMS_USER, TESS_CONVERSATION, "Tess", "Quill")),
                Arguments.of(PIA, TESS, List.of(PIA.id().value(), PIA_SLACK, PIA_DM, "Pia", "Brandt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("erased")
    void noKeyAndNoValueHoldsAnErasedPersonsIdsAndThePartnersAnswersStillCount(Actor gone, Actor partner, List<String> traces) {
        RedisStores redis = REDIS.newStores();
        Conversation chat = new Conversation(redis::forProgram, List.of(
                Conversation.defaultProgram(new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(21), false, 3)),
                program(CHOICE, MatchingMode.MENTEE_CHOICE), program(ENG, MatchingMode.ADMIN)));
        everyFeature(chat, redis);
        assertThat(tracesUnder(redis.keyPrefix(), traces)).as("the state holds both people before").isNotEmpty();

        assertThat(chat.confirm(gone, "delete me").fallback()).contains("erased");

        assertThat(tracesUnder(redis.keyPrefix(), traces)).isEmpty();
        ProgramStats stats = chat.program.stats().stats();
        assertThat(stats.checkInsAnswered()).as("each answered one check-in").isEqualTo(2);
        assertThat(stats.pollsSent()).isEqualTo(1);
        assertThat(stats.feedbackResponses()).as("the partner's rating stays").isEqualTo(1);
        assertThat(stats.ratingTotal()).isEqualTo(partner == TESS ? 4 : 5);
        Pairing kept = chat.stores.pairings().of(partner.id()).get(0);
        assertThat(kept.status()).isEqualTo(PairingStatus.ENDED);
        assertThat(kept.partnerOf(partner.id()).platform()).isEqualTo("erased");
        assertThat(exportOf(chat, partner)).contains("NOTE-OF-" + partner.displayName().split(" ")[0].toUpperCase());
        assertThat(chat.send(gone, "export").fallback()).contains("holds no data about you");
    }

    /** Tess mentors Pia: the start survey, check-ins, a poll, goals, meeting notes, thanks, recognition; a mentee-choice program; a waitlist. */
    private static void everyFeature(Conversation chat, RedisStores redis) {
        redis.addressBook().remember(TESS.id(), "{\"user\":{\"id\":\"" + TESS_TEAMS_USER + "\",\"aadObjectId\":\"" + TESS_AAD
                + "\",\"name\":\"Tess Quill\"},\"conversation\":{\"id\":\"" + TESS_CONVERSATION + "\",\"conversationType\":\"personal\"},"
                + "\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\"}");
        redis.seenEvents().firstSighting("teams:activity:" + TESS_CONVERSATION + ":1712345678901", Duration.ofMinutes(10));
        redis.seenEvents().firstSighting("teams:welcome:" + TESS_CONVERSATION, Duration.ofMinutes(10));
        redis.seenEvents().firstSighting("slack:press:" + PIA_SLACK + ":checkin.met:checkin-3:" + PIA_DM + "/1712345678.000100",
                Duration.ofMinutes(10));
        redis.seenEvents().firstSighting("slack:event:" + PIA_SLACK + ":1712345678.000200", Duration.ofMinutes(10));

        join(chat, TESS, "join default", Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6"));
        join(chat, PIA, "join default", Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        assertThat(chat.send(admin(), "match default").fallback()).contains("1 new pair");
        chat.advance(Duration.ofDays(1));
        chat.program.journey().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run);
        for (Actor each : List.of(TESS, PIA)) {
            Reply survey = chat.send(each, "survey default");
            chat.submit(each, ActionIds.FORM_SURVEY, survey.form().orElseThrow().context(), Map.of("confidence", "3", "stay", "4"));
        }
        assertThat(redis.forProgram(ProgramSlug.DEFAULT).surveys().responses()).hasSize(2);
        Reply goals = chat.send(PIA, "goals");
        chat.submit(PIA, ActionIds.FORM_GOALS, goals.form().orElseThrow().context(),
                Map.of("goal1", "Ship a Go service with Tess", "by1", "June", "goal2", "Tell Pia's manager", "by2", ""));
        chat.send(TESS, "recognition on");
        chat.advance(Duration.ofDays(7));
        chat.send(admin(), "nudge default");
        chat.press(TESS, "We met", chat.last(TESS, Message.Kind.CHECK_IN));
        logMeeting(chat, TESS, "NOTE-OF-TESS: Pia Brandt wants a promotion");
        chat.advance(Duration.ofDays(14));
        chat.send(admin(), "nudge default");
        chat.press(PIA, "Not yet", chat.last(PIA, Message.Kind.CHECK_IN));
        logMeeting(chat, PIA, "NOTE-OF-PIA: Tess Quill was great");
        chat.send(admin(), "poll default");
        rate(chat, TESS, "4");
        rate(chat, PIA, "5");
        chat.send(PIA, "thanks Tess for the help");
        chat.send(TESS, "thanks Pia for the questions");

        join(chat, TESS, "join choice", Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6"));
        join(chat, PIA, "join choice", Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        join(chat, QUIN, "join choice", Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        chat.send(QUIN, "suggestions choice");
        chat.press(PIA, "Request Tess Quill", chat.send(PIA, "suggestions choice"));

        join(chat, TESS, "join eng", Map.of("role", "mentee", "skillsWanted", "rust", "level", "6"));
        join(chat, PIA, "join eng", Map.of("role", "mentee", "skillsWanted", "rust", "level", "2"));
        chat.send(admin(), "match eng");
    }

    /** Every key name, and every string, hash field or member stored under the prefix, that contains one of {@code traces}. */
    private static List<String> tracesUnder(String prefix, List<String> traces) {
        List<String> found = new ArrayList<>();
        for (String key : REDIS.keysUnder(prefix)) {
            List<String> held = new ArrayList<>(List.of(key));
            switch (REDIS.jedis().type(key)) {
                case "string" -> held.add(REDIS.jedis().get(key));
                case "hash" -> REDIS.jedis().hgetAll(key).forEach((field, value) -> {
                    held.add(field);
                    held.add(value);
                });
                case "set" -> held.addAll(REDIS.jedis().smembers(key));
                case "zset" -> held.addAll(REDIS.jedis().zrange(key, 0, -1));
                case "list" -> held.addAll(REDIS.jedis().lrange(key, 0, -1));
                default -> held.add("unread type of " + key);
            }
            for (String text : held) {
                traces.stream().filter(text::contains).forEach(trace -> found.add(key + " holds " + trace + ": " + text));
            }
        }
        return found;
    }

    private static Program program(ProgramSlug slug, MatchingMode mode) {
        return new Program(slug, slug.value(), "", null, mode, "", null, null, null, true, Set.of(), "", Duration.ofDays(3), null,
                null, null, List.of(), null);
    }

    private static void join(Conversation chat, Actor who, String words, Map<String, String> answers) {
        assertThat(chat.join(who, words, answers).fallback()).contains("Welcome");
    }

    private static void logMeeting(Conversation chat, Actor who, String notes) {
        String context = chat.send(who, "log").form().orElseThrow().context();
        String today = LocalDate.ofInstant(chat.clock.instant(), ZoneOffset.UTC).toString();
        assertThat(chat.submit(who, ActionIds.FORM_MEETING, context, Map.of("date", today, "minutes", "45", "notes", notes))
                .fallback()).contains("Meeting logged");
    }

    private static void rate(Conversation chat, Actor who, String rating) {
        Reply form = chat.press(who, "Give feedback", chat.last(who, Message.Kind.POLL));
        chat.submit(who, ActionIds.FORM_FEEDBACK, form.form().orElseThrow().context(), Map.of("rating", rating, "comment", "Fine"));
    }

    private static String exportOf(Conversation chat, Actor who) {
        return chat.send(who, "export").blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast)
                .findFirst().orElseThrow().content();
    }
}
