package org.mentorbot.teams.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.testkit.Conversation;
import org.mentorbot.teams.FullPool;
import org.mentorbot.teams.TeamsCopy;
import org.mentorbot.teams.TeamsJson;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.delivery.ConversationReferences;
import org.mentorbot.teams.delivery.ProactiveMessages;

/**
 * A file too long for a card is offered with a file consent card in a personal chat, for a
 * command that only reads; allowing it asks the command again as the person and puts the file
 * in their OneDrive (a loopback fake of the upload session); declining saves nothing. The turn
 * and the proactive post are the SDK's edges and are stubbed; the program is the real one.
 */
class FileConsentsTest {

    private static final String UMAS_CHAT = "a:1uma-personal-chat";
    private static final String CONSENT_CARD = "1:consent-card";
    private static final String CHANNEL = "19:program-channel@thread.tacv2";

    private final ObjectMapper json = TeamsJson.mapper();
    private final Conversation program = new Conversation();
    private final Actor uma = Actor.of(ParticipantId.of("teams", "aad-uma"), "Uma");
    private final ReplyActivities activities = new ReplyActivities(json);
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final List<Activity> posted = new CopyOnWriteArrayList<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();
    private final List<String> postedTo = new CopyOnWriteArrayList<>();
    private final SeenEvents seen = new InMemorySeenEvents(Clock.systemUTC());
    private final ProactiveMessages proactive = recordingProactive();

    @Test
    void aFileTooLongForTheCardIsOfferedWholeInAPersonalChat() throws Exception {
        Reply preview = longPreview();
        FileConsents files = files(new DeferredWork("files", 1, 1), false);

        List<Activity> messages = activities.messages(preview, files.offer(message(UMAS_CHAT, "personal"),
                new Inbound.CommandReceived(uma, "match preview")));

        assertThat(messages).hasSize(2);
        JsonNode card = json.valueToTree(messages.get(0).getAttachments().get(0).getContent());
        assertThat(card.toString()).contains("The whole of preview.csv comes next as a file: choose Allow")
                .doesNotContain("lines were left out");
        JsonNode offer = json.valueToTree(messages.get(1).getAttachments().get(0));
        assertThat(offer.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.consent");
        assertThat(offer.path("name").asText()).isEqualTo("preview.csv");
        assertThat(offer.path("content").path("sizeInBytes").asLong())
                .isEqualTo(document(preview).content().getBytes(StandardCharsets.UTF_8).length);
        assertThat(offer.path("content").path("acceptContext"))
                .isEqualTo(json.valueToTree(Map.of("command", "match preview", "file", "preview.csv")));
        assertThat(offer.path("content").path("declineContext")).isEqualTo(offer.path("content").path("acceptContext"));
        assertThat(offer.path("content").path("description").asText()).contains("preview.csv", "\"match preview\"");
    }

    @Test
    void noFileIsOfferedForACommandThatChangesThingsNorInAChannelBySomeoneWithoutAPersonalChat() {
        Reply preview = longPreview();
        FileConsents files = files(new DeferredWork("files", 1, 1), false);

        List<Activity> inAChannel = activities.messages(preview, files.offer(message(CHANNEL, "channel"),
                new Inbound.CommandReceived(uma, "match preview")));
        List<Activity> aRound = activities.messages(preview, files.offer(message(UMAS_CHAT, "personal"),
                new Inbound.CommandReceived(uma, "match")));

        assertThat(inAChannel).hasSize(1);
        assertThat(aRound).hasSize(1);
        assertThat(json.valueToTree(aRound.get(0).getAttachments().get(0).getContent()).toString()).contains("lines were left out");
        assertThat(json.valueToTree(inAChannel.get(0).getAttachments().get(0).getContent()).toString()).contains("lines were left out");
        assertThat(posted).isEmpty();
    }

    @Test
    void aFileAskedForInAChannelIsOfferedInThePersonsPersonalChat() {
        ConversationReference umasChat = new ConversationReference();
        umasChat.setConversation(new ConversationAccount(UMAS_CHAT));
        umasChat.setServiceUrl("https://smba.example.test/");
        umasChat.setChannelId("msteams");
        program.stores.addresses().remember(uma.id(), new ConversationReferences(json).write(umasChat));
        FileConsents files = files(new DeferredWork("files", 1, 1), false);

        List<Activity> inAChannel = activities.messages(longPreview(), files.offer(message(CHANNEL, "channel"),
                new Inbound.CommandReceived(uma, "match preview")));

        assertThat(inAChannel).as("the channel gets the card only").hasSize(1);
        assertThat(json.valueToTree(inAChannel.get(0).getAttachments().get(0).getContent()).toString())
                .contains("The whole of preview.csv is waiting in our personal chat: choose Allow there")
                .doesNotContain("lines were left out");
        assertThat(postedTo).containsExactly(UMAS_CHAT);
        JsonNode offer = json.valueToTree(posted.get(0).getAttachments().get(0));
        assertThat(offer.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.consent");
        assertThat(offer.path("content").path("acceptContext").path("command").asText()).isEqualTo("match preview");
    }

    @Test
    void allowingAFileAsksTheCommandAgainAsThePersonAndSavesItsFileInTheirOneDrive() throws Exception {
        enrolUma();
        try (FakeOneDrive drive = new FakeOneDrive(n -> 201)) {
            InvokeResponse answer = choose(consent("accept", "export", "mentorbot-data.json", drive.uploadUrl()));

            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(drive.fragments).singleElement().satisfies(f -> assertThat(f.method()).isEqualTo("PUT"));
            String saved = new String(drive.received(), StandardCharsets.UTF_8);
            assertThat(saved).contains("Uma", "aad-uma", "rust");
            assertThat(drive.fragments.get(0).contentRange()).isEqualTo("bytes 0-" + (drive.received().length - 1) + "/" + drive.received().length);
            assertThat(posted).singleElement().satisfies(info -> {
                JsonNode attachment = json.valueToTree(info.getAttachments().get(0));
                assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.info");
                assertThat(attachment.path("contentUrl").asText()).isEqualTo("https://contoso-my.sharepoint.com/personal/uma/mentorbot-data.json");
                assertThat(attachment.path("name").asText()).isEqualTo("mentorbot-data.json");
                assertThat(attachment.path("content").path("uniqueId").asText()).isEqualTo("1150D938-8870-4044-9F2C-5BBDEBA70C8C");
                assertThat(attachment.path("content").path("fileType").asText()).isEqualTo("json");
            });
            assertThat(said).isEmpty();
            assertThat(deleted).as("the consent card is taken away").containsExactly(CONSENT_CARD);
        }
    }

    @Test
    void aSecondPressOrARedeliveryOfTheSameChoiceDoesNothing() throws Exception {
        enrolUma();
        try (FakeOneDrive drive = new FakeOneDrive(n -> 201)) {
            Activity allow = consent("accept", "export", "mentorbot-data.json", drive.uploadUrl());

            assertThat(choose(allow).getStatus()).isEqualTo(200);
            assertThat(choose(allow).getStatus()).as("answered, so that Teams shows no error").isEqualTo(200);
            assertThat(choose(consent("decline", "export", "mentorbot-data.json", null)).getStatus()).isEqualTo(200);

            assertThat(drive.fragments).as("saved once").hasSize(1);
            assertThat(posted).hasSize(1);
            assertThat(said).isEmpty();
            assertThat(deleted).containsExactly(CONSENT_CARD);
        }
    }

    @Test
    void whenTheBotIsBusyTheCardStaysAndCanBeAllowedAgain() throws Exception {
        enrolUma();
        try (FakeOneDrive drive = new FakeOneDrive(n -> 201)) {
            Activity allow = consent("accept", "export", "mentorbot-data.json", drive.uploadUrl());
            CountDownLatch release = new CountDownLatch(1);
            try (DeferredWork busy = new DeferredWork("files", 1, 1)) {
                FullPool.fill(busy, release);

                assertThat(files(busy, true).answer(turn(allow)).join().getStatus()).isEqualTo(200);
                release.countDown();
            }
            assertThat(said).containsExactly("I'm busy right now, so I didn't start that. Please try again in a minute.");
            assertThat(deleted).as("the card stays, to be pressed again").isEmpty();

            assertThat(choose(allow).getStatus()).isEqualTo(200);
            assertThat(drive.fragments).hasSize(1);
            assertThat(deleted).containsExactly(CONSENT_CARD);
        }
    }

    @Test
    void decliningSavesNothingAndSaysSo() throws Exception {
        enrolUma();
        try (FakeOneDrive drive = new FakeOneDrive(n -> 201)) {
            InvokeResponse answer = choose(consent("decline", "export", "mentorbot-data.json", null));

            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(said).containsExactly("Not sent: mentorbot-data.json was not saved to your OneDrive. Ask again whenever you want it.");
            assertThat(drive.fragments).isEmpty();
            assertThat(posted).isEmpty();
            assertThat(deleted).containsExactly(CONSENT_CARD);
        }
    }

    @Test
    void aChoiceThatIsNoFileOfMentorbotsOrNamesAnUnsafeAddressIsRefusedAndChangesNothing() throws Exception {
        enrolUma();
        try (FakeOneDrive drive = new FakeOneDrive(n -> 201);
             DeferredWork afterTurn = new DeferredWork("files", 1, 1)) {
            FileConsents registered = files(afterTurn, false);
            FileConsents local = files(afterTurn, true);

            assertThat(local.answer(turn(consent("accept", "match", "mentorbot-match-round.csv", drive.uploadUrl()))).join().getStatus())
                    .as("a round is never run again for its file").isEqualTo(400);
            assertThat(local.answer(turn(consent("accept", "delete me", "x.json", drive.uploadUrl()))).join().getStatus()).isEqualTo(400);
            assertThat(local.answer(turn(consent("accept", "export", "", drive.uploadUrl()))).join().getStatus()).isEqualTo(400);
            assertThat(local.answer(turn(consent("open", "export", "mentorbot-data.json", drive.uploadUrl()))).join().getStatus())
                    .isEqualTo(400);
            assertThat(local.answer(turn(consent("accept", "export", "mentorbot-data.json", null))).join().getStatus()).isEqualTo(400);
            assertThat(local.answer(turn(consent("accept", "export", "mentorbot-data.json", "file:///etc/passwd"))).join().getStatus())
                    .isEqualTo(400);
            assertThat(registered.answer(turn(consent("accept", "export", "mentorbot-data.json", drive.uploadUrl()))).join().getStatus())
                    .as("plain HTTP only in local mode").isEqualTo(400);
            assertThat(local.answer(turn(consent("decline", " ", "mentorbot-data.json", null))).join().getStatus())
                    .as("no command is no file of Mentorbot's").isEqualTo(400);
            Activity fromWebChat = consent("accept", "export", "mentorbot-data.json", drive.uploadUrl());
            fromWebChat.setChannelId("webchat");
            assertThat(local.answer(turn(fromWebChat)).join().getStatus()).as("files are Teams' only").isEqualTo(400);
            Activity notAChoice = consent("accept", "export", "mentorbot-data.json", drive.uploadUrl());
            notAChoice.setValue(List.of(1, 2, 3));
            assertThat(local.answer(turn(notAChoice)).join().getStatus()).isEqualTo(400);
        }
        assertThat(posted).isEmpty();
        assertThat(said).isEmpty();
        assertThat(deleted).isEmpty();
        assertThat(program.stores.participants().find(uma.id())).as("nothing was erased").isPresent();
    }

    @Test
    void aFileTheAnswerNoLongerHasIsNotUploadedAndThePersonHearsWhy() throws Exception {
        try (FakeOneDrive drive = new FakeOneDrive(n -> 201)) {
            choose(consent("accept", "export", "mentorbot-data.json", drive.uploadUrl()));

            assertThat(drive.fragments).isEmpty();
            assertThat(posted).singleElement().satisfies(m -> assertThat(m.getText())
                    .startsWith("The file is no longer there to save:").contains("holds no data about you"));
        }
    }

    @Test
    void anUploadOneDriveRefusesIsSaidInWords() throws Exception {
        enrolUma();
        try (FakeOneDrive drive = new FakeOneDrive(n -> 507)) {
            choose(consent("accept", "export", "mentorbot-data.json", drive.uploadUrl()));

            assertThat(posted).singleElement().satisfies(m -> assertThat(m.getText())
                    .isEqualTo("Could not save mentorbot-data.json to your OneDrive: OneDrive answered HTTP 507. Ask again to try once more."));
        }
    }

    /** The person's choice, answered by the bot in local mode; returns once the work after the turn is done. */
    private InvokeResponse choose(Activity consent) {
        try (DeferredWork afterTurn = new DeferredWork("files", 1, 1)) {
            return files(afterTurn, true).answer(turn(consent)).join();
        }
    }

    @Test
    void aFileThePersonSendsIsNotTakenAndTheySaySo() {
        FileConsents files = files(new DeferredWork("files", 1, 1), false);
        Activity sent = message(UMAS_CHAT, "personal");
        Attachment file = new Attachment();
        file.setContentType("application/vnd.microsoft.teams.file.download.info");
        file.setName("cv.pdf");
        file.setContentUrl("https://contoso-my.sharepoint.com/personal/uma/Documents/Applications/cv.pdf");
        sent.setAttachments(List.of(file));

        assertThat(files.answerToFilesOnly(sent, "")).hasValueSatisfying(answer ->
                assertThat(answer.getText()).startsWith("I don't take files"));
        assertThat(files.answerToFilesOnly(sent, "export")).as("words with the file are a command").isEmpty();
        assertThat(files.answerToFilesOnly(message(UMAS_CHAT, "personal"), "")).isEmpty();
    }

    private FileConsents files(DeferredWork afterTurn, boolean local) {
        return new FileConsents(program.bot, afterTurn, proactive, activities, TeamsCopy.english(), json,
                new OneDriveUpload(Duration.ofSeconds(10), local), program.stores.addresses(), seen);
    }

    private void enrolUma() {
        assertThat(program.join(uma, Map.of("role", "mentee", "skillsWanted", "rust", "level", "2", "department", "Product",
                "timezone", "Europe/Lisbon")).fallback()).contains("Welcome to the mentoring program");
    }

    private static Reply longPreview() {
        StringBuilder csv = new StringBuilder("outcome,mentor,mentee\r\n");
        IntStream.range(0, 5_000).forEach(i -> csv.append("pair,Mentor ").append(i).append(",Mentee ").append(i).append("\r\n"));
        return Reply.builder().header("Matching preview: 5000 pairs, 0 waiting")
                .attachment(new Block.Document("preview.csv", "text/csv", csv.toString()), "File preview.csv: 5000 rows.").build();
    }

    private static Block.Document document(Reply reply) {
        return reply.blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast).findFirst().orElseThrow();
    }

    private static Activity message(String conversationId, String type) {
        Activity activity = Activity.createMessageActivity();
        ConversationAccount conversation = new ConversationAccount(conversationId);
        conversation.setConversationType(type);
        activity.setConversation(conversation);
        return activity;
    }

    private static Activity consent(String action, String command, String file, String uploadUrl) {
        Activity invoke = new Activity(ActivityTypes.INVOKE);
        invoke.setName(FileConsents.INVOKE);
        invoke.setId("f:1");
        invoke.setReplyToId(CONSENT_CARD);
        invoke.setServiceUrl("https://smba.example.test/");
        invoke.setChannelId("msteams");
        ConversationAccount chat = new ConversationAccount(UMAS_CHAT);
        chat.setConversationType("personal");
        invoke.setConversation(chat);
        ChannelAccount from = new ChannelAccount("29:1uma", "Uma");
        from.setAadObjectId("aad-uma");
        invoke.setFrom(from);
        invoke.setRecipient(new ChannelAccount("28:bot", "Mentorbot"));
        Map<String, Object> value = new HashMap<>(Map.of("type", "fileUpload", "action", action,
                "context", Map.of("command", command, "file", file)));
        if (uploadUrl != null) {
            value.put("uploadInfo", Map.of("contentUrl", "https://contoso-my.sharepoint.com/personal/uma/mentorbot-data.json",
                    "name", "mentorbot-data.json", "uploadUrl", uploadUrl, "uniqueId", "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                    "fileType", "json"));
        }
        invoke.setValue(value);
        return invoke;
    }

    private TurnContext turn(Activity activity) {
        TurnContext context = mock(TurnContext.class);
        when(context.getActivity()).thenReturn(activity);
        when(context.sendActivity(any(Activity.class))).thenAnswer(call -> {
            said.add(call.<Activity>getArgument(0).getText());
            return CompletableFuture.completedFuture(new ResourceResponse("reply-1"));
        });
        when(context.deleteActivity(anyString())).thenAnswer(call -> {
            deleted.add(call.getArgument(0));
            return CompletableFuture.completedFuture(null);
        });
        return context;
    }

    private ProactiveMessages recordingProactive() {
        ProactiveMessages messages = mock(ProactiveMessages.class);
        doAnswer(call -> {
            postedTo.add(call.<ConversationReference>getArgument(0).getConversation().getId());
            posted.add(call.getArgument(1));
            return null;
        }).when(messages).post(any(), any());
        return messages;
    }
}
