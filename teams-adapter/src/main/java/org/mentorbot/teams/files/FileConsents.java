package org.mentorbot.teams.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.CommandParser;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.teams.TeamsCopy;
import org.mentorbot.teams.TeamsPeople;
import org.mentorbot.teams.cards.FileOffer;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.cards.ReplyCards;
import org.mentorbot.teams.delivery.ConversationReferences;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in Teams, the way Teams lets a bot hand one over in a personal chat: the bot offers the
 * file with a file consent card; when the person allows it, Teams opens an upload session in
 * their OneDrive and tells the bot ({@code fileConsent/invoke}); the bot puts the bytes there and
 * shows the file with a file info card. Either choice takes the consent card away.
 *
 * <p>Nothing is kept in between. Only a file in the answer to a command that only reads
 * ({@link org.mentorbot.core.conversation.Command#readsOnly()}) is offered, and the card carries
 * that command: when the person allows the file, the bot asks the command again, as the person
 * who pressed Allow, and uploads the file of that answer. The person gets what they may see now,
 * no stored copy outlives an erasure, and a card whose context was tampered with gets no more
 * than typing the command would.
 */
public final class FileConsents {

    /** The name of the invoke Teams sends when the person allows or declines a file. */
    public static final String INVOKE = "fileConsent/invoke";

    private static final Logger log = LoggerFactory.getLogger(FileConsents.class);
    private static final String TEAMS = "msteams";
    private static final String FILE_FROM_PERSON = "application/vnd.microsoft.teams.file.download.info";
    private static final String COMMAND = "command";
    private static final String FILE = "file";
    private static final int MOST_REASON_CHARACTERS = 300;
    /** How long a consent card's choice is remembered: far longer than the card stays after it. */
    private static final Duration CHOICE_REMEMBERED = Duration.ofHours(1);

    private final MentorBot bot;
    private final DeferredWork afterTurn;
    private final ProactiveMessages proactive;
    private final ReplyActivities activities;
    private final TeamsCopy copy;
    private final ObjectMapper json;
    private final OneDriveUpload upload;
    private final AddressBook addresses;
    private final ConversationReferences references;
    private final SeenEvents seen;

    /**
     * @param addresses where the personal chat of each person is kept, so that a file asked for in a
     *                  team or group chat can be offered there
     * @param seen      remembers the consent cards already answered, so that each is answered once
     */
    public FileConsents(MentorBot bot, DeferredWork afterTurn, ProactiveMessages proactive, ReplyActivities activities,
                        TeamsCopy copy, ObjectMapper json, OneDriveUpload upload, AddressBook addresses, SeenEvents seen) {
        this.seen = seen;
        this.addresses = addresses;
        this.references = new ConversationReferences(json);
        this.bot = bot;
        this.afterTurn = afterTurn;
        this.proactive = proactive;
        this.activities = activities;
        this.copy = copy;
        this.json = json;
        this.upload = upload;
    }

    /**
     * How documents in the answer to {@code inbound}, given in {@code activity}'s conversation,
     * are offered: as files after the answer in a personal chat; from a team or group chat, in the
     * person's personal chat with the bot when they have one; only for a command that only reads.
     */
    public FileOffer offer(Activity activity, Inbound inbound) {
        Optional<String> command = askedAgainForFiles(inbound);
        if (command.isEmpty()) {
            return FileOffer.NONE;
        }
        if (TeamsPeople.isPersonal(activity)) {
            return document -> Optional.of(new FileOffer.Offered(Optional.of(consentCard(document, command.get())),
                    copy.text("file.offered", document.filename())));
        }
        ParticipantId person = inbound.actor().id();
        return document -> personalChat(person).flatMap(chat -> offerIn(chat, document, command.get(), person));
    }

    private Optional<ConversationReference> personalChat(ParticipantId person) {
        try {
            return addresses.addressOf(person).flatMap(references::read);
        } catch (RuntimeException unreadable) {
            log.warn("Could not read the personal chat of {} to offer a file there: {}", person, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Posts the consent card to the person's personal chat; empty when it could not be posted. */
    private Optional<FileOffer.Offered> offerIn(ConversationReference chat, Block.Document document, String command,
                                                ParticipantId person) {
        Activity offer = Activity.createMessageActivity();
        offer.setAttachments(List.of(consentCard(document, command)));
        try {
            proactive.post(chat, offer);
            return Optional.of(new FileOffer.Offered(Optional.empty(), copy.text("file.offeredElsewhere", document.filename())));
        } catch (SendFailedException undelivered) {
            log.warn("Could not offer {} to {} in their personal chat: {}", document.filename(), person, undelivered.getMessage());
            return Optional.empty();
        }
    }

    /** The command's words, typed or on a button, when it may be asked again for the file its answer carries. */
    static Optional<String> askedAgainForFiles(Inbound inbound) {
        String words = inbound instanceof Inbound.CommandReceived typed ? typed.text()
                : inbound instanceof Inbound.ButtonPressed pressed && pressed.actionId().equals(ActionIds.RUN_COMMAND) ? pressed.value()
                : "";
        return askedAgainForFiles(words);
    }

    /** {@code words}, stripped, when they are a command that may be asked again for the file its answer carries. */
    static Optional<String> askedAgainForFiles(String words) {
        return !words.isBlank() && CommandParser.parse(words).command().readsOnly() ? Optional.of(words.strip()) : Optional.empty();
    }

    private Attachment consentCard(Block.Document document, String command) {
        FileConsentCard card = new FileConsentCard();
        card.setDescription(copy.text("file.description", document.filename(), command));
        card.setSizeInBytes(document.content().getBytes(StandardCharsets.UTF_8).length);
        Map<String, String> context = Map.of(COMMAND, command, FILE, document.filename());
        card.setAcceptContext(context);
        card.setDeclineContext(context);
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(document.filename());
        attachment.setContent(card);
        return attachment;
    }

    /**
     * The answer to a message that only carries a file the person sent (Teams keeps it in their
     * OneDrive and sends the bot its download details): the bot takes no files and reads none, and
     * says so rather than answering with the help. Empty for any other message.
     */
    public Optional<Activity> answerToFilesOnly(Activity message, String words) {
        boolean files = message.getAttachments() != null && message.getAttachments().stream()
                .anyMatch(a -> a != null && FILE_FROM_PERSON.equals(a.getContentType()));
        return files && words.isBlank() ? Optional.of(text(copy.text("file.received"))) : Optional.empty();
    }

    /**
     * Answers the person's choice on a file consent card. Allowed: the upload runs after the
     * turn, and its outcome is posted to the chat. Declined: the person hears that nothing was
     * saved. A choice that is no file of Mentorbot's, comes from a channel other than Teams, or
     * names an upload address {@link OneDriveUpload} does not write to, is answered 400 and
     * changes nothing.
     */
    public CompletableFuture<InvokeResponse> answer(TurnContext turn) {
        Activity activity = turn.getActivity();
        Optional<FileConsentCardResponse> choice = read(activity.getValue());
        Map<?, ?> context = choice.map(FileConsentCardResponse::getContext).filter(Map.class::isInstance).map(Map.class::cast)
                .orElse(Map.of());
        String command = context.get(COMMAND) instanceof String c ? c : "";
        String file = context.get(FILE) instanceof String f ? f : "";
        if (!TEAMS.equals(activity.getChannelId()) || choice.isEmpty() || file.isBlank()
                || askedAgainForFiles(command).isEmpty()) {
            return answered(HttpURLConnection.HTTP_BAD_REQUEST);
        }
        String action = String.valueOf(choice.get().getAction());
        if (action.equals("decline")) {
            if (firstChoiceOn(activity).isEmpty()) {
                return answered(HttpURLConnection.HTTP_OK);
            }
            removeConsentCard(turn);
            turn.sendActivity(text(copy.text("file.declined", file)));
            return answered(HttpURLConnection.HTTP_OK);
        }
        FileUploadInfo where = choice.get().getUploadInfo();
        if (!action.equals("accept") || where == null || !upload.takes(where.getUploadUrl())) {
            return answered(HttpURLConnection.HTTP_BAD_REQUEST);
        }
        if (!TeamsPeople.isPersonal(activity)) {
            turn.sendActivity(text(copy.text("file.notHere")));
            return answered(HttpURLConnection.HTTP_OK);
        }
        Optional<FirstChoice> first = firstChoiceOn(activity);
        if (first.isEmpty()) {
            return answered(HttpURLConnection.HTTP_OK);
        }
        Actor person = TeamsPeople.sender(activity);
        ConversationReference chat = activity.getConversationReference();
        String what = file + " for " + person.id();
        if (!afterTurn.submit("saving " + what, () -> save(chat, person, command, file, where, what))) {
            first.get().mark().ifPresent(seen::forget);
            turn.sendActivity(text(copy.text("bot.busy")));
            return answered(HttpURLConnection.HTTP_OK);
        }
        removeConsentCard(turn);
        return answered(HttpURLConnection.HTTP_OK);
    }

    /**
     * The choice as the first on its consent card, or empty when the card was chosen on before (a
     * second press before the card is gone, or Teams delivering the same invoke again), which is
     * answered and does nothing.
     */
    private Optional<FirstChoice> firstChoiceOn(Activity activity) {
        String card = activity.getReplyToId();
        if (card == null || card.isBlank()) {
            return Optional.of(new FirstChoice(Optional.empty()));
        }
        return seen.mark("teams:file-consent:" + activity.getConversation().getId() + ":" + card, CHOICE_REMEMBERED)
                .map(mark -> new FirstChoice(Optional.of(mark)));
    }

    /** A choice that counts, with the mark that remembers it, to take back should it not be carried out; none when it names no card. */
    private record FirstChoice(Optional<SeenEvents.Mark> mark) {
    }

    /**
     * Takes the consent card away once the person chose: its buttons would otherwise stay, and a
     * second press would save the file again. A card that cannot be taken away stays; the choice
     * still counts.
     */
    private static void removeConsentCard(TurnContext turn) {
        String card = turn.getActivity().getReplyToId();
        if (card == null || card.isBlank()) {
            return;
        }
        try {
            turn.deleteActivity(card).exceptionally(failed -> {
                log.warn("Could not take away the file consent card {}: {}", card, failed.getMessage());
                return null;
            });
        } catch (RuntimeException failed) {
            log.warn("Could not take away the file consent card {}: {}", card, failed.getMessage());
        }
    }

    /** Asks the command again as the person, uploads the file of that answer, and posts the outcome. */
    private void save(ConversationReference chat, Actor person, String command, String file, FileUploadInfo where, String what) {
        Reply answer;
        try {
            answer = bot.handle(new Inbound.CommandReceived(person, command));
        } catch (RuntimeException failed) {
            log.error("Could not ask \"{}\" again for {}: {}", command, what, failed.toString());
            post(chat, text(copy.text("file.failed", file, copy.text("file.notNow"))), what);
            return;
        }
        Optional<Block.Document> document = answer.blocks().stream().filter(Block.Document.class::isInstance)
                .map(Block.Document.class::cast).filter(d -> d.filename().equals(file)).findFirst();
        Activity outcome;
        if (document.isEmpty()) {
            outcome = text(copy.text("file.gone", reason(answer.fallback())));
        } else {
            try {
                upload.put(where.getUploadUrl(), document.get().content().getBytes(StandardCharsets.UTF_8));
                outcome = fileInfo(where);
                log.info("Saved {} to the person's OneDrive", what);
            } catch (OneDriveUpload.UploadFailedException failed) {
                log.warn("Could not save {}: {}", what, failed.getMessage());
                outcome = text(copy.text("file.failed", file, failed.getMessage()));
            }
        }
        post(chat, outcome, what);
    }

    private void post(ConversationReference chat, Activity outcome, String what) {
        try {
            proactive.post(chat, outcome);
        } catch (SendFailedException undelivered) {
            log.error("Handled the file consent for {}, but its outcome could not be posted: {}", what, undelivered.getMessage());
        }
    }

    /** The message that shows an uploaded file: Teams opens it from the person's OneDrive. */
    private static Activity fileInfo(FileUploadInfo where) {
        FileInfoCard card = new FileInfoCard();
        card.setUniqueId(where.getUniqueId());
        card.setFileType(where.getFileType());
        Attachment attachment = new Attachment();
        attachment.setContentType(FileInfoCard.CONTENT_TYPE);
        attachment.setContentUrl(where.getContentUrl());
        attachment.setName(where.getName());
        attachment.setContent(card);
        Activity message = Activity.createMessageActivity();
        message.setAttachments(List.of(attachment));
        return message;
    }

    private Optional<FileConsentCardResponse> read(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.convertValue(value, FileConsentCardResponse.class));
        } catch (IllegalArgumentException notAChoice) {
            return Optional.empty();
        }
    }

    private Activity text(String words) {
        return activities.message(Reply.text(words));
    }

    private static String reason(String fallback) {
        return ReplyCards.cut(fallback.strip().lines().findFirst().orElse(""), MOST_REASON_CHARACTERS);
    }

    private static CompletableFuture<InvokeResponse> answered(int status) {
        return CompletableFuture.completedFuture(new InvokeResponse(status, null));
    }
}
