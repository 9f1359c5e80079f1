package org.mentorbot.core.programs;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.programs.SurveyQuestion.Scale;

/**
 * A program's choice of surveys. {@link #DEFAULT} asks the built-in questions: satisfaction
 * (1–5) and "would you recommend this program?" (0–10, reported as NPS) at the mid-point and the
 * end, progress toward goals at the mid-point and the end, confidence at every stage, a promotion or
 * new role since the start at the end, and intent to stay at the start and the end. {@link #OFF}
 * asks nothing; a program may instead list its own questions.
 *
 * @param enabled   whether the program surveys its participants at all
 * @param questions the program's own questions, or empty for the built-in ones
 */
public record Survey(boolean enabled, List<SurveyQuestion> questions) {

    public static final Survey DEFAULT = new Survey(true, List.of());
    public static final Survey OFF = new Survey(false, List.of());
    public static final int MAX_QUESTIONS = 10;

    /** The built-in questions' keys, which the report reads by name. */
    public static final String SATISFACTION = "satisfaction";
    public static final String RECOMMEND = "recommend";
    public static final String PROGRESS = "progress";
    public static final String CONFIDENCE = "confidence";
    public static final String PROMOTION = "promotion";
    public static final String STAY = "stay";

    public Survey {
        questions = List.copyOf(questions == null ? List.of() : questions);
        if (questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a survey has at most " + MAX_QUESTIONS + " questions");
        }
        Set<String> keys = new HashSet<>();
        for (SurveyQuestion q : questions) {
            if (!keys.add(q.key())) {
                throw new IllegalArgumentException("survey question keys must differ; " + q.key() + " is there twice");
            }
        }
    }

    public static Survey of(List<SurveyQuestion> questions) {
        return new Survey(true, questions);
    }

    public boolean builtIn() {
        return enabled && questions.isEmpty();
    }

    /** Every question, in order, with the built-in ones in words from {@code copy}. */
    public List<SurveyQuestion> questions(Copy copy) {
        if (!enabled) {
            return List.of();
        }
        if (!questions.isEmpty()) {
            return questions;
        }
        Set<SurveyStage> later = EnumSet.of(SurveyStage.MIDPOINT, SurveyStage.END);
        return List.of(
                builtIn(copy, SATISFACTION, Scale.RATING, later),
                builtIn(copy, RECOMMEND, Scale.RECOMMEND, later),
                builtIn(copy, PROGRESS, Scale.RATING, later),
                builtIn(copy, CONFIDENCE, Scale.RATING, EnumSet.allOf(SurveyStage.class)),
                builtIn(copy, PROMOTION, Scale.YES_NO, EnumSet.of(SurveyStage.END)),
                builtIn(copy, STAY, Scale.RATING, EnumSet.of(SurveyStage.START, SurveyStage.END)));
    }

    /** The questions asked at {@code stage}; none when the program does not survey, or asks nothing then. */
    public List<SurveyQuestion> questionsAt(SurveyStage stage, Copy copy) {
        return questions(copy).stream().filter(q -> q.askedAt(stage)).toList();
    }

    private static SurveyQuestion builtIn(Copy copy, String key, Scale scale, Set<SurveyStage> stages) {
        return new SurveyQuestion(key, copy.text("survey.question." + key), scale, stages);
    }
}
