package org.mentorbot.core.recognition;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.CsvFile;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.privacy.PersonalRecords;
import org.mentorbot.core.programs.Program;

/**
 * Recognition for mentors: milestones (first meeting, five meetings, a mentee's goal reached, the
 * program completed), each recognised once — in a direct message always, and in the program's
 * channel only for mentors who opted in ({@code recognition on}). The admins' list names only
 * those who opted in, too.
 */
public final class RecognitionFlow implements MeetingCount, GoalRecognition, PersonalRecords {

    private final Program program;
    private final RecognitionStore store;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final ChannelPosts channel;
    private final Copy copy;

    public RecognitionFlow(Program program, RecognitionStore store, ParticipantStore participants, Messenger messenger,
                           Copy copy) {
        this.program = program;
        this.store = store;
        this.participants = participants;
        this.messenger = messenger;
        this.channel = new ChannelPosts(program, messenger);
        this.copy = copy;
    }

    @Override
    public void held(Pairing pairing, String meeting, Instant at) {
        if (!store.recordMeeting(pairing.mentor(), meeting)) {
            return;
        }
        int held = store.meetingsHeld(pairing.mentor());
        for (Milestone milestone : List.of(Milestone.FIRST_MEETING, Milestone.FIVE_MEETINGS)) {
            if (held >= milestone.meetings()) {
                recognise(pairing.mentor(), milestone, milestone.name(), held);
            }
        }
    }

    @Override
    public int heldBy(ParticipantId mentor) {
        return store.meetingsHeld(mentor);
    }

    @Override
    public void goalAchieved(Pairing pairing, Instant at) {
        recognise(pairing.mentor(), Milestone.GOAL_ACHIEVED, Milestone.GOAL_ACHIEVED.name() + ":" + pairing.mentee().value(), 0);
    }

    /** At the program's close: every mentor who held at least one meeting is thanked. Answers how many. */
    public int programClosed() {
        int recognised = 0;
        for (ParticipantId mentor : store.mentorsWithMeetings()) {
            if (recognise(mentor, Milestone.PROGRAM_COMPLETED, Milestone.PROGRAM_COMPLETED.name(), store.meetingsHeld(mentor))) {
                recognised++;
            }
        }
        return recognised;
    }

    /** {@code recognition on|off}: whether the person may be named in the channel and listed. */
    public Reply optIn(ParticipantId person, boolean on) {
        store.optIn(person, on);
        String answer = copy.text(on ? "recognition.on" : "recognition.off", program.name());
        return on && program.channel().startsWith("teams:")
                ? Reply.text(answer + " " + copy.text("recognition.teamsChannel")) : Reply.text(answer);
    }

    public boolean optedIn(ParticipantId person) {
        return store.optedIn(person);
    }

    /**
     * The admins' list: mentors who opted in, by meetings held, then thanks received. Past
     * {@link Reply#LISTED} mentors the message lists the first and the whole list comes as a CSV
     * file ({@link #fileName}).
     */
    public Reply list() {
        record Row(ParticipantId id, String name, int meetings, int thanks) {
        }
        Set<ParticipantId> listed = store.optedIn();
        List<Row> rows = listed.stream()
                .filter(id -> store.meetingsHeld(id) > 0 || participants.find(id).filter(p -> p.profile().role().mentors()).isPresent())
                .map(id -> new Row(id, nameOf(id), store.meetingsHeld(id), store.thanksTo(id).size()))
                .sorted(Comparator.comparingInt(Row::meetings).reversed().thenComparing(Comparator.comparingInt(Row::thanks).reversed())
                        .thenComparing(Row::name).thenComparing(r -> r.id().value()))
                .toList();
        long hidden = store.mentorsWithMeetings().stream().filter(id -> !listed.contains(id)).count();
        Reply.Builder reply = Reply.builder().header(copy.text("recognition.title", program.name()));
        if (rows.isEmpty()) {
            reply.text(copy.text("recognition.none", program.name()));
        }
        reply.fields(rows.stream().limit(Reply.LISTED)
                .map(r -> new Field(r.name(), copy.text("recognition.line", r.name(), r.meetings(), r.thanks()))).toList());
        if (hidden > 0) {
            reply.text(copy.text("recognition.hidden", hidden));
        }
        if (rows.size() > Reply.LISTED) {
            String file = fileName(program.slug().value());
            reply.text(copy.text("recognition.more", Reply.LISTED, rows.size(), file));
            CsvFile table = new CsvFile(List.of("mentor", "mentor_id", "meetings", "thanks"), rows.stream()
                    .map(r -> List.of(r.name(), r.id().value(), String.valueOf(r.meetings()), String.valueOf(r.thanks()))).toList());
            reply.attachment(table.document(file), copy.text("list.file", file, rows.size()));
        }
        return reply.build();
    }

    /** The file with the whole list of the program whose slug is {@code slug}. */
    private static String fileName(String slug) {
        return "mentorbot-" + slug + "-recognition.csv";
    }

    public int thanksSent() {
        return store.thanksSent();
    }

    @Override
    public Map<String, Object> export(ParticipantId person, Set<PairId> pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("thanksSent", store.thanksFrom(person).stream().map(RecognitionFlow::thanks).toList());
        data.put("thanksReceived", store.thanksTo(person).stream().map(RecognitionFlow::thanks).toList());
        data.put("meetingsHeldAsMentor", store.meetingsHeld(person));
        data.put("milestonesRecognised", List.copyOf(new LinkedHashSet<>(store.milestonesOf(person))));
        data.put("recognitionOptIn", store.optedIn(person));
        return data;
    }

    @Override
    public void erase(ParticipantId person, Set<PairId> pairs) {
        store.forget(person);
    }

    private boolean recognise(ParticipantId mentor, Milestone milestone, String key, int meetings) {
        if (!store.markMilestone(mentor, key)) {
            return false;
        }
        String name = nameOf(mentor);
        messenger.deliver(new Message(List.of(mentor),
                Reply.text(copy.text("recognition." + milestone.name() + ".dm", name, program.name(), meetings)), Message.Kind.NOTICE));
        if (store.optedIn(mentor)) {
            channel.post(Reply.text(copy.text("recognition." + milestone.name() + ".channel", name, program.name(), meetings)));
        }
        return true;
    }

    private String nameOf(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(copy.text("someone"));
    }

    private static Map<String, Object> thanks(Thanks t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", t.from().value());
        m.put("to", t.to().value());
        m.put("pair", t.pair().value());
        m.put("words", t.words());
        m.put("at", t.at().toString());
        m.put("shared", t.shared());
        return m;
    }
}
