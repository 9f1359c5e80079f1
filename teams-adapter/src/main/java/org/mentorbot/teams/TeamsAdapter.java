package org.mentorbot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.teams.auth.MicrosoftLogin;
import org.mentorbot.teams.auth.Registration;
import org.mentorbot.teams.cards.CardSubmits;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.delivery.ConnectorCalls;
import org.mentorbot.teams.delivery.ConversationPacer;
import org.mentorbot.teams.delivery.ConversationReferences;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.RateWindow;
import org.mentorbot.teams.delivery.RetryPolicy;
import org.mentorbot.teams.delivery.TeamsMessenger;
import org.mentorbot.teams.delivery.Timeline;
import org.mentorbot.teams.files.FileConsents;
import org.mentorbot.teams.files.OneDriveUpload;

/**
 * Mentorbot in Microsoft Teams, put together: the check that authenticates each request and the
 * Bot Framework adapter that runs its turn ({@link BotFrameworkAccess}), the {@link TeamsBot} that
 * answers it, the {@link TeamsEndpoint} a web framework serves at {@code POST /api/messages}, and
 * the {@link Messenger} the program reaches Teams users through. Both directions share one pace
 * per conversation, so replies and proactive messages together keep Teams' limits. With a
 * {@link Registration} every request is authenticated and every send carries a token from the
 * registration's authority; without one (local mode) neither happens (Bot Framework Emulator and
 * tests only).
 */
public final class TeamsAdapter implements AutoCloseable {

    /** Answers a turn could not wait to send ({@link TurnReplies}): few, small, and each waits for one conversation's pace. */
    private static final int LATE_ANSWER_THREADS = 2;
    private static final int LATE_ANSWER_QUEUE = 1_000;
    /** How long one fragment of a file going to a person's OneDrive may take. */
    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = TeamsJson.mapper();
    private final ReplyActivities activities = new ReplyActivities(json);
    private final ConversationReferences references = new ConversationReferences(json);
    private final BotFrameworkAccess access;
    private final ConnectorCalls calls;
    private final ProactiveMessages proactive;
    private final AddressBook addresses;
    private final DeferredWork afterTurn;
    private final boolean local;
    private final DeferredWork lateAnswers = new DeferredWork("teams-late-answers", LATE_ANSWER_THREADS, LATE_ANSWER_QUEUE);

    private TeamsAdapter(Settings settings, AddressBook addresses) {
        this.access = settings.registration()
                .map(registration -> BotFrameworkAccess.registered(registration, settings.login(), settings.authTimeout()))
                .orElseGet(BotFrameworkAccess::local);
        this.calls = new ConnectorCalls(new ConversationPacer(RateWindow.TEAMS_PER_CONVERSATION, Timeline.SYSTEM),
                settings.sending(), Timeline.SYSTEM, new SecureRandom());
        this.proactive = new ProactiveMessages(access.adapter(), access.identity(), calls);
        this.addresses = addresses;
        this.local = settings.registration().isEmpty();
        this.afterTurn = new DeferredWork("teams-after-turn", settings.afterTurnThreads(), settings.afterTurnQueue());
    }

    /**
     * The adapter, ready to send; {@link #endpoint} then lets it receive. The two are apart because
     * the program is built with its messengers, and the endpoint is built with the program.
     *
     * @param addresses where the personal chat of everyone who talks to the bot is kept, and read back to reach them
     */
    public static TeamsAdapter create(Settings settings, AddressBook addresses) {
        return new TeamsAdapter(settings, addresses);
    }

    /** Reaches {@code teams:} people in their personal chat with the bot. */
    public Messenger messenger() {
        return new TeamsMessenger(proactive, addresses, references, activities);
    }

    /**
     * The messaging endpoint, answering with {@code bot}.
     *
     * @param seen remembers the activities already handled, so that one Teams delivers twice runs once
     */
    public TeamsEndpoint endpoint(MentorBot bot, SeenEvents seen) {
        TurnReplies replies = new TurnReplies(calls, proactive, lateAnswers);
        FileConsents files = new FileConsents(bot, afterTurn, proactive, activities, TeamsCopy.english(), json,
                new OneDriveUpload(UPLOAD_TIMEOUT, local), addresses, seen);
        SlowCommands slowCommands = new SlowCommands(bot, afterTurn, proactive, activities, replies, TeamsCopy.english(), files);
        TeamsBot teamsBot = new TeamsBot(bot, addresses, seen, references, activities, new CardSubmits(json), replies, slowCommands,
                files);
        return new TeamsEndpoint(access.adapter(), teamsBot, json, access.authentication(), access.identity());
    }

    /** Queued commands and late answers get a few seconds to finish. */
    @Override
    public void close() {
        afterTurn.close();
        lateAnswers.close();
    }

    /**
     * The bot's registration and limits.
     *
     * @param registration     the bot's Azure registration; empty is local mode: no authentication at all
     * @param login            where tokens and signing keys are fetched
     * @param authTimeout      how long fetching the keys that validate a request's token may take before it is refused
     * @param sending          how failed sends to the Bot Connector are retried
     * @param afterTurnThreads how many commands run at once after their turn ({@link SlowCommands})
     * @param afterTurnQueue   how many more may wait; beyond that the person is told the bot is busy
     */
    public record Settings(Optional<Registration> registration, MicrosoftLogin login, Duration authTimeout, RetryPolicy sending,
                           int afterTurnThreads, int afterTurnQueue) {
        public Settings {
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(sending, "sending");
            if (authTimeout == null || authTimeout.isNegative() || authTimeout.isZero()) {
                throw new IllegalArgumentException("the authentication timeout must be positive");
            }
        }
    }
}
