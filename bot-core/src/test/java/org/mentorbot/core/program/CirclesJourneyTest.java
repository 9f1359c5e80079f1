package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.admin.ProgramStats;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramKind;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;

/**
 * A mentoring circle as its members live it: formed in one round, checked in on together in one
 * message that any member answers for the circle, polled together with each member answering for
 * themself, and carrying on when a member leaves until its last mentee is gone.
 */
class CirclesJourneyTest {

    static final ProgramSlug CIRCLE = new ProgramSlug("circle");

    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");
    final Actor ana = person("UANA", "Ana");
    final Actor leo = person("ULEO", "Leo");

    final Conversation chat = new Conversation(Stores.inMemory(), List.of(new Program(CIRCLE, "Go circles", "",
            ProgramKind.CIRCLES, MatchingMode.ADMIN, "", new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7),
            Duration.ofDays(30), false, 2), null, null, true, Set.of(), "", null, null, null, null, List.of(), null)));

    @Test
    void aCircleOfThreeIsCheckedInOnAndPolledTogetherAndCarriesOnWhenAMemberLeaves() {
        formCircle();
        List<Pairing> circle = pairings();
        assertThat(circle).hasSize(3).extracting(Pairing::circle).doesNotContainNull().containsOnly(circle.get(0).circle());

        chat.advance(Duration.ofDays(7));
        assertThat(sendCheckIns().sent()).as("one check-in for the circle, not one per pairing").isEqualTo(1);
        assertThat(sendCheckIns().sent()).as("exactly once").isZero();
        Message checkIn = onlyMessage(Message.Kind.CHECK_IN);
        assertThat(checkIn.to()).as("one message to four people").containsExactlyInAnyOrder(maya.id(), ed.id(), ana.id(), leo.id());
        assertThat(checkIn.content().fallback()).contains("Maya's circle with", "Ed", "Ana", "Leo", "One answer counts for the circle");

        Reply answered = chat.press(ana, "Not yet", checkIn.content());
        assertThat(answered.fallback()).contains("Ana answered: Not yet");
        assertThat(answered.replacesOriginal()).as("the message is updated for everyone").isTrue();
        assertThat(chat.press(maya, "We met", checkIn.content()).fallback()).contains("already answered by Ana");
        assertThat(stores().checkIns().all()).singleElement().satisfies(c -> assertThat(c.answered())
                .hasValueSatisfying(a -> assertThat(a.outcome()).isEqualTo(CheckInOutcome.NOT_YET)));
        assertThat(pairings()).as("the circle's answer moves each pairing's rhythm").extracting(Pairing::notYetStreak)
                .containsOnly(1);
        ProgramStats stats = flows().stats().stats();
        assertThat(stats.checkInsSent()).isEqualTo(1);
        assertThat(stats.checkInsAnswered()).isEqualTo(1);
        assertThat(stats.activePairs()).isEqualTo(3);

        chat.advance(Duration.ofDays(14));
        sendCheckIns();
        chat.press(ed, "Not yet", chat.last(ed, Message.Kind.CHECK_IN));
        assertThat(chat.last(admin(), Message.Kind.ADMIN_ALERT).fallback())
                .contains("The circle of mentor Maya with", "looks stalled: 2 check-ins in a row");
        assertThat(chat.messenger.inbox(admin().id(), Message.Kind.ADMIN_ALERT)).as("one alert for the circle").hasSize(1);

        chat.advance(Duration.ofDays(10));
        assertThat(flows().feedback().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isEqualTo(1);
        assertThat(flows().feedback().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isZero();
        Message poll = onlyMessage(Message.Kind.POLL);
        assertThat(poll.to()).containsExactlyInAnyOrder(maya.id(), ed.id(), ana.id(), leo.id());
        assertThat(poll.content().fallback()).contains("rate your circle", "each of you for yourself");
        for (Actor member : List.of(maya, ed, ana, leo)) {
            assertThat(rate(member, poll.content(), "4").fallback()).contains("Thank you");
        }
        assertThat(rate(ed, poll.content(), "1").fallback()).as("one answer per person").contains("already answered");
        assertThat(stores().feedback().polls()).hasSize(1);
        assertThat(stores().feedback().responses()).hasSize(4);
        assertThat(flows().stats().stats().averageRating()).hasValue(4.0);

        assertThat(chat.confirm(leo, "leave circle").fallback()).contains("You've left");
        chat.advance(Duration.ofDays(14));
        assertThat(sendCheckIns().sent()).as("the circle carries on").isEqualTo(1);
        Reply third = chat.last(maya, Message.Kind.CHECK_IN);
        assertThat(chat.messenger.inbox(maya.id(), Message.Kind.CHECK_IN).get(2).to()).containsExactlyInAnyOrder(maya.id(), ed.id(), ana.id());
        assertThat(third.fallback()).contains("Maya's circle with", "Ed", "Ana").doesNotContain("Leo");
        assertThat(chat.press(leo, "We met", third).fallback()).contains("no longer in this circle");
        assertThat(chat.press(ed, "We met", third).fallback()).contains("Ed answered: We met");
        assertThat(pairings()).filteredOn(p -> p.status().isOpen()).extracting(Pairing::notYetStreak, Pairing::stalled)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(0, false));

        chat.confirm(ed, "leave circle");
        chat.confirm(ana, "leave circle");
        chat.advance(Duration.ofDays(14));
        assertThat(sendCheckIns().sent()).as("its last mentee gone, the circle has ended").isZero();
        assertThat(chat.press(maya, "Not yet", third).fallback()).contains("This circle has ended");
    }

    @Test
    void aMemberWhoLeftCannotAnswerTheCirclesCheckInAndAMeetingLoggedAnswersIt() {
        formCircle();
        chat.advance(Duration.ofDays(7));
        sendCheckIns();
        Reply checkIn = chat.last(ed, Message.Kind.CHECK_IN);
        chat.confirm(leo, "leave circle");

        assertThat(chat.press(leo, "We met", checkIn).fallback()).contains("no longer in this circle");
        assertThat(stores().checkIns().all()).singleElement().satisfies(c -> assertThat(c.answered()).isEmpty());

        Pairing anas = pairings().stream().filter(p -> p.mentee().equals(ana.id())).findFirst().orElseThrow();
        assertThat(flows().checkIns().answerMetByLog(anas.id(), ana.id(), chat.clock.instant())).isTrue();
        assertThat(stores().checkIns().all()).singleElement().extracting(CheckIn::answer)
                .satisfies(a -> assertThat(a.by()).isEqualTo(ana.id()));
    }

    @Test
    void theCircleIsInTheExportAndErasingAMemberKeepsTheCircleForTheOthers() {
        formCircle();
        chat.advance(Duration.ofDays(7));
        sendCheckIns();
        CircleId circle = pairings().get(0).circle();
        assertThat(chat.send(leo, "export").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Document.class,
                d -> assertThat(d.content()).contains("\"circle\": \"" + circle.value() + "\"", "\"checkIns\": [{")));

        chat.confirm(leo, "delete me");

        assertThat(pairings()).hasSize(3).filteredOn(p -> p.status() == PairingStatus.ACTIVE).hasSize(2)
                .noneMatch(p -> p.involves(leo.id()));
        assertThat(pairings()).filteredOn(p -> p.status() == PairingStatus.ENDED).singleElement()
                .satisfies(p -> assertThat(p.mentee().value()).startsWith("erased:"));
        assertThat(stores().checkIns().all()).as("kept for the others, as a pair's are").hasSize(1);
        chat.advance(Duration.ofDays(14));
        assertThat(sendCheckIns().sent()).isEqualTo(1);
        assertThat(chat.last(ed, Message.Kind.CHECK_IN).fallback()).contains("Maya's circle with", "Ed", "Ana").doesNotContain("Leo");
    }

    private void formCircle() {
        assertThat(chat.join(maya, "join circle", Map.of("role", "mentor", "skillsOffered", "go", "capacity", "3", "level", "6"))
                .fallback()).contains("Welcome");
        for (Actor mentee : List.of(ed, ana, leo)) {
            assertThat(chat.join(mentee, "join circle", Map.of("role", "mentee", "skillsWanted", "go", "level", "3")).fallback())
                    .contains("Welcome");
        }
        assertThat(chat.send(admin(), "match circle").fallback()).contains("3 new pairs introduced");
    }

    private org.mentorbot.core.checkin.CheckInFlow.NudgeSummary sendCheckIns() {
        return flows().checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run);
    }

    /** The one message of this kind sent to anyone so far. */
    private Message onlyMessage(Message.Kind kind) {
        List<Message> sent = chat.messenger.all().stream().filter(m -> m.kind() == kind).distinct().toList();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private Reply rate(Actor who, Reply poll, String rating) {
        Reply form = chat.press(who, "Give feedback", poll);
        return form.form().map(f -> chat.submit(who, ActionIds.FORM_FEEDBACK, f.context(), Map.of(FeedbackFlow.RATING, rating)))
                .orElse(form);
    }

    private ProgramFlows flows() {
        return chat.registry.flows(chat.registry.find(CIRCLE).orElseThrow());
    }

    private Stores stores() {
        return chat.registry.stores(CIRCLE);
    }

    private List<Pairing> pairings() {
        return stores().pairings().all().stream().sorted(java.util.Comparator.comparing(p -> p.id().value())).toList();
    }
}
