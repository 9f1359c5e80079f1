package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.testkit.Conversation;

/** One person's own journey: their profile, pausing, resuming, exporting and erasing their data. */
class PersonalLifecycleTest {

    final Conversation chat = new Conversation();
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");

    @BeforeEach
    void paired() {
        chat.join(maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6", "timezone", "Asia/Tokyo"));
        chat.join(ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2", "timezone", "Europe/Berlin", "goals", "Ship <b>Go</b> services"));
        chat.send(admin(), "match");
    }

    @Test
    void theProfileShowsThePartnerAndTheNextCheckInInMyTimeZone() {
        Reply profile = chat.send(ed, "profile");
        assertThat(profile.fallback()).contains("Your mentor: Maya", "Next check-in: Mon 9 Mar, 11:00 (Europe/Berlin)",
                "Goals: Ship <b>Go</b> services");
        assertThat(profile.blocks()).anyMatch(b -> b instanceof Block.Actions);
    }

    @Test
    void pausingStopsNudgesForThePairAndResumingStartsThemAgain() {
        assertThat(chat.send(ed, "pause").fallback()).contains("Paused");
        assertThat(chat.stores.pairings().all()).allMatch(p -> p.status() == PairingStatus.PAUSED);

        chat.advance(Duration.ofDays(8));
        assertThat(chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isZero();
        assertThat(chat.send(admin(), "match preview").fallback()).contains("0 pairs, 0 waiting");

        assertThat(chat.send(ed, "resume").fallback()).contains("Welcome back");
        assertThat(chat.stores.pairings().all()).allMatch(p -> p.status() == PairingStatus.ACTIVE);
        chat.advance(Duration.ofDays(14));
        assertThat(chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isEqualTo(1);
    }

    @Test
    void nudgingTwiceAtTheSameInstantSendsOnce() {
        chat.advance(Duration.ofDays(7));
        assertThat(chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isEqualTo(1);
        assertThat(chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isZero();
        assertThat(chat.inbox(ed)).filteredOn(m -> m.kind() == Message.Kind.CHECK_IN).hasSize(1);
    }

    @Test
    void aNudgeThatCannotBeDeliveredIsNotRecordedAndTheAdminsAreTold() {
        chat.messenger.makeUnreachable(maya.id());
        chat.messenger.makeUnreachable(ed.id());
        chat.advance(Duration.ofDays(7));

        assertThat(chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).failed()).isEqualTo(1);
        assertThat(chat.stores.checkIns().all()).isEmpty();
        assertThat(chat.last(admin(), Message.Kind.ADMIN_ALERT).fallback()).contains("could not deliver a check-in", "slack:UED");
        assertThat(chat.stores.pairings().all().get(0).nextCheckInAt()).isBefore(chat.clock.instant().plus(Duration.ofDays(1)));
    }

    @Test
    void exportHoldsEverythingAboutMeAndOnlyMe() {
        Reply export = chat.send(ed, "export");
        Block.Document file = export.blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast)
                .findFirst().orElseThrow();
        assertThat(file.filename()).isEqualTo("mentorbot-data.json");
        assertThat(file.content()).contains("\"id\": \"slack:UED\"", "\"goals\": \"Ship <b>Go</b> services\"",
                "\"mentor\": \"slack:UMAYA\"").doesNotContain("Asia/Tokyo");
    }

    @Test
    void deleteMeErasesMyDataAndTellsMyPartner() {
        assertThat(chat.confirm(ed, "delete me").fallback()).contains("erased");

        assertThat(chat.stores.participants().find(ed.id())).isEmpty();
        assertThat(chat.stores.pairings().all()).singleElement().satisfies(kept -> {
            assertThat(kept.status()).isEqualTo(PairingStatus.ENDED);
            assertThat(kept.mentor()).isEqualTo(maya.id());
            assertThat(kept.mentee().platform()).isEqualTo("erased");
        });
        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).contains("Ed has left", "Thank you for mentoring");
        assertThat(chat.send(ed, "export").fallback()).contains("holds no data about you");
    }
}
