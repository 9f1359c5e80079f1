package org.mentorbot.core.program;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.admin.CountsFromRecords;
import org.mentorbot.core.admin.ProgramCounters;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.choice.MentorRequestStore;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.guidance.PlaybookStore;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.memory.InMemoryAddressBook;
import org.mentorbot.core.memory.InMemoryCheckInStore;
import org.mentorbot.core.memory.InMemoryFeedbackStore;
import org.mentorbot.core.memory.InMemoryJourneyStore;
import org.mentorbot.core.memory.InMemoryLeaverStore;
import org.mentorbot.core.memory.InMemoryMentorRequestStore;
import org.mentorbot.core.memory.InMemoryPairingStore;
import org.mentorbot.core.memory.InMemoryParticipantStore;
import org.mentorbot.core.memory.InMemoryPlaybookStore;
import org.mentorbot.core.memory.InMemoryRecognitionStore;
import org.mentorbot.core.memory.InMemorySurveyStore;
import org.mentorbot.core.memory.InMemoryWaitlistStore;
import org.mentorbot.core.outcomes.LeaverStore;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.recognition.RecognitionStore;
import org.mentorbot.core.surveys.SurveyStore;

/** The program's state, one store per kind of record, all of one technology, and the running numbers kept with it. */
public record Stores(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns,
                     FeedbackStore feedback, AddressBook addresses, JourneyStore journeys, PlaybookStore playbooks,
                     RecognitionStore recognition, WaitlistStore waitlist, MentorRequestStore requests,
                     LeaverStore leavers, ProgramCounters counters, SurveyStore surveys) {

    public Stores {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(pairings, "pairings");
        Objects.requireNonNull(checkIns, "checkIns");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(journeys, "journeys");
        Objects.requireNonNull(playbooks, "playbooks");
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(waitlist, "waitlist");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(leavers, "leavers");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(surveys, "surveys");
    }

    /** The stores, with the program's surveys in memory. */
    public Stores(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, FeedbackStore feedback,
                  AddressBook addresses, JourneyStore journeys, PlaybookStore playbooks, RecognitionStore recognition,
                  WaitlistStore waitlist, MentorRequestStore requests, LeaverStore leavers, ProgramCounters counters) {
        this(participants, pairings, checkIns, feedback, addresses, journeys, playbooks, recognition, waitlist, requests,
                leavers, counters, new InMemorySurveyStore());
    }

    /** The stores, with the program's leavers in memory and its numbers counted from their records (see {@link CountsFromRecords}). */
    public Stores(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, FeedbackStore feedback,
                  AddressBook addresses, JourneyStore journeys, PlaybookStore playbooks, RecognitionStore recognition,
                  WaitlistStore waitlist, MentorRequestStore requests) {
        this(participants, pairings, checkIns, feedback, addresses, journeys, playbooks, recognition, waitlist, requests,
                new InMemoryLeaverStore(), new CountsFromRecords(participants, pairings, checkIns, feedback));
    }

    /**
     * The stores with journeys, playbook progress, recognition, the waitlist and mentor requests in
     * memory (requests count seats in {@code pairings}): tests and benchmarks.
     */
    public Stores(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, FeedbackStore feedback,
                  AddressBook addresses) {
        this(participants, pairings, checkIns, feedback, addresses, new InMemoryJourneyStore(pairings), new InMemoryPlaybookStore(),
                new InMemoryRecognitionStore(), new InMemoryWaitlistStore(), new InMemoryMentorRequestStore(pairings));
    }

    /**
     * Each program's state in memory: the {@code default} program in these stores, every other
     * program in fresh ones of its own. The address book is the person's, shared by all programs.
     */
    public ProgramRegistry.StoreSpace inMemorySpace() {
        Map<ProgramSlug, Stores> others = new ConcurrentHashMap<>();
        return slug -> slug.isDefault() ? this : others.computeIfAbsent(slug, s -> new Stores(new InMemoryParticipantStore(),
                new InMemoryPairingStore(), new InMemoryCheckInStore(), new InMemoryFeedbackStore(), addresses));
    }

    /** Fresh, empty in-memory stores: the embedded default. */
    public static Stores inMemory() {
        return new Stores(new InMemoryParticipantStore(), new InMemoryPairingStore(), new InMemoryCheckInStore(),
                new InMemoryFeedbackStore(), new InMemoryAddressBook());
    }

}
