package org.mentorbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.ParticipantId;

/** The behaviour every {@link AddressBook} shares: the latest address per person, kept verbatim until forgotten. */
public abstract class AddressBookContract {

    private static final ParticipantId ALICE = new ParticipantId("teams:alice");
    private static final ParticipantId BOB = new ParticipantId("teams:bob");

    private AddressBook book;

    /** A new, empty address book; called before each test. */
    protected abstract AddressBook newStore();

    @BeforeEach
    void emptyBook() {
        book = newStore();
    }

    @Test
    void knowsNoAddressOfSomeoneWhoNeverTalkedToTheBot() {
        assertThat(book.addressOf(ALICE)).isEmpty();
    }

    @Test
    void remembersAnAddressVerbatim() {
        String reference = "{\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\n"
                + "\"conversation\":{\"id\":\"a:1Xyz\"},\"user\":{\"name\":\"Zoë\"}}";

        book.remember(ALICE, reference);

        assertThat(book.addressOf(ALICE)).contains(reference);
    }

    @Test
    void theLatestAddressReplacesAnOlderOne() {
        book.remember(ALICE, "old");

        book.remember(ALICE, "new");

        assertThat(book.addressOf(ALICE)).contains("new");
    }

    @Test
    void keepsEachPersonsAddressApart() {
        book.remember(ALICE, "alice's");
        book.remember(BOB, "bob's");

        assertThat(book.addressOf(ALICE)).contains("alice's");
        assertThat(book.addressOf(BOB)).contains("bob's");
    }

    @Test
    void forgetsAnAddressAndOnlyThatOne() {
        book.remember(ALICE, "alice's");
        book.remember(BOB, "bob's");

        book.forget(ALICE);

        assertThat(book.addressOf(ALICE)).isEmpty();
        assertThat(book.addressOf(BOB)).contains("bob's");
    }

    @Test
    void forgettingSomeoneUnknownDoesNothing() {
        book.forget(ALICE);

        assertThat(book.addressOf(ALICE)).isEmpty();
    }
}
