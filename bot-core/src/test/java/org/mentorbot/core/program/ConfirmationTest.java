package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.testkit.Conversation;

/** Leaving and erasing one's data cannot be taken back, so the bot first says what will happen and asks. */
class ConfirmationTest {

    final Conversation chat = new Conversation();
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");

    @BeforeEach
    void paired() {
        chat.join(maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6"));
        chat.join(ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        chat.send(admin(), "match");
    }

    @Test
    void leaveSaysWhatHappensAndCancellingChangesNothing() {
        Reply question = chat.send(ed, "leave");
        assertThat(question.fallback()).contains("Leave Mentoring program?", "Your pairing with Maya ends now and they are told");
        assertThat(buttons(question)).containsExactly("Confirm", "Cancel");

        Reply cancelled = chat.press(ed, "Cancel", question);
        assertThat(cancelled.fallback()).contains("nothing changed");
        assertThat(cancelled.replacesOriginal()).isTrue();
        assertThat(chat.stores.participants().find(ed.id()).orElseThrow().status()).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(chat.stores.pairings().all()).allMatch(p -> p.status() == PairingStatus.ACTIVE);
        assertThat(chat.inbox(maya)).noneMatch(m -> m.kind() == Message.Kind.NOTICE);
    }

    @Test
    void confirmingLeaveLeavesAndTellsThePartner() {
        Reply left = chat.press(ed, "Confirm", chat.send(ed, "leave"));

        assertThat(left.fallback()).contains("You've left");
        assertThat(left.replacesOriginal()).as("the question's buttons go").isTrue();
        assertThat(chat.stores.participants().find(ed.id()).orElseThrow().status()).isEqualTo(ParticipantStatus.LEFT);
        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).contains("Ed has left");
    }

    @Test
    void deleteMeSaysWhatHappensAndCancellingKeepsEverything() {
        Reply question = chat.send(ed, "delete me");
        assertThat(question.fallback()).contains("Erase everything", "Your pairing with Maya ends now", "cannot be undone");
        assertThat(chat.stores.participants().find(ed.id())).as("asking erases nothing").isPresent();

        chat.press(ed, "Cancel", question);
        assertThat(chat.stores.participants().find(ed.id())).isPresent();
        assertThat(chat.stores.pairings().all()).hasSize(1);
    }

    @Test
    void confirmingDeleteMeErases() {
        Reply erased = chat.press(ed, "Confirm", chat.send(ed, "delete me"));

        assertThat(erased.fallback()).contains("erased");
        assertThat(erased.replacesOriginal()).isTrue();
        assertThat(chat.stores.participants().find(ed.id())).isEmpty();
        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).contains("Ed has left");
    }

    @Test
    void withNothingToEraseThereIsNothingToAsk() {
        Reply answer = chat.send(person("UNEW", "Newcomer"), "delete me");

        assertThat(answer.fallback()).contains("holds no data about you");
        assertThat(buttons(answer)).isEmpty();
    }

    private static java.util.List<String> buttons(Reply reply) {
        return reply.blocks().stream().filter(Block.Actions.class::isInstance)
                .flatMap(b -> ((Block.Actions) b).buttons().stream()).map(Block.Button::label).toList();
    }
}
