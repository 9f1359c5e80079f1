package org.mentorbot.core.reports;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Survey;
import org.mentorbot.core.programs.SurveyQuestion;
import org.mentorbot.core.programs.SurveyQuestion.Scale;
import org.mentorbot.core.programs.SurveyStage;
import org.mentorbot.core.surveys.SurveyInvite;
import org.mentorbot.core.surveys.SurveyResponse;

/**
 * What a program's surveys say, in aggregates only. It holds the responses it is computed from;
 * every number drawn from answers comes from a method that takes the organisation's
 * {@link Anonymity} and is empty under its minimum.
 *
 * @param questions  the program's questions, as asked
 * @param responses  every response, in no order that tells who gave which
 * @param surveyed   how many people were asked at least one survey
 * @param levelRaised who raised their level in their profile since first asked (the level then is kept with the invitation)
 */
public record SurveyResults(List<SurveyQuestion> questions, List<SurveyResponse> responses, int surveyed,
                            Set<ParticipantId> levelRaised) {

    public static final SurveyResults NONE = new SurveyResults(List.of(), List.of(), 0, Set.of());

    public SurveyResults {
        questions = List.copyOf(questions);
        responses = List.copyOf(responses);
        levelRaised = Set.copyOf(levelRaised);
    }

    /**
     * The results from the invitations and responses, with each person's level now, from which
     * the level they had when first asked tells who moved up.
     */
    public static SurveyResults of(List<SurveyQuestion> questions, List<SurveyInvite> invitations, List<SurveyResponse> responses,
                                   Map<ParticipantId, Integer> levelNow) {
        Map<ParticipantId, Integer> levelFirst = invitations.stream().collect(Collectors.groupingBy(SurveyInvite::person,
                Collectors.collectingAndThen(Collectors.minBy(Comparator.comparing(SurveyInvite::stage)), i -> i.orElseThrow().level())));
        Set<ParticipantId> raised = new HashSet<>();
        levelFirst.forEach((person, first) -> {
            Integer now = levelNow.get(person);
            if (now != null && now > first) {
                raised.add(person);
            }
        });
        return new SurveyResults(questions, responses, levelFirst.size(), raised);
    }

    public int responses(SurveyStage stage) {
        return (int) responses.stream().filter(r -> r.stage() == stage).count();
    }

    /** The answers to {@code key} at {@code stage}. */
    private List<Integer> answers(String key, SurveyStage stage) {
        return responses.stream().filter(r -> r.stage() == stage).map(r -> r.answers().get(key)).filter(a -> a != null).toList();
    }

    /** The mean answer to {@code key} at {@code stage}; empty under the minimum of answers. */
    public OptionalDouble mean(String key, SurveyStage stage, Anonymity anonymity) {
        List<Integer> answers = answers(key, stage);
        return anonymity.allows(answers.size()) ? answers.stream().mapToInt(Integer::intValue).average() : OptionalDouble.empty();
    }

    /** How many answered yes, of how many answered, to {@code key} at {@code stage}; empty under the minimum. */
    public Optional<Share> yes(String key, SurveyStage stage, Anonymity anonymity) {
        List<Integer> answers = answers(key, stage);
        return anonymity.allows(answers.size())
                ? Optional.of(new Share((int) answers.stream().filter(a -> a == 1).count(), answers.size())) : Optional.empty();
    }

    /**
     * The Net Promoter Score of the program's first 0-to-10 question, from each person's latest
     * answer (the end over the mid-point): promoters (9, 10) less detractors (0 to 6), in percent
     * of the answers. Empty under the minimum of answers, or when the program asks no such question.
     */
    public Optional<Nps> nps(Anonymity anonymity) {
        Optional<SurveyQuestion> question = questions.stream().filter(q -> q.scale() == Scale.RECOMMEND).findFirst();
        if (question.isEmpty()) {
            return Optional.empty();
        }
        String key = question.get().key();
        Map<ParticipantId, Integer> latest = responses.stream().filter(r -> r.answers().containsKey(key))
                .collect(Collectors.toMap(SurveyResponse::person, Function.identity(),
                        (a, b) -> a.stage().compareTo(b.stage()) >= 0 ? a : b))
                .values().stream().collect(Collectors.toMap(SurveyResponse::person, r -> r.answers().get(key)));
        if (!anonymity.allows(latest.size())) {
            return Optional.empty();
        }
        int promoters = (int) latest.values().stream().filter(a -> a >= 9).count();
        int detractors = (int) latest.values().stream().filter(a -> a <= 6).count();
        return Optional.of(new Nps(promoters, latest.size() - promoters - detractors, detractors));
    }

    /**
     * Who progressed: reported a promotion or new role (a yes to {@link Survey#PROMOTION}) or
     * moved up a level in their profile since first asked. Empty while fewer people than the
     * minimum were surveyed.
     */
    public Optional<Progression> progression(Anonymity anonymity) {
        if (!anonymity.allows(surveyed)) {
            return Optional.empty();
        }
        Set<ParticipantId> promoted = responses.stream().filter(r -> Integer.valueOf(1).equals(r.answers().get(Survey.PROMOTION)))
                .map(SurveyResponse::person).collect(Collectors.toSet());
        Set<ParticipantId> progressed = new HashSet<>(promoted);
        progressed.addAll(levelRaised);
        return Optional.of(new Progression(progressed.size(), surveyed, promoted.size(), levelRaised.size()));
    }

    /** {@code yes} of {@code answers}. */
    public record Share(int yes, int answers) {
    }

    /** Promoters, passives and detractors; the score runs from -100 to 100. */
    public record Nps(int promoters, int passives, int detractors) {
        public int answers() {
            return promoters + passives + detractors;
        }

        public int score() {
            return (int) Math.round(100.0 * (promoters - detractors) / answers());
        }
    }

    /** {@code progressed} of {@code surveyed}: {@code promoted} reported a promotion, {@code levelRaised} moved up a level. */
    public record Progression(int progressed, int surveyed, int promoted, int levelRaised) {
    }
}
