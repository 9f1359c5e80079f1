package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;

/**
 * Guidance and recognition as people live it: a mentee thanks a mentor, shared in the channel
 * only with consent and only for a mentor who opted in; the mentor's milestones are recognised
 * once each; an opted-out mentor is never named in the channel or the admins' list.
 */
class GuidanceJourneyTest {

    static final ProgramSlug ENG = new ProgramSlug("eng");
    static final ParticipantId CHANNEL = new ParticipantId("slack:CENG");

    final Conversation chat = new Conversation(Stores.inMemory(), List.of(engWithChannel()));
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");
    final Actor rui = person("URUI", "Rui");
    final Actor ana = person("UANA", "Ana");

    @Test
    void aMenteeThanksAMentorWhoIsRecognisedOncePerMilestone() {
        assertThat(chat.join(maya, "join eng", mentor()).fallback()).contains("What is expected of a mentor");
        assertThat(chat.join(ed, "join eng", mentee()).fallback()).contains("What is expected of a mentee");
        assertThat(chat.send(admin(), "match eng").fallback()).contains("1 new pair");
        assertThat(chat.last(ed, Message.Kind.INTRODUCTION).fallback()).contains("Your first meeting: Here is a simple agenda");
        assertThat(chat.last(ed, Message.Kind.INTRODUCTION).blocks()).as("each can reach the other")
                .filteredOn(org.mentorbot.core.conversation.Block.Contacts.class::isInstance)
                .singleElement().extracting(b -> ((org.mentorbot.core.conversation.Block.Contacts) b).people().stream()
                        .map(org.mentorbot.core.conversation.Block.Contact::id).toList())
                .isEqualTo(List.of(maya.id(), ed.id()));

        Reply privately = chat.send(ed, "thanks for the great first session!");
        assertThat(privately.fallback()).isEqualTo("Your thanks went to Maya.");
        assertThat(Conversation.button(privately, "Share in the program's channel")).isEmpty();
        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).isEqualTo("Ed says thank you: \"for the great first session!\"");

        assertThat(chat.send(maya, "recognition on").fallback()).contains("may now be recognised");
        Reply offered = chat.send(ed, "Thanks! <b>Really</b> <@UHERE> helpful");
        assertThat(chat.inbox(person("CENG", "channel"))).isEmpty();
        assertThat(chat.press(ed, "Share in the program's channel", offered).fallback()).contains("Shared in the program's channel");
        assertThat(chat.press(ed, "Share in the program's channel", offered).fallback()).contains("already in the channel");
        assertThat(channelPosts()).containsExactly("Ed thanked Maya: \"<b>Really</b> <@UHERE> helpful\"");

        for (int meeting = 1; meeting <= 6; meeting++) {
            Reply answered = meet(maya);
            assertThat(Conversation.button(answered, "Say thanks")).isPresent();
        }
        assertThat(notices(maya, "first mentoring meeting")).isEqualTo(1);
        assertThat(notices(maya, "Five mentoring meetings")).isEqualTo(1);
        assertThat(channelPosts()).contains("Please welcome Maya to mentoring: they held their first meeting in Engineering mentoring.",
                "Maya has held 5 mentoring meetings in Engineering mentoring. Thank you, Maya!").hasSize(3);

        assertThat(chat.send(admin(), "recognition eng").fallback()).contains("Maya: 6 meetings held, 2 thanks received");
        assertThat(chat.send(admin(), "stats eng").fallback()).contains("Thanks sent: 2");
        assertThat(chat.send(maya, "export").blocks().toString()).contains("thanksReceived", "for the great first session!",
                "\"meetingsHeldAsMentor\": 6");

        assertThat(chat.send(admin(), "program close eng").fallback()).contains("Closed Engineering mentoring");
        assertThat(notices(maya, "You held 6 mentoring meetings")).isEqualTo(1);
        assertThat(channelPosts()).last().asString().contains("Thank you, Maya, for mentoring in it (6 meetings)");
    }

    @Test
    void anOptedOutMentorIsNeverNamedInTheChannelOrTheList() {
        chat.join(maya, "join eng", mentor());
        chat.join(rui, "join eng", Map.of("role", "mentor", "skillsOffered", "rust", "capacity", "1", "level", "7"));
        chat.join(ed, "join eng", mentee());
        chat.join(ana, "join eng", Map.of("role", "mentee", "skillsWanted", "rust", "level", "2"));
        chat.send(admin(), "match eng");
        chat.send(maya, "recognition on");

        Reply form = chat.send(ana, "thanks");
        assertThat(form.form()).get().satisfies(f -> assertThat(f.id()).isEqualTo(ActionIds.FORM_THANKS));
        Reply sent = chat.submit(ana, ActionIds.FORM_THANKS, form.form().get().context(), Map.of("words", "You unblocked me", "share", "yes"));
        assertThat(sent.fallback()).contains("Your thanks went to Rui", "Rui keeps recognition private");
        assertThat(chat.last(rui, Message.Kind.NOTICE).fallback()).contains("Ana says thank you: \"You unblocked me\"");

        meet(rui);
        meet(maya);
        assertThat(notices(rui, "first mentoring meeting")).isEqualTo(1);
        assertThat(channelPosts()).noneMatch(p -> p.contains("Rui")).anyMatch(p -> p.contains("Maya"));
        Reply list = chat.send(admin(), "recognition eng");
        assertThat(list.fallback()).contains("Maya: 1 meeting held", "1 more mentors held meetings but keep their recognition private")
                .doesNotContain("Rui");

        chat.send(maya, "recognition off");
        assertThat(chat.send(admin(), "recognition").fallback()).contains("No mentor of Engineering mentoring has opted in")
                .doesNotContain("Maya");
    }

    @Test
    void thanksNeedAPartnerAndAreCappedInLengthAndPerDay() {
        assertThat(chat.send(ed, "thanks Maya").fallback()).contains("no partner", "nothing was sent");
        chat.join(maya, "join eng", mentor());
        chat.join(ed, "join eng", mentee());
        chat.send(admin(), "match eng");
        int before = chat.messenger.all().size();

        assertThat(chat.send(ed, "thanks " + "x".repeat(5_000)).fallback()).contains("5000 characters", "the limit is 500", "Nothing was sent");
        assertThat(chat.send(ed, "thanks <@UED> for being me").fallback()).contains("can't thank yourself");
        assertThat(chat.send(rui, "thanks!").fallback()).contains("no partner");
        assertThat(chat.messenger.all()).hasSize(before);

        for (int i = 0; i < 3; i++) {
            assertThat(chat.send(ed, "thanks " + i).fallback()).contains("went to Maya");
        }
        assertThat(chat.send(ed, "thanks again").fallback()).contains("already thanked Maya 3 times today");
        assertThat(chat.messenger.all()).hasSize(before + 3);
        chat.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(chat.send(ed, "thanks, a day later").fallback()).contains("went to Maya");

        String pair = chat.registry.stores(ENG).pairings().all().get(0).id().value();
        assertThat(chat.bot.handle(new org.mentorbot.core.conversation.Inbound.ButtonPressed(rui, ActionIds.THANKS_OPEN, pair))
                .fallback()).contains("no partner");
        String thanksId = chat.registry.stores(ENG).recognition().thanksFrom(ed.id()).get(0).id();
        assertThat(chat.bot.handle(new org.mentorbot.core.conversation.Inbound.ButtonPressed(maya, ActionIds.THANKS_SHARE, thanksId))
                .fallback()).contains("Only the person who sent");
        assertThat(channelPosts()).isEmpty();
    }

    @Test
    void resourcesFitTheRoleAndAdminsAddTheirOwn() {
        assertThat(chat.send(rui, "resources").fallback()).contains("Guides for mentors and mentees", "What is expected of a mentor",
                "What is expected of a mentee", "How to close well");
        chat.join(maya, "join eng", mentor());
        Reply mine = chat.send(maya, "resources");
        assertThat(mine.fallback()).contains("Guides for you as a mentor", "What is expected of a mentor", "first meeting",
                "How to set goals", "Giving and receiving feedback", "How to close well").doesNotContain("What is expected of a mentee");

        assertThat(chat.send(maya, "resource add eng").fallback()).contains("Only program admins");
        Reply form = chat.send(admin(), "resource add eng");
        String context = form.form().orElseThrow().context();
        Reply rejected = chat.submit(admin(), ActionIds.FORM_RESOURCE, context, Map.of("title", "Mentee handbook", "for", "mentee",
                "url", "javascript:alert(1)"));
        assertThat(rejected.fieldErrors()).containsKey("url");
        assertThat(chat.submit(admin(), ActionIds.FORM_RESOURCE, context, Map.of("title", "Mentee handbook", "for", "mentee",
                "url", "https://intranet.example/mentees")).fallback()).contains("Added \"Mentee handbook\" to Engineering mentoring");

        assertThat(chat.send(maya, "resources").fallback()).doesNotContain("Mentee handbook");
        chat.join(ed, "join eng", mentee());
        assertThat(chat.send(ed, "resources eng").fallback()).contains("From Engineering mentoring:", "Mentee handbook",
                "Read it: https://intranet.example/mentees");
    }

    @Test
    void aMenteesGoalAchievedIsRecognisedOncePerMentee() {
        chat.join(maya, "join eng", mentor());
        chat.join(ed, "join eng", mentee());
        chat.send(admin(), "match eng");
        var pairing = chat.registry.stores(ENG).pairings().all().get(0);
        var recognition = chat.registry.flows(chat.registry.find(ENG).orElseThrow()).recognition();
        recognition.goalAchieved(pairing, chat.clock.instant());
        recognition.goalAchieved(pairing, chat.clock.instant());
        assertThat(notices(maya, "Your mentee reached a goal")).isEqualTo(1);
        assertThat(channelPosts()).as("Maya did not opt in").isEmpty();
        assertThat(chat.send(admin(), "recognition eng").fallback()).doesNotContain("Maya: Maya");
    }

    @Test
    void theJourneyFeedsRecognitionMeetingsLoggedOnceAndGoalsAchieved() {
        chat.join(maya, "join eng", mentor());
        chat.join(ed, "join eng", mentee());
        chat.send(admin(), "match eng");
        var store = chat.registry.stores(ENG).recognition();

        Reply met = meet(maya);
        chat.submit(maya, ActionIds.FORM_MEETING, chat.press(maya, "Log this meeting", met).form().orElseThrow().context(),
                Map.of("date", today(), "minutes", "45"));
        assertThat(store.meetingsHeld(maya.id())).as("a meeting pressed and then logged counts once").isEqualTo(1);

        chat.advance(Duration.ofDays(8));
        chat.submit(ed, ActionIds.FORM_MEETING, chat.send(ed, "log eng").form().orElseThrow().context(),
                Map.of("date", today(), "minutes", "30"));
        assertThat(store.meetingsHeld(maya.id())).as("a meeting only logged counts").isEqualTo(2);

        var goals = chat.send(ed, "goals eng").form().orElseThrow();
        chat.submit(ed, ActionIds.FORM_GOALS, goals.context(), Map.of("goal1", "Give a talk", "status1", "in-progress"));
        assertThat(notices(maya, "Your mentee reached a goal")).isZero();
        chat.submit(ed, ActionIds.FORM_GOALS, goals.context(), Map.of("goal1", "Give a talk", "status1", "achieved"));
        chat.submit(ed, ActionIds.FORM_GOALS, goals.context(), Map.of("goal1", "Give a talk", "status1", "achieved",
                "goal2", "Lead a review", "status2", "achieved"));
        assertThat(notices(maya, "Your mentee reached a goal")).as("once per mentee").isEqualTo(1);
    }

    private String today() {
        return java.time.LocalDate.ofInstant(chat.clock.instant(), java.time.ZoneOffset.UTC).toString();
    }

    @Test
    void deleteMeErasesThanksAndRecognition() {
        chat.join(maya, "join eng", mentor());
        chat.join(ed, "join eng", mentee());
        chat.send(admin(), "match eng");
        chat.send(ed, "thanks Maya");
        meet(maya);
        chat.confirm(maya, "delete me");
        var store = chat.registry.stores(ENG).recognition();
        assertThat(store.thanksTo(maya.id())).isEmpty();
        assertThat(store.thanksFrom(ed.id())).isEmpty();
        assertThat(store.meetingsHeld(maya.id())).isZero();
        assertThat(store.milestonesOf(maya.id())).isEmpty();
    }

    private Reply meet(Actor mentor) {
        chat.send(admin(), "nudge eng");
        return chat.press(mentor, "We met", chat.last(mentor, Message.Kind.CHECK_IN));
    }

    private long notices(Actor who, String words) {
        return chat.messenger.inbox(who.id(), Message.Kind.NOTICE).stream().filter(m -> m.content().fallback().contains(words)).count();
    }

    private List<String> channelPosts() {
        return chat.messenger.inbox(CHANNEL, Message.Kind.CHANNEL_POST).stream().map(m -> m.content().fallback()).toList();
    }

    private static Map<String, String> mentor() {
        return Map.of("role", "mentor", "skillsOffered", "leadership, go", "capacity", "1", "level", "6");
    }

    private static Map<String, String> mentee() {
        return Map.of("role", "mentee", "skillsWanted", "leadership, go", "level", "2");
    }

    static Program engWithChannel() {
        Program p = Program.named(ENG, "Engineering mentoring");
        return new Program(p.slug(), p.name(), p.objectives(), p.kind(), p.matching(), p.matchingCron(),
                new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3),
                null, null, true, Set.of(), CHANNEL.value(), null, null, null, null, List.of(), null);
    }

    static ProgramEnd never() {
        return ProgramEnd.NEVER;
    }
}
