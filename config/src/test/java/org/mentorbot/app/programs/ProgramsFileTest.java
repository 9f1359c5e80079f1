package org.mentorbot.app.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.memory.InMemoryProgramStore;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Playbook;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramKind;
import org.mentorbot.core.programs.ProgramResource;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.core.programs.Survey;
import org.mentorbot.core.programs.SurveyQuestion;
import org.mentorbot.core.programs.SurveyStage;

class ProgramsFileTest {

    static final Program DEFAULTS = Program.named(ProgramSlug.DEFAULT, "Mentoring program");

    @TempDir
    Path dir;

    @Test
    void readsTheDesignsExampleWithEverySetting() throws IOException {
        List<Program> programs = ProgramsFile.read(write("""
                programs:
                  - slug: eng
                    name: Engineering mentoring
                    objectives: Grow engineers into technical leaders through one-to-one mentoring.
                    kind: reverse
                    matching: scheduled
                    matchingCron: "0 0 9 ? * MON"
                    checkinInterval: P10D
                    firstCheckinAfter: P5D
                    feedbackAfter: P20D
                    startsAt: 2027-01-11T09:00:00+01:00
                    endsAt: 2027-06-30T17:00:00+02:00
                    enrolment: closed
                    admins: ["slack:U0123ABCD", "teams:aad-1"]
                    channel: "slack:C0456EFGH"
                    requestTimeout: P2D
                    baselineAnnualTurnover: 0.15
                    rules: {differentDepartment: true, maxLevelGap: 4}
                    weights: {skill: 25, goal: 7, seniority: 10, sharedHour: 1, differentDepartment: 3}
                    resources:
                      - {title: "Mentor guide", for: mentor, url: "https://intranet.example/mentoring/mentors"}
                      - {title: "Your first meeting", for: all, text: "Agree how often you meet, and ..."}
                  - slug: leaders
                    name: New managers
                """), DEFAULTS);

        Program eng = programs.get(0);
        assertThat(eng.kind()).isEqualTo(ProgramKind.REVERSE);
        assertThat(eng.matching()).isEqualTo(MatchingMode.SCHEDULED);
        assertThat(eng.rhythm().checkInInterval()).isEqualTo(Duration.ofDays(10));
        assertThat(eng.startsAt()).isEqualTo(Instant.parse("2027-01-11T08:00:00Z"));
        assertThat(eng.enrolmentOpen()).isFalse();
        assertThat(eng.admins()).containsExactlyInAnyOrder(new ParticipantId("slack:U0123ABCD"), new ParticipantId("teams:aad-1"));
        assertThat(eng.rules()).isEqualTo(new MatchingRules(MatchingRules.Seniority.MENTOR_SENIOR, true, 4));
        assertThat(eng.matchingRules().seniority()).isEqualTo(MatchingRules.Seniority.MENTEE_SENIOR);
        assertThat(eng.weights().skill()).isEqualTo(25);
        assertThat(eng.weights().goalTerm()).isEqualTo(7);
        assertThat(eng.resources()).extracting(ProgramResource::audience)
                .containsExactly(ProgramResource.Audience.MENTOR, ProgramResource.Audience.ALL);
        assertThat(programs.get(1)).isEqualTo(Program.named(new ProgramSlug("leaders"), "New managers"));
    }

    @Test
    void aProgramSwitchesThePlaybookOffOrReplacesIt() throws IOException {
        List<Program> programs = ProgramsFile.read(write("""
                programs:
                  - slug: quiet
                    name: Quiet program
                    playbook: off
                  - slug: own
                    name: Own playbook
                    playbook:
                      - {after: P0D, title: Welcome, text: "Say hello and book three dates."}
                      - {after: P21D, title: Goals, text: "Agree up to three goals."}
                  - slug: usual
                    name: Usual playbook
                """), DEFAULTS);

        assertThat(programs.get(0).playbook()).isEqualTo(Playbook.OFF);
        assertThat(programs.get(1).playbook().steps()).extracting(Playbook.Step::after)
                .containsExactly(Duration.ZERO, Duration.ofDays(21));
        assertThat(programs.get(2).playbook()).isEqualTo(Playbook.DEFAULT);
    }

    @Test
    void aProgramMaySurveyWithItsOwnQuestionsOrNotAtAll() throws IOException {
        List<Program> programs = ProgramsFile.read(write("""
                programs:
                  - slug: quiet
                    name: Quiet program
                    survey: off
                  - slug: own
                    name: Own survey
                    survey:
                      - {key: belonging, text: "Do you feel you belong here?", scale: rating, at: [start, end]}
                      - {key: nps, text: "Would you recommend us?", scale: recommend, at: [mid, end]}
                      - {key: lead, text: "Did you lead a project?", scale: yes-no, at: [end]}
                  - slug: usual
                    name: Usual survey
                """), DEFAULTS);

        assertThat(programs.get(0).survey()).isEqualTo(Survey.OFF);
        assertThat(programs.get(1).survey().questions()).extracting(SurveyQuestion::key, SurveyQuestion::scale).containsExactly(
                tuple("belonging", SurveyQuestion.Scale.RATING), tuple("nps", SurveyQuestion.Scale.RECOMMEND),
                tuple("lead", SurveyQuestion.Scale.YES_NO));
        assertThat(programs.get(1).survey().questions().get(0).stages()).containsExactlyInAnyOrder(SurveyStage.START, SurveyStage.END);
        assertThat(programs.get(2).survey()).isEqualTo(Survey.DEFAULT);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            programs:\\n  - {slug: eng, name: A}\\n  - {slug: eng, name: B}    | :3: slug 'eng' is declared twice (first on line 2)
            programs:\\n  - {slug: eng}                                      | :2: every program needs a name
            programs:\\n  - {slug: Eng!, name: A}                            | :2: slug must be 2 to 32 lower-case letters
            programs:\\n  - {slug: eng, name: A, colour: blue}               | :2: unknown setting 'colour'
            programs:\\n  - {slug: eng, name: A, checkinInterval: fortnight} | :2: checkinInterval must be an ISO-8601 duration
            programs:\\n  - {slug: eng, name: A, kind: trio}                 | :2: kind must be one-to-one, reverse, peer or circles
            programs:\\n  - {slug: eng, name: A, matching: scheduled}        | :2: matching: scheduled needs a matchingCron
            programs:\\n  - {slug: eng, name: A, admins: [U0123]}            | :2: each admin names its platform
            programs: [unclosed                                               | :1
            programs:\\n  - {slug: eng, name: A, playbook: sometimes}       | :2: playbook must be off, default, or a list
            programs:\\n  - {slug: eng, name: A, playbook: [{title: T, text: X}]} | :2: a playbook step needs after
            programs:\\n  - {slug: eng, name: A, playbook: [{after: soon, title: T, text: X}]} | :2: after must be an ISO-8601 duration
            programs:\\n  - {slug: eng, name: A, survey: weekly}             | :2: survey must be off, default, or a list
            programs:\\n  - {slug: eng, name: A, survey: [{key: fun, text: Fun, scale: stars, at: [end]}]} | :2: a survey question's scale is rating
            programs:\\n  - {slug: eng, name: A, survey: [{key: fun, text: Fun}]} | :2: a survey question needs at
            programs:\\n  - {slug: eng, name: A, survey: [{key: fun, text: Fun, at: [later]}]} | :2: a survey question is asked at start, mid or end
            programs:\\n  - {slug: eng, name: A, survey: [{key: Fun!, text: Fun, at: [end]}]} | :2: a survey question's key is
            """)
    void aBadFileIsNamedWithItsLineAndNothingIsApplied(String yaml, String problem) throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));
        ProgramStore store = new InMemoryProgramStore();

        assertThatThrownBy(() -> ProgramsStartup.apply(java.util.Optional.of(file), DEFAULTS, store, () -> false))
                .isInstanceOf(ProgramsFile.BadProgramsFile.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(problem.strip());
        assertThat(store.all()).isEmpty();
    }

    @Test
    void theDefaultProgramComesFromSettingsWithoutAFileAndStaysClosedOnceClosed() throws IOException {
        ProgramStore store = new InMemoryProgramStore();
        assertThat(ProgramsStartup.apply(java.util.Optional.empty(), DEFAULTS, store, () -> false)).containsExactly("default (settings)");
        store.save(DEFAULTS.closed(Instant.parse("2027-01-01T00:00:00Z")));

        ProgramsStartup.apply(java.util.Optional.empty(), DEFAULTS, store, () -> false);

        assertThat(store.find(ProgramSlug.DEFAULT).orElseThrow().closedAt()).isNotNull();
    }

    @Test
    void withAFileTheDefaultProgramIsKeptOnlyForEarlierData() throws IOException {
        Path file = write("programs:\n  - {slug: eng, name: Engineering}\n");
        ProgramStore fresh = new InMemoryProgramStore();
        ProgramStore earlier = new InMemoryProgramStore();

        ProgramsStartup.apply(java.util.Optional.of(file), DEFAULTS, fresh, () -> false);
        ProgramsStartup.apply(java.util.Optional.of(file), DEFAULTS, earlier, () -> true);

        assertThat(fresh.all()).extracting(p -> p.slug().value()).containsExactly("eng");
        assertThat(earlier.all()).extracting(p -> p.slug().value()).containsExactly("default", "eng");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("programs.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
