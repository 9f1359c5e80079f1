package org.mentorbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.schedule.ProgramSettings;

class SamplePeopleTest {

    private static final ParticipantId SEAT = new ParticipantId("web:admin");

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private final Admins admins = new Admins(Set.of(SEAT));
    private final PlaygroundPeople people = new PlaygroundPeople(Optional.of(SEAT), admins);
    private final Stores stores = Stores.inMemory();
    private final MentorBot bot = bot();
    private final SamplePeople samples = new SamplePeople(SamplePeople.shipped(new ObjectMapper()), people, bot);

    @Test
    void everySamplePersonEnrolsThroughTheRealFormAndTheMixIsVaried() {
        SamplePeople.Loaded loaded = samples.load();

        assertThat(loaded.rejected()).isEmpty();
        assertThat(loaded.enrolled()).isEqualTo(20);
        var profiles = stores.participants().all().stream().map(p -> p.profile()).toList();
        assertThat(profiles).extracting(p -> p.role()).contains(Role.MENTOR, Role.MENTEE, Role.BOTH);
        assertThat(profiles.stream().map(p -> p.timezone()).distinct().count()).isGreaterThan(10);
        assertThat(profiles.stream().map(p -> p.department()).distinct().count()).isGreaterThan(5);
    }

    @Test
    void loadingTwiceKeepsTwentyPeopleAndTheVisitor() {
        samples.load();
        samples.load();

        assertThat(people.all()).hasSize(21);
        assertThat(stores.participants().all()).hasSize(20);
    }

    @Test
    void theVisitorTakesTheFreeAdminSeatAndComesFirst() {
        samples.load();

        assertThat(people.all().get(0)).satisfies(visitor -> {
            assertThat(visitor.id()).isEqualTo(SEAT);
            assertThat(visitor.admin()).isTrue();
        });
    }

    @Test
    void someoneWhoAlreadyHoldsTheSeatKeepsIt() {
        Person ada = people.create("Ada", ZoneOffset.UTC);

        samples.load();

        assertThat(people.all()).hasSize(21).first().isEqualTo(ada);
    }

    @Test
    void aMatchPreviewHasPairsToShowAtOnce() {
        samples.load();
        Person admin = people.all().get(0);

        Reply preview = bot.handle(new Inbound.CommandReceived(admin.actor(), "match preview"));

        List<Block.Field> pairs = preview.blocks().stream().filter(Block.Fields.class::isInstance)
                .flatMap(b -> ((Block.Fields) b).fields().stream()).toList();
        assertThat(pairs).as("one line per proposed pair; 13 sample people want a mentor").hasSizeGreaterThanOrEqualTo(10);
    }

    private MentorBot bot() {
        WebInbox inbox = new WebInbox(people::knows, clock);
        AtomicIds ids = new AtomicIds();
        ProgramSettings settings = new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3);
        return ProgramAssembly.singleProgram(stores, inbox, admins, settings, clock, ids, Copy.english());
    }

    private static final class AtomicIds implements IdGenerator {
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public String next(String kind) {
            return kind + "-" + next.incrementAndGet();
        }
    }
}
