package org.mentorbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;

class WebInboxTest {

    private static final ParticipantId ADA = new ParticipantId("web:ada");
    private static final ParticipantId GRACE = new ParticipantId("web:grace");
    private static final ParticipantId STRANGER = new ParticipantId("web:stranger");

    private final WebInbox inbox = new WebInbox(Set.of(ADA, GRACE)::contains,
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aMessageToAPairLandsInBothInboxesAndAnUnknownRecipientIsReportedAsFailed() {
        Delivery delivery = inbox.deliver(new Message(List.of(ADA, GRACE, STRANGER), Reply.text("Meet Grace"),
                Message.Kind.INTRODUCTION));

        assertThat(delivery.delivered()).containsExactly(ADA, GRACE);
        assertThat(delivery.failed()).containsOnlyKeys(STRANGER);
        assertThat(inbox.of(ADA).messages()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Message.Kind.INTRODUCTION);
            assertThat(m.content().fallback()).isEqualTo("Meet Grace");
        });
        assertThat(inbox.of(GRACE).messages().get(0).id()).isEqualTo(inbox.of(ADA).messages().get(0).id());
    }

    @Test
    void anAnswerReplacesTheSharedMessageForEveryoneWhoGotIt() {
        inbox.deliver(new Message(List.of(ADA, GRACE), Reply.text("Have you met?"), Message.Kind.CHECK_IN));
        long id = inbox.of(GRACE).messages().get(0).id();
        long versionBefore = inbox.of(ADA).version();

        boolean replaced = inbox.replace(GRACE, id, Reply.text("Grace answered: We met"));

        assertThat(replaced).isTrue();
        assertThat(inbox.of(ADA).messages().get(0).content().fallback()).isEqualTo("Grace answered: We met");
        assertThat(inbox.of(ADA).version()).isGreaterThan(versionBefore);
    }

    @Test
    void nobodyCanReplaceAMessageTheyDidNotGet() {
        inbox.deliver(new Message(List.of(ADA), Reply.text("Admin alert"), Message.Kind.ADMIN_ALERT));
        long id = inbox.of(ADA).messages().get(0).id();

        assertThat(inbox.replace(GRACE, id, Reply.text("gone"))).isFalse();
        assertThat(inbox.replace(ADA, id + 100, Reply.text("gone"))).isFalse();
        assertThat(inbox.of(ADA).messages().get(0).content().fallback()).isEqualTo("Admin alert");
    }

    @Test
    void anInboxKeepsOnlyItsNewestMessagesNewestFirst() {
        for (int i = 1; i <= WebInbox.MAX_PER_INBOX + 5; i++) {
            inbox.deliver(new Message(List.of(ADA), Reply.text("notice " + i), Message.Kind.NOTICE));
        }

        List<WebInbox.Entry> kept = inbox.of(ADA).messages();
        assertThat(kept).hasSize(WebInbox.MAX_PER_INBOX);
        assertThat(kept.get(0).content().fallback()).isEqualTo("notice " + (WebInbox.MAX_PER_INBOX + 5));
        assertThat(kept.get(kept.size() - 1).content().fallback()).isEqualTo("notice 6");
        assertThat(inbox.of(GRACE).messages()).isEmpty();
    }
}
