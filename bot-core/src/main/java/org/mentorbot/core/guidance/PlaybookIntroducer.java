package org.mentorbot.core.guidance;

import java.time.Instant;
import java.util.List;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.matching.Introducer;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.Participant;

/** The introduction with the playbook's first step (the first-meeting agenda) under it. */
public final class PlaybookIntroducer implements Introducer {

    private final Introducer introductions;
    private final PlaybookFlow playbook;

    public PlaybookIntroducer(Introducer introductions, PlaybookFlow playbook) {
        this.introductions = introductions;
        this.playbook = playbook;
    }

    @Override
    public Reply introduce(Participant mentor, Participant mentee, Pairing pairing, Instant now) {
        return withSteps(introductions.introduce(mentor, mentee, pairing, now), pairing);
    }

    /** A circle meets in one conversation, so the steps that start every pairing in it are said there once. */
    @Override
    public Reply introduceCircle(Participant mentor, List<Participant> mentees, List<Pairing> pairings, Instant now) {
        Reply introduction = introductions.introduceCircle(mentor, mentees, pairings, now);
        return pairings.isEmpty() ? introduction : withSteps(introduction, pairings.get(0));
    }

    private Reply withSteps(Reply introduction, Pairing pairing) {
        List<String> steps = playbook.withIntroduction(pairing);
        if (steps.isEmpty()) {
            return introduction;
        }
        Reply.Builder reply = Reply.builder().append(introduction);
        steps.forEach(reply::text);
        return reply.build();
    }

    @Override
    public String render(MatchReason reason) {
        return introductions.render(reason);
    }
}
