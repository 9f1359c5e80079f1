package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.choice.MentorRequest;
import org.mentorbot.core.conversation.CommandList;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.enrollment.ProfileForm;
import org.mentorbot.core.introduction.Introductions;
import org.mentorbot.core.journey.GoalStatus;
import org.mentorbot.core.journey.Milestone;
import org.mentorbot.core.matching.Exclusion;
import org.mentorbot.core.matching.UnmatchedReason;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.people.WorkingStyle;
import org.mentorbot.core.program.CopyKeyUses.KeyArgument;
import org.mentorbot.core.program.CopyKeyUses.Kind;
import org.mentorbot.core.program.CopyKeyUses.Use;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramForm;
import org.mentorbot.core.programs.ProgramResource.Audience;
import org.mentorbot.core.programs.Survey;
import org.mentorbot.core.programs.SurveyStage;

/**
 * Every copy key the main sources of every module name is in the bundle that module reads, and
 * every key in a bundle is used: a missing key would only show when someone reaches that reply,
 * and a key left behind is copy nobody can see. The sources are read as text from the file
 * system (see {@link CopyKeyUses}); where a key is built at run time ({@code "role." + ...}) the
 * test enumerates what the end can be, from the same enums and lists the code takes it from.
 */
class CopyKeysTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final List<String> CORE_BUNDLES = List.of(
            "bot-core/src/main/resources/mentorbot/messages.properties",
            "bot-core/src/main/resources/mentorbot/matching.properties",
            "bot-core/src/main/resources/mentorbot/guidance.properties");

    /** The adapters whose {@code copy} is their own (SlackCopy, TeamsCopy); every other module's is the core's Copy. */
    private static final Map<String, List<String>> OWN_BUNDLES = Map.of(
            "slack-adapter", List.of("slack-adapter/src/main/resources/org/mentorbot/slack/slack.properties"),
            "teams-adapter", List.of("teams-adapter/src/main/resources/org/mentorbot/teams/teams.properties"));

    private static final List<String> COPY_TYPES = List.of("Copy", "SlackCopy", "TeamsCopy");

    /** The calls that take a key: the copy's own, and the methods that hand their argument on to it. */
    private static final List<KeyArgument> KEY_ARGUMENTS = List.of(
            KeyArgument.anywhere("\\bcopy\\.text\\("),
            KeyArgument.anywhere("\\bcopy\\.has\\("),
            KeyArgument.anywhere("\\bMatchReason\\.of\\("),
            KeyArgument.in(".*/StatsFlow\\.java", "(?<![\\w.])field\\(", 0),
            KeyArgument.in(".*/ProfileForm\\.java", "(?<![\\w.])choice\\(", 0),
            KeyArgument.in(".*/CheckInFlow\\.java", "(?<![\\w.])answered\\(", 1),
            KeyArgument.in(".*/EnrollmentFlow\\.java", "\\bString key =", 0),
            KeyArgument.in("slack-adapter/.*", "\\.ackShared\\(", 0),
            KeyArgument.in(".*/Targets\\.java", "(?<![\\w.])choose\\(", 3),
            KeyArgument.in(".*/JourneyFlow\\.java", "\\.readText\\(", 2));

    /** Keys handed on from elsewhere, and where that elsewhere is among the calls above. */
    private static final Map<String, String> HANDED_ON = Map.of(
            "StatsFlow.java: key", "field(key, value), whose keys are read at its calls",
            "ProfileForm.java: key", "choice(key, value), whose keys are read at its calls",
            "CheckInFlow.java: key", "answered(answer, key), whose keys are read at its calls",
            "EnrollmentFlow.java: key", "String key = ..., whose two keys are read there",
            "Introductions.java: reason.key()", "a MatchReason, whose keys are read at MatchReason.of",
            "MatchResult.java: reason.key()", "a MatchReason, whose keys are read at MatchReason.of",
            "Answers.java: key", "ackShared(key), whose keys are read at its calls",
            "MentorCommand.java: reply", "not a key: the ackShared(Reply) overload",
            "Targets.java: noneKey", "choose(command, candidates, action, noneKey), whose keys are read at its calls",
            "JourneyForms.java: labelKey", "readText(values, input, labelKey, ...), whose keys are read at its calls");

    /** The milestones a partner reviews in a form. */
    private static final List<String> REVIEWED = List.of(Milestone.MIDPOINT_REVIEW.wireName(), Milestone.CLOSING_REFLECTION.wireName());

    private static final List<String> SURVEY_STAGES = names(SurveyStage.values(), SurveyStage::wireName);
    private static final List<String> BUILT_IN_QUESTIONS = List.of(Survey.SATISFACTION, Survey.RECOMMEND, Survey.PROGRESS,
            Survey.CONFIDENCE, Survey.PROMOTION, Survey.STAY);

    /** The prefixes of keys built at run time, and every end the code can put after each. */
    private static final Map<String, Collection<String>> BUILT = Map.ofEntries(Map.entry(
            "help.", Stream.concat(CommandList.everyone().stream(), CommandList.admins().stream())
                    .map(c -> c.replace(' ', '_')).toList()),
            Map.entry("role.", names(Role.values(), Role::wireName)),
            Map.entry("roleLabel.", names(Role.values(), Role::wireName)),
            Map.entry("status.", names(ParticipantStatus.values(), s -> s.name().toLowerCase(Locale.ROOT))),
            Map.entry("unmatched.", names(UnmatchedReason.values(), Enum::name)),
            Map.entry("kind.", names(Message.Kind.values(), Enum::name)),
            Map.entry("checkin.outcome.", names(CheckInOutcome.values(), Enum::name)),
            Map.entry("checkin.answered.", names(CheckInOutcome.values(), Enum::name)),
            Map.entry("field.", profileFormFields()),
            Map.entry("hint.", profileFormFields()),
            Map.entry("programForm.", fieldsOf(ProgramForm.class)),
            Map.entry("programHint.", fieldsOf(ProgramForm.class)),
            Map.entry("programs.status.", names(Program.Status.values(), Program.Status::wireName)),
            Map.entry("goal.status.", names(GoalStatus.values(), GoalStatus::wireName)),
            Map.entry("field.helped.", REVIEWED),
            Map.entry("review.title.", REVIEWED),
            Map.entry("playbook.step.", Stream.of("introduction", "goals", "midpoint", "closing")
                    .flatMap(step -> Stream.of(step + ".title", step + ".text")).toList()),
            Map.entry("resourceForm.audience.", names(Audience.values(), Audience::wireName)),
            Map.entry("guide.", guideIds().stream().flatMap(g -> Stream.of(g + ".title", g + ".for", g + ".text")).toList()),
            Map.entry("recognition.", names(org.mentorbot.core.recognition.Milestone.values(), Enum::name).stream()
                    .flatMap(m -> Stream.of(m + ".dm", m + ".channel")).toList()),
            Map.entry("exclusion.", names(Exclusion.values(), Enum::name).stream().flatMap(e -> Stream.of(e, e + ".change")).toList()),
            Map.entry("style.", workingStyles()),
            Map.entry("reason.style.", workingStyles()),
            Map.entry("choice.status.", List.of(MentorRequest.Status.ACCEPTED.name(), MentorRequest.Status.DECLINED.name())),
            Map.entry("survey.form.title.", SURVEY_STAGES),
            Map.entry("survey.invite.title.", SURVEY_STAGES),
            Map.entry("survey.reminder.title.", SURVEY_STAGES),
            Map.entry("survey.stage.", SURVEY_STAGES),
            Map.entry("survey.question.", BUILT_IN_QUESTIONS),
            Map.entry("report.survey.label.", BUILT_IN_QUESTIONS),
            Map.entry("survey.rating.", List.of("1", "2", "3", "4", "5")),
            Map.entry("platform.", Stream.concat(Introductions.PLATFORMS.stream(), Stream.of("none")).toList()),
            Map.entry("milestone.", Stream.concat(Stream.of(Milestone.values()).filter(m -> m.survey().isEmpty()).map(Milestone::wireName),
                    Stream.of("goalsPrompt", "midpoint", "closing").flatMap(p -> Stream.of(p + ".title", p + ".text", p + ".button")))
                    .toList()));

    /** Built keys that may be absent: the code asks {@code copy.has} first. */
    private static final Set<String> OPTIONAL = Set.of("hint.", "programHint.", "report.survey.label.");

    /** Bundle keys no source names, and why they stay. */
    private static final Map<String, String> UNUSED_ON_PURPOSE = Map.of();

    private static List<Use> uses;

    @BeforeAll
    static void readSources() throws IOException {
        uses = CopyKeyUses.find(ROOT, modules(), KEY_ARGUMENTS);
        assertThat(uses).as("copy keys found in " + ROOT).extracting(Use::text).contains("help.title");
    }

    @Test
    void everyKeyTheSourcesNameIsInTheBundlesTheirModuleReads() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Use use : of(Kind.KEY)) {
            if (!keys(bundlesOf(use.module())).contains(use.text())) {
                missing.add(use.text() + " (" + use.where() + ")");
            }
        }
        assertThat(missing).as("copy keys missing from the bundles").isEmpty();
    }

    @Test
    void everyCopyIsNamedCopySoThatItsCallsAreFound() throws IOException {
        assertThat(CopyKeyUses.copiesNamedOtherwise(ROOT, modules(), COPY_TYPES))
                .as("copies named other than copy, whose calls this test does not read").isEmpty();
    }

    @Test
    void everyBuiltKeyIsInTheBundlesForEveryEndItCanHave() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Use use : of(Kind.PREFIX)) {
            Set<String> keys = keys(bundlesOf(use.module()));
            for (String end : BUILT.getOrDefault(use.text(), List.of())) {
                if (!keys.contains(use.text() + end) && !OPTIONAL.contains(use.text())) {
                    missing.add(use.text() + end + " (" + use.where() + ")");
                }
            }
        }
        assertThat(prefixes()).as("built keys this test cannot enumerate yet: add them to BUILT")
                .isSubsetOf(BUILT.keySet());
        assertThat(BUILT.keySet()).as("BUILT names a prefix no source builds").isSubsetOf(prefixes());
        assertThat(missing).as("built copy keys missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyHandedOnComesFromACallThisTestReads() {
        Set<String> handedOn = new TreeSet<>(of(Kind.HANDED_ON).stream().map(Use::handOn).toList());

        assertThat(of(Kind.UNREADABLE)).as("key expressions this test cannot read").isEmpty();
        assertThat(handedOn).as("keys handed on from a call this test does not read: add it to KEY_ARGUMENTS and HANDED_ON")
                .isSubsetOf(HANDED_ON.keySet());
        assertThat(HANDED_ON.keySet()).as("HANDED_ON names an expression no source has").isSubsetOf(handedOn);
    }

    @Test
    void everyBundleKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>();
        Set<String> onlyBuilt = new TreeSet<>();
        for (String bundle : allBundles()) {
            List<String> modules = modules().stream().filter(m -> bundlesOf(m).contains(bundle)).toList();
            Set<String> named = texts(Kind.KEY, modules);
            Set<String> built = builtKeys(modules);
            for (String key : keys(List.of(bundle))) {
                if (!named.contains(key) && built.contains(key)) {
                    onlyBuilt.add(key);
                } else if (!named.contains(key) && !UNUSED_ON_PURPOSE.containsKey(key)) {
                    unused.add(key + " (" + bundle + ")");
                }
            }
        }
        System.out.println("Copy keys used only through a key built at run time (checked by enumeration): "
                + String.join(", ", onlyBuilt));
        assertThat(unused).as("copy keys no source uses: delete them, or say why they stay in UNUSED_ON_PURPOSE").isEmpty();
        assertThat(keys(List.copyOf(allBundles()))).as("UNUSED_ON_PURPOSE names a key no bundle has")
                .containsAll(UNUSED_ON_PURPOSE.keySet());
    }

    @Test
    void everyBundleInTheSourcesIsOneThisTestReads() throws IOException {
        Set<String> found = new TreeSet<>();
        for (String module : modules()) {
            Path resources = ROOT.resolve(module).resolve("src/main/resources");
            if (Files.isDirectory(resources)) {
                try (Stream<Path> files = Files.walk(resources)) {
                    files.filter(f -> f.toString().endsWith(".properties"))
                            .filter(f -> !f.getFileName().toString().startsWith("application"))
                            .forEach(f -> found.add(ROOT.relativize(f).toString().replace('\\', '/')));
                }
            }
        }
        assertThat(found).as("copy bundles: name a new one in CORE_BUNDLES or OWN_BUNDLES")
                .containsExactlyInAnyOrderElementsOf(allBundles());
    }

    private static List<Use> of(Kind kind) {
        return uses.stream().filter(u -> u.kind() == kind).toList();
    }

    private static Set<String> texts(Kind kind, List<String> modules) {
        return new TreeSet<>(of(kind).stream().filter(u -> modules.contains(u.module())).map(Use::text).toList());
    }

    private static Set<String> builtKeys(List<String> modules) {
        Set<String> built = new TreeSet<>();
        for (String prefix : texts(Kind.PREFIX, modules)) {
            BUILT.getOrDefault(prefix, List.of()).forEach(end -> built.add(prefix + end));
        }
        return built;
    }

    private static Set<String> prefixes() {
        return new TreeSet<>(of(Kind.PREFIX).stream().map(Use::text).toList());
    }

    private static List<String> bundlesOf(String module) {
        return OWN_BUNDLES.getOrDefault(module, CORE_BUNDLES);
    }

    private static Set<String> allBundles() {
        Set<String> all = new TreeSet<>(CORE_BUNDLES);
        OWN_BUNDLES.values().forEach(all::addAll);
        return all;
    }

    private static Set<String> keys(List<String> bundles) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : bundles) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(ROOT.resolve(bundle), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }

    /** The reactor's modules, from the parent POM, so that a new module is read too. */
    private static List<String> modules() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        return Pattern.compile("<module>([^<]+)</module>").matcher(pom).results().map(m -> m.group(1).strip()).toList();
    }

    private static <T> List<String> names(T[] values, Function<T, String> name) {
        return Stream.of(values).map(name).toList();
    }

    /** The form fields a form class names in its public String constants. */
    private static List<String> fieldsOf(Class<?> form) {
        return java.util.Arrays.stream(form.getFields())
                .filter(f -> f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                }).toList();
    }

    /** Each working-style preference as {@code <aspect>.<value>}, the way the profile form and the reasons name it. */
    private static List<String> workingStyles() {
        return Stream.of(Stream.of(WorkingStyle.Meeting.values()).map(v -> "meeting." + WorkingStyle.wireName(v)),
                Stream.of(WorkingStyle.Structure.values()).map(v -> "structure." + WorkingStyle.wireName(v)),
                Stream.of(WorkingStyle.Communication.values()).map(v -> "communication." + WorkingStyle.wireName(v)))
                .flatMap(s -> s).toList();
    }

    /** The built-in guides, as the bundle lists them. */
    private static List<String> guideIds() {
        return Stream.of(Copy.english().text("guide.ids").split(",")).map(String::strip).toList();
    }

    private static List<String> profileFormFields() {
        return new ProfileForm(Copy.english()).form(Optional.empty(), Optional.empty()).inputs().stream()
                .map(Form.Input::name).toList();
    }
}
