package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.memory.InMemoryAddressBook;
import org.mentorbot.core.memory.InMemoryCheckInStore;
import org.mentorbot.core.memory.InMemoryFeedbackStore;
import org.mentorbot.core.memory.InMemoryPairingStore;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;
import org.mockito.Mockito;

/** Whatever people type or press, they get a sentence that says what to do, and nothing changes by mistake. */
class BadInputTest {

    final Conversation chat = new Conversation();
    final Actor alice = person("UALICE", "Alice");
    final Actor bob = person("UBOB", "Bob");

    @Test
    void anUnknownCommandGetsTheHelp() {
        Reply reply = chat.send(alice, "make me a sandwich");
        assertThat(reply.fallback()).contains("Mentorbot", "join", "delete me", "match preview");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "match", "match preview", "nudge", "poll"})
    void aNonAdminIsRefusedAdminCommandsAndNothingHappens(String command) {
        chat.join(alice, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "5"));
        chat.join(bob, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));

        assertThat(chat.send(bob, command).fallback()).contains("Only program admins");

        assertThat(chat.stores.pairings().all()).isEmpty();
        assertThat(chat.messenger.all()).isEmpty();
    }

    @Test
    void formValuesThatAreWrongAreNamedAndNothingIsSaved() {
        Reply rejected = chat.join(alice, Map.of("role", "captain", "level", "eleven", "timezone", "Mars/Olympus",
                "languages", " , ", "goals", "x".repeat(1001)));

        assertThat(rejected.isFormRejection()).isTrue();
        assertThat(rejected.fieldErrors()).containsOnlyKeys("role", "level", "timezone", "languages", "goals");
        assertThat(rejected.fieldErrors().get("timezone")).contains("Europe/Berlin");
        assertThat(rejected.fieldErrors().get("goals")).contains("at most 1000 characters");
        assertThat(chat.stores.participants().all()).isEmpty();
    }

    @Test
    void aMentorWithoutCapacityOrSkillsIsAskedForThem() {
        Reply rejected = chat.join(alice, Map.of("role", "mentor", "capacity", "0", "skillsOffered", ""));
        assertThat(rejected.fieldErrors()).containsOnlyKeys("capacity", "skillsOffered");
    }

    @Test
    void overlongListsAreRefused() {
        Reply rejected = chat.join(alice, Map.of("role", "mentee", "skillsWanted", "y".repeat(61)));
        assertThat(rejected.fieldErrors()).containsOnlyKeys("skillsWanted");
    }

    @Test
    void joiningAgainUpdatesTheProfileAndNeverDuplicates() {
        chat.join(alice, Map.of("role", "mentee", "skillsWanted", "go"));
        Reply updated = chat.join(alice, Map.of("role", "both", "skillsWanted", "rust", "skillsOffered", "go", "capacity", "2"));

        assertThat(updated.fallback()).contains("profile is updated");
        assertThat(chat.stores.participants().all()).hasSize(1);
        assertThat(chat.stores.participants().all().get(0).profile().skillsWanted()).containsExactly("rust");
    }

    @Test
    void answeringAnotherPairsCheckInIsRefused() {
        Actor carol = person("UCAROL", "Carol");
        chat.join(alice, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "5"));
        chat.join(bob, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        chat.send(admin(), "match");
        chat.advance(Duration.ofDays(7));
        chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run);

        Reply reply = chat.press(carol, "We met", chat.last(bob, Message.Kind.CHECK_IN));

        assertThat(reply.fallback()).contains("belongs to another pair");
        assertThat(chat.stores.checkIns().all()).allMatch(c -> c.answer() == null);
    }

    @Test
    void forgedButtonsAndFormsGetAClearAnswer() {
        assertThat(chat.bot.handle(new Inbound.ButtonPressed(alice, ActionIds.CHECKIN_MET, "checkin-nope")))
                .extracting(Reply::fallback).asString().contains("don't know that check-in");
        assertThat(chat.bot.handle(new Inbound.ButtonPressed(alice, "no.such.action", "x")))
                .extracting(Reply::fallback).asString().contains("no longer in use");
        assertThat(chat.bot.handle(new Inbound.FormSubmitted(alice, ActionIds.FORM_FEEDBACK, "poll-nope", Map.of("rating", "9"))))
                .extracting(Reply::fallback).asString().contains("don't know that poll");
    }

    @Test
    void aStoreOutageAsksToTryAgainShortly() {
        ParticipantStore down = Mockito.mock(ParticipantStore.class);
        Mockito.when(down.find(Mockito.any())).thenThrow(new StoreUnavailableException("Redis is down", null));
        Conversation outage = new Conversation(new Stores(down, new InMemoryPairingStore(), new InMemoryCheckInStore(),
                new InMemoryFeedbackStore(), new InMemoryAddressBook()), ProgramSettings.defaults());

        Reply reply = outage.bot.handle(new Inbound.CommandReceived(alice, "profile"));

        assertThat(reply.fallback()).isEqualTo(
                "I can't reach the program's records right now, so nothing was changed. Please try again shortly.");
    }
}
