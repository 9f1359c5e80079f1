package org.mentorbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.ParticipantId;

class PlaygroundPeopleTest {

    private static final ParticipantId SEAT = new ParticipantId("web:admin");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final PlaygroundPeople people = new PlaygroundPeople(Optional.of(SEAT), new Admins(Set.of(SEAT)));

    @Test
    void theFirstPersonTakesTheAdminSeatAndTheOthersGetIdsFromTheirNames() {
        Person ada = people.create("Ada Lovelace", BERLIN);
        Person grace = people.create("Grace Hopper", BERLIN);

        assertThat(ada.id()).isEqualTo(SEAT);
        assertThat(ada.admin()).isTrue();
        assertThat(grace.id()).isEqualTo(new ParticipantId("web:grace-hopper"));
        assertThat(grace.admin()).isFalse();
    }

    @Test
    void namesThatMakeTheSameIdGetNumberedAndNobodyElseGetsTheSeat() {
        people.create("First", BERLIN);

        assertThat(people.create("Admin", BERLIN).id().userId()).isEqualTo("admin-2");
        assertThat(people.create("Zoë  Müller", BERLIN).id().userId()).isEqualTo("zoe-muller");
        assertThat(people.create("Zoe Muller", BERLIN).id().userId()).isEqualTo("zoe-muller-2");
        assertThat(people.create("<script>", BERLIN).id().userId()).isEqualTo("script");
        assertThat(people.create("李雷", BERLIN).id().userId()).isEqualTo("person");
    }

    @Test
    void withoutASeatNobodyBecomesAdminByBeingFirstOrByChoosingAnAdminsName() {
        PlaygroundPeople besideSlack = new PlaygroundPeople(Optional.empty(),
                new Admins(Set.of(new ParticipantId("web:ada"), new ParticipantId("slack:UADMIN"))));

        Person bob = besideSlack.create("Bob", BERLIN);
        Person impostor = besideSlack.create("Ada", BERLIN);

        assertThat(bob.admin()).isFalse();
        assertThat(impostor.id()).isEqualTo(new ParticipantId("web:ada-2"));
        assertThat(impostor.admin()).isFalse();
        assertThat(besideSlack.find("ada")).hasValueSatisfying(ada -> assertThat(ada.admin())
                .as("configured by id through MENTORBOT_ADMINS=web:ada, there from the start").isTrue());
        assertThat(besideSlack.all()).extracting(Person::id).containsExactly(new ParticipantId("web:ada"), bob.id(), impostor.id());
    }

    @Test
    void ensuringAKnownPersonKeepsThemAsTheyWere() {
        Person first = people.ensure("sample-amara", "Amara", BERLIN);
        Person again = people.ensure("sample-amara", "Amara Renamed", ZoneId.of("UTC"));

        assertThat(again).isEqualTo(first);
        assertThat(people.all()).containsExactly(first);
        assertThat(people.knows(first.id())).isTrue();
        assertThat(people.knows(new ParticipantId("slack:sample-amara"))).isFalse();
    }

    @Test
    void blankAndOverlongNamesAreRefusedWithASentence() {
        assertThatThrownBy(() -> people.create("  ", BERLIN)).isInstanceOf(PlaygroundRequestException.class)
                .hasMessage("A name is 1 to 80 characters.");
        assertThatThrownBy(() -> people.create("x".repeat(81), BERLIN)).isInstanceOf(PlaygroundRequestException.class);
    }

    @Test
    void theDirectoryIsBounded() {
        for (int i = 0; i < PlaygroundPeople.MAX_PEOPLE; i++) {
            people.create("Person " + i, BERLIN);
        }

        assertThatThrownBy(() -> people.create("One too many", BERLIN)).isInstanceOf(PlaygroundRequestException.class)
                .hasMessageContaining("at most 200 people");
    }
}
