package org.mentorbot.app.programs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.matching.MatchingWeights;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Playbook;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramKind;
import org.mentorbot.core.programs.ProgramResource;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.Survey;
import org.mentorbot.core.programs.SurveyQuestion;
import org.mentorbot.core.programs.SurveyStage;
import org.mentorbot.core.schedule.ProgramSettings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code MENTORBOT_PROGRAMS_FILE}: a YAML file declaring programs. Only {@code slug} and
 * {@code name} are required; every other setting defaults as for the {@code default} program.
 * A problem is reported as {@code file:line: problem}, so the operator can go straight to it.
 */
public final class ProgramsFile {

    private static final Set<String> FIELDS = Set.of("slug", "name", "objectives", "kind", "matching", "matchingCron",
            "checkinInterval", "firstCheckinAfter", "feedbackAfter", "startsAt", "endsAt", "enrolment", "admins",
            "channel", "requestTimeout", "baselineAnnualTurnover", "rules", "weights", "resources", "playbook", "survey");
    private static final Set<String> RULES = Set.of("differentDepartment", "maxLevelGap");
    private static final Set<String> WEIGHTS = Set.of("skill", "goal", "maxGoalTerms", "seniority", "sharedHour",
            "differentDepartment", "sameDepartment", "workingStyle", "waitingRound", "rematch");
    private static final Set<String> RESOURCE = Set.of("title", "for", "url", "text");
    private static final Set<String> PLAYBOOK_STEP = Set.of("after", "title", "text");
    private static final Set<String> SURVEY_QUESTION = Set.of("key", "text", "scale", "at");

    private final String name;
    private final Program defaults;

    private ProgramsFile(String name, Program defaults) {
        this.name = name;
        this.defaults = defaults;
    }

    /** The programs the file declares, in file order; {@code defaults} gives every setting the file leaves out. */
    public static List<Program> read(Path file, Program defaults) {
        ProgramsFile reader = new ProgramsFile(file.toString(), defaults);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.programs(new Yaml(new LoaderOptions()).compose(in));
        } catch (IOException unreadable) {
            throw new BadProgramsFile(file + ": cannot be read: " + unreadable.getMessage());
        } catch (MarkedYAMLException notYaml) {
            int line = notYaml.getProblemMark() == null ? 1 : notYaml.getProblemMark().getLine() + 1;
            throw new BadProgramsFile(file + ":" + line + ": not valid YAML: " + notYaml.getProblem()
                    + (notYaml.getContext() == null ? "" : " (" + notYaml.getContext() + ")"));
        } catch (YAMLException notYaml) {
            throw new BadProgramsFile(file + ":1: not valid YAML: " + notYaml.getMessage().replaceAll("\\s+", " "));
        }
    }

    private List<Program> programs(Node root) {
        if (root == null) {
            throw problem(null, "the file is empty; it needs a 'programs:' list");
        }
        Map<String, NodeTuple> top = mapping(root, Set.of("programs"));
        NodeTuple programs = top.get("programs");
        if (programs == null || !(programs.getValueNode() instanceof SequenceNode list)) {
            throw problem(root, "it needs a 'programs:' list");
        }
        List<Program> read = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node entry : list.getValue()) {
            Program program = program(entry);
            Integer before = seen.putIfAbsent(program.slug().value(), line(entry));
            if (before != null) {
                throw problem(entry, "slug '" + program.slug().value() + "' is declared twice (first on line " + before + ")");
            }
            read.add(program);
        }
        return read;
    }

    private Program program(Node node) {
        Map<String, NodeTuple> f = mapping(node, FIELDS);
        ProgramSlug slug = ProgramSlug.parse(required(node, f, "slug"))
                .orElseThrow(() -> problem(f.get("slug").getValueNode(), "slug must be 2 to 32 lower-case letters, digits and dashes, such as eng"));
        String programName = required(node, f, "name");
        ProgramSettings base = defaults.rhythm();
        Program d = defaults;
        try {
            return new Program(slug, programName, text(f, "objectives", d.objectives()),
                    enumOf(f, "kind", ProgramKind::parse, d.kind(), "one-to-one, reverse, peer or circles"),
                    enumOf(f, "matching", MatchingMode::parse, d.matching(), "admin, scheduled or mentee-choice"),
                    text(f, "matchingCron", d.matchingCron()),
                    new ProgramSettings(duration(f, "checkinInterval", base.checkInInterval()),
                            duration(f, "firstCheckinAfter", base.firstCheckInAfter()),
                            duration(f, "feedbackAfter", base.feedbackAfter()), base.workingHoursOnly(), base.stalledAfter()),
                    instant(f, "startsAt", d.startsAt()), instant(f, "endsAt", d.endsAt()),
                    enrolment(f, d.enrolmentOpen()), admins(f), text(f, "channel", d.channel()),
                    duration(f, "requestTimeout", d.requestTimeout()), fraction(f, d.baselineAnnualTurnover()),
                    rules(f, d.rules()), weights(f, d.weights()), resources(f), null, playbook(f, d.playbook()),
                    survey(f, d.survey()));
        } catch (IllegalArgumentException invalid) {
            throw problem(node, invalid.getMessage());
        }
    }

    private Map<String, NodeTuple> mapping(Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            throw problem(node, "expected a mapping of settings here");
        }
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown setting '" + key + "'; known here: " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (fields.put(key, tuple) != null) {
                throw problem(tuple.getKeyNode(), "'" + key + "' is given twice");
            }
        }
        return fields;
    }

    private String required(Node owner, Map<String, NodeTuple> f, String key) {
        if (!f.containsKey(key) || scalar(f.get(key).getValueNode()).isBlank()) {
            throw problem(owner, "every program needs a " + key);
        }
        return scalar(f.get(key).getValueNode()).strip();
    }

    private String text(Map<String, NodeTuple> f, String key, String fallback) {
        return f.containsKey(key) ? scalar(f.get(key).getValueNode()).strip() : fallback;
    }

    private <T> T enumOf(Map<String, NodeTuple> f, String key, Function<String, java.util.Optional<T>> parse, T fallback,
                         String choices) {
        if (!f.containsKey(key)) {
            return fallback;
        }
        Node value = f.get(key).getValueNode();
        return parse.apply(scalar(value)).orElseThrow(() -> problem(value, key + " must be " + choices));
    }

    private Duration duration(Map<String, NodeTuple> f, String key, Duration fallback) {
        if (!f.containsKey(key)) {
            return fallback;
        }
        Node value = f.get(key).getValueNode();
        try {
            Duration d = Duration.parse(scalar(value).strip());
            if (d.isNegative() || d.isZero()) {
                throw problem(value, key + " must be a positive duration, such as P14D");
            }
            return d;
        } catch (DateTimeParseException bad) {
            throw problem(value, key + " must be an ISO-8601 duration such as P14D or PT12H");
        }
    }

    private Instant instant(Map<String, NodeTuple> f, String key, Instant fallback) {
        if (!f.containsKey(key)) {
            return fallback;
        }
        Node value = f.get(key).getValueNode();
        try {
            return OffsetDateTime.parse(scalar(value).strip()).toInstant();
        } catch (DateTimeParseException bad) {
            throw problem(value, key + " must be a date and time with offset, such as 2027-01-11T09:00:00+01:00");
        }
    }

    private boolean enrolment(Map<String, NodeTuple> f, boolean fallback) {
        if (!f.containsKey("enrolment")) {
            return fallback;
        }
        Node value = f.get("enrolment").getValueNode();
        return switch (scalar(value).strip().toLowerCase(java.util.Locale.ROOT)) {
            case "open" -> true;
            case "closed" -> false;
            default -> throw problem(value, "enrolment must be open or closed");
        };
    }

    private Set<ParticipantId> admins(Map<String, NodeTuple> f) {
        if (!f.containsKey("admins")) {
            return defaults.admins();
        }
        Set<ParticipantId> admins = new HashSet<>();
        for (Node entry : sequence(f.get("admins").getValueNode())) {
            String id = scalar(entry).strip();
            if (!id.matches("(slack|teams|web):[^\\s,]{1,200}")) {
                throw problem(entry, "each admin names its platform, such as slack:U0123ABCD or teams:<aadObjectId>");
            }
            admins.add(new ParticipantId(id));
        }
        return admins;
    }

    private Double fraction(Map<String, NodeTuple> f, Double fallback) {
        if (!f.containsKey("baselineAnnualTurnover")) {
            return fallback;
        }
        Node value = f.get("baselineAnnualTurnover").getValueNode();
        try {
            return Double.valueOf(scalar(value).strip());
        } catch (NumberFormatException bad) {
            throw problem(value, "baselineAnnualTurnover must be a number between 0 and 1, such as 0.15");
        }
    }

    private MatchingRules rules(Map<String, NodeTuple> f, MatchingRules fallback) {
        if (!f.containsKey("rules")) {
            return fallback;
        }
        Map<String, NodeTuple> r = mapping(f.get("rules").getValueNode(), RULES);
        boolean different = r.containsKey("differentDepartment") ? bool(r.get("differentDepartment").getValueNode())
                : fallback.differentDepartment();
        Integer gap = r.containsKey("maxLevelGap") ? number(r.get("maxLevelGap").getValueNode()) : fallback.maxLevelGap();
        return new MatchingRules(fallback.seniority(), different, gap);
    }

    private MatchingWeights weights(Map<String, NodeTuple> f, MatchingWeights d) {
        if (!f.containsKey("weights")) {
            return d;
        }
        Map<String, NodeTuple> w = mapping(f.get("weights").getValueNode(), WEIGHTS);
        Function<String, Integer> get = key -> w.containsKey(key) ? number(w.get(key).getValueNode()) : null;
        return new MatchingWeights(or(get.apply("skill"), d.skill()), or(get.apply("goal"), d.goalTerm()),
                or(get.apply("maxGoalTerms"), d.maxGoalTerms()), or(get.apply("seniority"), d.seniority()),
                or(get.apply("sharedHour"), d.sharedHour()), or(get.apply("differentDepartment"), d.differentDepartment()),
                or(get.apply("sameDepartment"), d.sameDepartment()), d.juniorMentors(),
                or(get.apply("workingStyle"), d.workingStyle()), or(get.apply("waitingRound"), d.waitingRound()),
                or(get.apply("rematch"), d.rematch()));
    }

    private List<ProgramResource> resources(Map<String, NodeTuple> f) {
        if (!f.containsKey("resources")) {
            return defaults.resources();
        }
        List<ProgramResource> resources = new ArrayList<>();
        for (Node entry : sequence(f.get("resources").getValueNode())) {
            Map<String, NodeTuple> r = mapping(entry, RESOURCE);
            ProgramResource.Audience audience = enumOf(r, "for", ProgramResource.Audience::parse, ProgramResource.Audience.ALL,
                    "mentor, mentee or all");
            try {
                resources.add(new ProgramResource(text(r, "title", ""), audience, text(r, "text", ""), text(r, "url", "")));
            } catch (IllegalArgumentException invalid) {
                throw problem(entry, invalid.getMessage());
            }
        }
        return resources;
    }

    /** {@code playbook: off}, {@code playbook: default}, or a list of steps {@code {after: P3D, title: ..., text: ...}}. */
    private Playbook playbook(Map<String, NodeTuple> f, Playbook fallback) {
        return !f.containsKey("playbook") ? fallback : offDefaultOrList(f.get("playbook").getValueNode(), Playbook.OFF,
                Playbook.DEFAULT, "playbook must be off, default, or a list of steps with after, title and text", this::playbookSteps);
    }

    private Playbook playbookSteps(Node value) {
        List<Playbook.Step> steps = new ArrayList<>();
        for (Node entry : sequence(value)) {
            Map<String, NodeTuple> step = mapping(entry, PLAYBOOK_STEP);
            if (!step.containsKey("after")) {
                throw problem(entry, "a playbook step needs after (such as P0D for with the introduction, or P14D)");
            }
            Node after = step.get("after").getValueNode();
            Duration age;
            try {
                age = Duration.parse(scalar(after).strip());
            } catch (DateTimeParseException bad) {
                throw problem(after, "after must be an ISO-8601 duration such as P0D or P14D");
            }
            try {
                steps.add(new Playbook.Step(age, text(step, "title", ""), text(step, "text", "")));
            } catch (IllegalArgumentException invalid) {
                throw problem(entry, invalid.getMessage());
            }
        }
        try {
            return Playbook.of(steps);
        } catch (IllegalArgumentException invalid) {
            throw problem(value, invalid.getMessage());
        }
    }

    /**
     * {@code survey: off}, {@code survey: default}, or a list of questions
     * {@code {key: confidence, text: ..., scale: rating | recommend | yes-no, at: [start, mid, end]}}.
     */
    private Survey survey(Map<String, NodeTuple> f, Survey fallback) {
        return !f.containsKey("survey") ? fallback : offDefaultOrList(f.get("survey").getValueNode(), Survey.OFF, Survey.DEFAULT,
                "survey must be off, default, or a list of questions with key, text, scale and at", this::surveyQuestions);
    }

    private Survey surveyQuestions(Node value) {
        List<SurveyQuestion> questions = new ArrayList<>();
        for (Node entry : sequence(value)) {
            Map<String, NodeTuple> question = mapping(entry, SURVEY_QUESTION);
            SurveyQuestion.Scale scale = SurveyQuestion.Scale.parse(text(question, "scale", "rating"))
                    .orElseThrow(() -> problem(entry, "a survey question's scale is rating (1 to 5), recommend (0 to 10) or yes-no"));
            if (!question.containsKey("at")) {
                throw problem(entry, "a survey question needs at: a list of start, mid and end");
            }
            Set<SurveyStage> stages = new HashSet<>();
            for (Node stage : sequence(question.get("at").getValueNode())) {
                stages.add(SurveyStage.parse(scalar(stage))
                        .orElseThrow(() -> problem(stage, "a survey question is asked at start, mid or end")));
            }
            try {
                questions.add(new SurveyQuestion(text(question, "key", ""), text(question, "text", ""), scale, stages));
            } catch (IllegalArgumentException invalid) {
                throw problem(entry, invalid.getMessage());
            }
        }
        try {
            return Survey.of(questions);
        } catch (IllegalArgumentException invalid) {
            throw problem(value, invalid.getMessage());
        }
    }

    /** A setting that is {@code off}, {@code default}, or a list that {@code list} reads. */
    private <T> T offDefaultOrList(Node value, T off, T on, String problem, Function<Node, T> list) {
        if (value instanceof ScalarNode) {
            return switch (scalar(value).strip().toLowerCase(java.util.Locale.ROOT)) {
                case "off", "false", "none" -> off;
                case "default", "on", "true" -> on;
                default -> throw problem(value, problem);
            };
        }
        return list.apply(value);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private boolean bool(Node node) {
        String text = scalar(node).strip();
        if (!text.equals("true") && !text.equals("false")) {
            throw problem(node, "expected true or false");
        }
        return Boolean.parseBoolean(text);
    }

    private int number(Node node) {
        try {
            return Integer.parseInt(scalar(node).strip());
        } catch (NumberFormatException bad) {
            throw problem(node, "expected a whole number");
        }
    }

    private List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode list)) {
            throw problem(node, "expected a list here");
        }
        return list.getValue();
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(node, "expected a single value here");
        }
        return scalar.getValue();
    }

    private int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private BadProgramsFile problem(Node node, String message) {
        return new BadProgramsFile(name + ":" + line(node) + ": " + message);
    }

    /** The programs file cannot be used; the message is {@code file:line: problem}. */
    public static final class BadProgramsFile extends RuntimeException {
        public BadProgramsFile(String message) {
            super(message);
        }
    }
}
