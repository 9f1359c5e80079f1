package org.mentorbot.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * Where the program's state lives in Redis. Every key starts with a prefix ({@code mentorbot:}
 * unless configured otherwise), so several bots, or tests, can share one server. Each program's
 * data keys have a space of their own: {@code <prefix>v1:} for the {@code default} program (where
 * schema 1 kept the one program's data, so moving to schema 2 moves no key) and
 * {@code <prefix>p:<slug>:} for every other program; the person's addresses and the seen platform
 * events are the person's and the platform's, not a program's, and stay in the default space.
 * {@code <prefix>programs} holds the programs themselves. {@code <prefix>schema} holds the schema
 * version, written on first start, moved from 1 or 2 to 3 at the first start of a Mentorbot that
 * indexes due times (building the indexes and counts from the pairings in steps, see
 * {@link SchemaUpgrade}), and checked at every start, so that an older Mentorbot never reads data
 * laid out by a newer one.
 *
 * <p>Values are JSON documents of the core records, with ids as plain strings, instants as
 * ISO-8601 UTC strings and durations as ISO-8601 durations. Sets index the records, so no
 * command ever walks the key space.
 *
 * <table>
 * <caption>Keys, with {@code P} the prefix and {@code V} the program's space, {@code P v1:} or {@code P p:<slug>:}</caption>
 * <tr><th>key</th><th>type</th><th>holds</th></tr>
 * <tr><td>{@code P schema}</td><td>string</td><td>the schema version of the keys below, {@code 3}</td></tr>
 * <tr><td>{@code P programs}</td><td>hash</td><td>slug → the Program, as JSON</td></tr>
 * <tr><td>{@code P programs:version}</td><td>string</td><td>a number counted up with every save of a program</td></tr>
 * <tr><td>{@code P migration}</td><td>hash</td><td>only while an upgrade from schema 1 or 2 runs: the version found,
 *     the spaces to index ({@code space:1}, {@code space:2}, … and how many), the one being indexed, its SSCAN
 *     cursor, pairings indexed so far and in all</td></tr>
 * <tr><td>{@code V migrating:paused}, {@code V migrating:ended}, {@code V migrating:stalled}</td><td>set</td><td>only
 *     while an upgrade indexes the space: the ids of the pairs seen paused, ended, stalled (open)</td></tr>
 * <tr><td>{@code P counters}</td><td>string</td><td>the layout of the counters ({@code 1}), written once every
 *     program's {@code stats} was built from its records</td></tr>
 * <tr><td>{@code V stats}</td><td>hash</td><td>the program's running numbers (see {@link RedisCounters})</td></tr>
 * <tr><td>{@code V participant:<participantId>}</td><td>string</td><td>a Participant, as JSON</td></tr>
 * <tr><td>{@code V participants}</td><td>set</td><td>the id of every participant</td></tr>
 * <tr><td>{@code V pairing:<pairId>}</td><td>string</td><td>a Pairing, as JSON</td></tr>
 * <tr><td>{@code V pairings}</td><td>set</td><td>the id of every pairing, open or ended</td></tr>
 * <tr><td>{@code V pairings:open}</td><td>set</td><td>the ids of the open (active or paused) pairings</td></tr>
 * <tr><td>{@code V pairings:counts}</td><td>hash</td><td>{@code ACTIVE}, {@code PAUSED}, {@code ENDED}: how many pairings
 *     stand in that state; {@code stalled}: open pairings flagged as stalled</td></tr>
 * <tr><td>{@code V due:checkin}, {@code V due:feedback}, {@code V due:milestone}</td><td>sorted set</td><td>the ids of
 *     the active pairings by that due time on the pairing (epoch ms)</td></tr>
 * <tr><td>{@code V due:playbook}</td><td>sorted set</td><td>the ids of the active pairings by when their playbook
 *     next needs a look (epoch ms)</td></tr>
 * <tr><td>{@code V pairings:mentoring:<participantId>}</td><td>set</td><td>the ids of every pairing in which
 *     the person is the mentor</td></tr>
 * <tr><td>{@code V pairings:mentored:<participantId>}</td><td>set</td><td>the ids of every pairing in which
 *     the person is the mentee</td></tr>
 * <tr><td>{@code V checkin:<checkInId>}</td><td>hash</td><td>field {@code checkin}: the CheckIn as JSON without
 *     its answer; field {@code answer}: the first answer as JSON, absent until answered</td></tr>
 * <tr><td>{@code V checkins}</td><td>set</td><td>the id of every check-in</td></tr>
 * <tr><td>{@code V checkins:of:<pairId>}</td><td>set</td><td>the ids of the pair's check-ins</td></tr>
 * <tr><td>{@code V poll:<pollId>}</td><td>string</td><td>a Poll, as JSON</td></tr>
 * <tr><td>{@code V polls}</td><td>set</td><td>the id of every poll</td></tr>
 * <tr><td>{@code V polls:of:<pairId>}</td><td>set</td><td>the ids of the polls put to the pair</td></tr>
 * <tr><td>{@code V responses:by:<participantId>}</td><td>hash</td><td>poll id → the person's
 *     FeedbackResponse to that poll, as JSON</td></tr>
 * <tr><td>{@code V responders}</td><td>set</td><td>the ids of everyone with at least one response</td></tr>
 * <tr><td>{@code V journey:<pairId>}</td><td>string</td><td>the pair's Journey, as JSON: goals, logged meetings
 *     with their private notes, milestones dealt with, reflections</td></tr>
 * <tr><td>{@code V journeys}</td><td>set</td><td>the ids of the pairs that have a journey</td></tr>
 * <tr><td>{@code V addresses}</td><td>hash</td><td>participant id → the opaque address the bot reaches
 *     them at</td></tr>
 * <tr><td>{@code V playbook:<pairId>}</td><td>string</td><td>the pair's PlaybookProgress, as JSON</td></tr>
 * <tr><td>{@code V playbook-timing}</td><td>string</td><td>when the program's playbook steps fall due (its steps
 *     and the dates they depend on), to tell when they changed</td></tr>
 * <tr><td>{@code V thank:<thanksId>}</td><td>string</td><td>a Thanks, as JSON (its {@code shared} as when sent)</td></tr>
 * <tr><td>{@code V thanks:shared}</td><td>set</td><td>the ids of the thanks shared in the channel</td></tr>
 * <tr><td>{@code V thanks:from:<participantId>}</td><td>set</td><td>the ids of the thanks the person sent</td></tr>
 * <tr><td>{@code V thanks:to:<participantId>}</td><td>set</td><td>the ids of the thanks the person received</td></tr>
 * <tr><td>{@code V thanks:count}</td><td>string</td><td>how many thanks were ever sent (an aggregate)</td></tr>
 * <tr><td>{@code V meetings:of:<participantId>}</td><td>set</td><td>the ids of the meetings the mentor held
 *     ({@code checkin:<checkInId>} for a check-in answered "we met")</td></tr>
 * <tr><td>{@code V meetings:mentors}</td><td>set</td><td>everyone who held a meeting as a mentor</td></tr>
 * <tr><td>{@code V milestones:<participantId>}</td><td>set</td><td>the milestones the person was recognised for</td></tr>
 * <tr><td>{@code V recognition:optin}</td><td>set</td><td>who opted in to be named in the channel and listed</td></tr>
 * <tr><td>{@code V waitlist}</td><td>hash</td><td>mentee id → WaitingMentee (rounds waited, rematch), as JSON</td></tr>
 * <tr><td>{@code V leavers}</td><td>hash</td><td>participant id → Leaver (left the organisation: when, role), as JSON</td></tr>
 * <tr><td>{@code V surveys:invites}</td><td>hash</td><td>{@code <stage>:<participantId>} → SurveyInvite, as JSON</td></tr>
 * <tr><td>{@code V surveys:reminded}</td><td>hash</td><td>{@code <stage>:<participantId>} → when the reminder went out (epoch ms)</td></tr>
 * <tr><td>{@code V surveys:responses}</td><td>hash</td><td>{@code <stage>:<participantId>} → SurveyResponse, as JSON</td></tr>
 * <tr><td>{@code V request:<requestId>}</td><td>string</td><td>a MentorRequest, as JSON</td></tr>
 * <tr><td>{@code V requests}</td><td>set</td><td>the id of every mentor request</td></tr>
 * <tr><td>{@code V requests:of:<participantId>}</td><td>set</td><td>the ids of the requests the person made or was asked</td></tr>
 * <tr><td>{@code V requests:holding:<participantId>}</td><td>set</td><td>the ids of the requests holding one of the
 *     mentor's seats (pending, or accepted until the pairing is stored)</td></tr>
 * <tr><td>{@code V requests:pending-by:<participantId>}</td><td>set</td><td>the id of the mentee's pending request, if any</td></tr>
 * <tr><td>{@code V requests:due}</td><td>sorted set</td><td>pending request ids by answer due time (epoch ms)</td></tr>
 * <tr><td>{@code V suggestions}</td><td>hash</td><td>mentee id → the mentors last suggested, as a JSON array</td></tr>
 * <tr><td>{@code V seen:<SHA-256 of the eventKey>}</td><td>string with expiry</td><td>{@code 1} while a platform
 *     event counts as seen</td></tr>
 * </table>
 *
 * <p>Each id is the tail of its key and the stems differ before it, so no two families of keys
 * can collide, whatever characters an id holds.
 */
public final class RedisKeys {

    public static final String DEFAULT_PREFIX = "mentorbot:";
    public static final int SCHEMA_VERSION = 3;

    private final String prefix;
    private final String data;

    /** The keys of the {@code default} program, where schema 1 kept the one program's data. */
    public RedisKeys(String prefix) {
        this(prefix, ProgramSlug.DEFAULT);
    }

    /** The keys of one program: {@code <prefix>v1:} for {@code default}, {@code <prefix>p:<slug>:} for the others. */
    public RedisKeys(String prefix, ProgramSlug program) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.data = program.isDefault() ? prefix + "v1:" : prefix + "p:" + program.value() + ":";
    }

    String programs() {
        return prefix + "programs";
    }

    String programsVersion() {
        return prefix + "programs:version";
    }

    public String prefix() {
        return prefix;
    }

    String schema() {
        return prefix + "schema";
    }

    /** Where the upgrade to this schema stands while it runs (see {@link SchemaUpgrade}): a hash. */
    String migration() {
        return prefix + "migration";
    }

    String participant(ParticipantId id) {
        return participantStem() + id.value();
    }

    String participantStem() {
        return data + "participant:";
    }

    String stats() {
        return data + "stats";
    }

    /** The program's days from introduction to first meeting: days → pairs (kept with the journeys). */
    String firstMeetingDays() {
        return data + "stats:first-meeting";
    }

    /** Whether the program's counters were built from its records (see {@link RedisCounters}): a string, the counters' layout. */
    String countersBuilt() {
        return prefix + "counters";
    }

    String participants() {
        return data + "participants";
    }

    String pairing(PairId id) {
        return pairingStem() + id.value();
    }

    String pairingStem() {
        return data + "pairing:";
    }

    String pairings() {
        return data + "pairings";
    }

    String openPairings() {
        return data + "pairings:open";
    }

    /** The due-time index of one kind: active pair ids by due time (epoch ms). */
    String due(DueIndex kind) {
        return data + "due:" + switch (kind) {
            case CHECK_IN -> "checkin";
            case FEEDBACK -> "feedback";
            case MILESTONE -> "milestone";
            case PLAYBOOK -> "playbook";
        };
    }

    /** The four due-time indexes, in the order of {@link DueIndex}. */
    List<String> dueIndexes() {
        return Arrays.stream(DueIndex.values()).map(this::due).toList();
    }

    String pairingCounts() {
        return data + "pairings:counts";
    }

    String mentoring(ParticipantId mentor) {
        return mentoringStem() + mentor.value();
    }

    String mentoringStem() {
        return data + "pairings:mentoring:";
    }

    String mentored(ParticipantId mentee) {
        return mentoredStem() + mentee.value();
    }

    String mentoredStem() {
        return data + "pairings:mentored:";
    }

    String checkIn(CheckInId id) {
        return checkInStem() + id.value();
    }

    String checkInStem() {
        return data + "checkin:";
    }

    String checkIns() {
        return data + "checkins";
    }

    String checkInsOf(PairId pair) {
        return data + "checkins:of:" + pair.value();
    }

    String poll(PollId id) {
        return pollStem() + id.value();
    }

    String pollStem() {
        return data + "poll:";
    }

    String polls() {
        return data + "polls";
    }

    String pollsOf(PairId pair) {
        return data + "polls:of:" + pair.value();
    }

    String responsesBy(ParticipantId person) {
        return data + "responses:by:" + person.value();
    }

    String responders() {
        return data + "responders";
    }

    String addresses() {
        return data + "addresses";
    }

    String playbook(PairId pair) {
        return data + "playbook:" + pair.value();
    }

    String playbookTiming() {
        return data + "playbook-timing";
    }

    String thanks(String id) {
        return data + "thank:" + id;
    }

    String thanksShared() {
        return data + "thanks:shared";
    }

    String thanksFrom(ParticipantId person) {
        return data + "thanks:from:" + person.value();
    }

    String thanksTo(ParticipantId person) {
        return data + "thanks:to:" + person.value();
    }

    String thanksCount() {
        return data + "thanks:count";
    }

    String meetings(ParticipantId mentor) {
        return data + "meetings:of:" + mentor.value();
    }

    String mentorsWithMeetings() {
        return data + "meetings:mentors";
    }

    String milestones(ParticipantId person) {
        return data + "milestones:" + person.value();
    }

    String optedIn() {
        return data + "recognition:optin";
    }

    String waitlist() {
        return data + "waitlist";
    }

    String leavers() {
        return data + "leavers";
    }

    String surveyInvites() {
        return data + "surveys:invites";
    }

    String surveysReminded() {
        return data + "surveys:reminded";
    }

    String surveyResponses() {
        return data + "surveys:responses";
    }

    String request(String id) {
        return data + "request:" + id;
    }

    String requests() {
        return data + "requests";
    }

    String requestsOf(ParticipantId person) {
        return data + "requests:of:" + person.value();
    }

    String holdingSeats(ParticipantId mentor) {
        return data + "requests:holding:" + mentor.value();
    }

    String pendingBy(ParticipantId mentee) {
        return data + "requests:pending-by:" + mentee.value();
    }

    String requestsDue() {
        return data + "requests:due";
    }

    String suggestions() {
        return data + "suggestions";
    }

    /**
     * An event's key holds the SHA-256 of the platform's event key, not the key itself: those carry
     * people's platform ids and conversation ids, which must not outlive an erasure in a key name.
     */
    String seenEvent(String eventKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventKey.getBytes(StandardCharsets.UTF_8));
            return data + "seen:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    String journey(PairId pair) {
        return data + "journey:" + pair.value();
    }

    String journeys() {
        return data + "journeys";
    }
}
