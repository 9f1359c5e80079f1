package org.mentorbot.core.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.matching.MatchingWeights;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.schedule.ProgramSettings;

/** What every {@link ProgramStore} does; one subclass per technology. */
public abstract class ProgramStoreContract {

    protected abstract ProgramStore newStore();

    public static Program everySetting() {
        return new Program(new ProgramSlug("eng"), "Engineering mentoring", "Grow engineers into technical leaders.",
                ProgramKind.REVERSE, MatchingMode.SCHEDULED, "0 0 9 ? * MON",
                new ProgramSettings(Duration.ofDays(10), Duration.ofDays(5), Duration.ofDays(20), false, 4),
                Instant.parse("2027-01-11T08:00:00Z"), Instant.parse("2027-06-30T15:00:00Z"), false,
                Set.of(new ParticipantId("slack:U0123ABCD"), new ParticipantId("teams:aad-1")), "slack:C0456EFGH",
                Duration.ofDays(2), 0.15, new MatchingRules(MatchingRules.Seniority.MENTOR_SENIOR, true, 4),
                new MatchingWeights(20, 6, 3, 15, 2, 8, 0, false),
                List.of(new ProgramResource("Mentor guide", ProgramResource.Audience.MENTOR, "", "https://intranet.example/m"),
                        new ProgramResource("First meeting", ProgramResource.Audience.ALL, "Agree how often you meet.", "")),
                Instant.parse("2027-02-01T10:00:00Z"),
                Playbook.of(List.of(new Playbook.Step(Duration.ZERO, "Welcome", "Say hello."),
                        new Playbook.Step(Duration.ofDays(21), "Goals", "Agree three goals."))));
    }

    @Test
    void keepsAPlaybookSwitchedOff() {
        ProgramStore store = newStore();
        store.save(Program.named(new ProgramSlug("quiet"), "Quiet").withPlaybook(Playbook.OFF));
        assertThat(store.find(new ProgramSlug("quiet"))).get().extracting(Program::playbook).isEqualTo(Playbook.OFF);
    }

    @Test
    void keepsEverySettingOfAProgram() {
        ProgramStore store = newStore();
        store.save(everySetting());
        assertThat(store.find(new ProgramSlug("eng"))).contains(everySetting());
    }

    @Test
    void listsProgramsBySlugAndReplacesOnSave() {
        ProgramStore store = newStore();
        store.save(Program.named(new ProgramSlug("leaders"), "New managers"));
        store.save(Program.named(new ProgramSlug("eng"), "Engineering"));
        store.save(Program.named(new ProgramSlug("eng"), "Engineering mentoring"));
        assertThat(store.all()).extracting(p -> p.slug().value(), Program::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("eng", "Engineering mentoring"),
                        org.assertj.core.groups.Tuple.tuple("leaders", "New managers"));
        assertThat(store.find(new ProgramSlug("nope"))).isEmpty();
    }

    @Test
    void movesTheVersionOnEverySaveThatChangesAProgram() {
        ProgramStore store = newStore();
        long before = store.version();
        store.save(Program.named(new ProgramSlug("eng"), "Engineering"));
        long afterCreate = store.version();
        store.save(Program.named(new ProgramSlug("eng"), "Engineering"));
        long afterSameAgain = store.version();
        store.save(Program.named(new ProgramSlug("eng"), "Engineering mentoring"));

        assertThat(afterCreate).isNotEqualTo(before);
        assertThat(afterSameAgain).as("the same program saved again").isEqualTo(afterCreate);
        assertThat(store.version()).isNotEqualTo(afterCreate);
    }
}
