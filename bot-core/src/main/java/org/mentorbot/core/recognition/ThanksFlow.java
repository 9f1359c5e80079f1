package org.mentorbot.core.recognition;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Form.Choice;
import org.mentorbot.core.conversation.Form.Input;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.programs.Program;

/**
 * Thanks between partners: the partner receives it in a direct message; with the sender's
 * consent (a button, or the form's choice) it is also shared in the program's channel — and only
 * when the person thanked opted in to be named there. Only partners of an open pairing may thank
 * each other, at most {@link #MAX_PER_DAY} times a day from one to the other; the words are plain
 * text of at most {@link Thanks#MAX_WORDS} characters.
 */
public final class ThanksFlow {

    public static final int MAX_PER_DAY = 3;
    static final String WORDS = "words";
    static final String SHARE = "share";

    private final Program program;
    private final PairingStore pairings;
    private final RecognitionStore store;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final ChannelPosts channel;
    private final IdGenerator ids;
    private final Copy copy;

    public ThanksFlow(Program program, PairingStore pairings, RecognitionStore store, ParticipantStore participants,
                      Messenger messenger, IdGenerator ids, Copy copy) {
        this.program = program;
        this.pairings = pairings;
        this.store = store;
        this.participants = participants;
        this.messenger = messenger;
        this.channel = new ChannelPosts(program, messenger);
        this.ids = ids;
        this.copy = copy;
    }

    /** The pair's open pairing, if the person is in it. */
    public Optional<Pairing> openPairing(ParticipantId person, String pairId) {
        return parse(pairId).flatMap(pairings::find).filter(p -> p.involves(person) && p.status().isOpen());
    }

    /** A button that opens the thanks form for the pair (after "We met"). */
    public Button button(Pairing pairing) {
        return new Button(copy.text("thanks.button"), ActionIds.THANKS_OPEN, pairing.id().value(), Style.PRIMARY);
    }

    /** The thanks form for the pair, with {@code words} already in it. */
    public Reply form(ParticipantId sender, Pairing pairing, String words) {
        List<Input> inputs = new java.util.ArrayList<>();
        inputs.add(new Input(WORDS, copy.text("thanksForm.words"), Form.Kind.MULTILINE, true, words, List.of(),
                Thanks.MAX_WORDS, ""));
        if (channel.available()) {
            inputs.add(new Input(SHARE, copy.text("thanksForm.share"), Form.Kind.SELECT, true, "no",
                    List.of(new Choice(copy.text("thanksForm.share.no"), "no"), new Choice(copy.text("thanksForm.share.yes"), "yes")),
                    0, ""));
        }
        return Reply.builder().form(new Form(ActionIds.FORM_THANKS, copy.text("thanksForm.title"), copy.text("thanksForm.submit"),
                pairing.id().value(), inputs, copy.text("thanksForm.intro", nameOf(pairing.partnerOf(sender))))).build();
    }

    /** A submitted thanks form. */
    public Reply submit(ParticipantId sender, String pairId, Map<String, String> values, Instant now) {
        Optional<Pairing> pairing = openPairing(sender, pairId);
        String words = values.getOrDefault(WORDS, "").strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (pairing.isEmpty()) {
            errors.put(WORDS, copy.text("thanksForm.error.pair"));
        } else if (words.isEmpty() || words.length() > Thanks.MAX_WORDS) {
            errors.put(WORDS, copy.text("thanksForm.error.words", Thanks.MAX_WORDS));
        }
        if (!errors.isEmpty()) {
            return Reply.formErrors(errors);
        }
        return send(sender, pairing.get(), words, "yes".equalsIgnoreCase(values.getOrDefault(SHARE, "no")), now);
    }

    /** Sends the thanks to the sender's partner in the pairing; shares it only when {@code share}. */
    public Reply send(ParticipantId sender, Pairing pairing, String words, boolean share, Instant now) {
        if (words.length() > Thanks.MAX_WORDS) {
            return Reply.text(copy.text("thanks.tooLong", words.length(), Thanks.MAX_WORDS));
        }
        ParticipantId partner = pairing.partnerOf(sender);
        Instant dayAgo = now.minus(Duration.ofDays(1));
        long today = store.thanksFrom(sender).stream().filter(t -> t.to().equals(partner) && t.at().isAfter(dayAgo)).count();
        if (today >= MAX_PER_DAY) {
            return Reply.text(copy.text("thanks.limit", nameOf(partner), MAX_PER_DAY));
        }
        String senderName = nameOf(sender);
        Reply received = Reply.text(words.isEmpty() ? copy.text("thanks.receivedPlain", senderName)
                : copy.text("thanks.received", senderName, words));
        Delivery delivery = messenger.deliver(new Message(List.of(partner), received, Message.Kind.NOTICE));
        if (!delivery.reachedAnyone()) {
            return Reply.text(copy.text("thanks.unreachable", nameOf(partner)));
        }
        Thanks thanks = new Thanks(ids.next("thanks"), sender, partner, pairing.id(), words, now, false);
        store.saveThanks(thanks);
        Reply.Builder reply = Reply.builder().text(copy.text("thanks.sent", nameOf(partner)));
        if (share) {
            return reply.append(share(sender, thanks.id())).build();
        }
        if (channel.available() && store.optedIn(partner)) {
            reply.text(copy.text("thanks.shareOffer"))
                    .buttons(List.of(Button.of(copy.text("thanks.share"), ActionIds.THANKS_SHARE, thanks.id())));
        }
        return reply.build();
    }

    /** Shares a thank-you in the program's channel: only its sender may, once, and only if the person thanked opted in. */
    public Reply share(ParticipantId actor, String thanksId) {
        Optional<Thanks> thanks = store.findThanks(thanksId);
        if (thanks.isEmpty()) {
            return Reply.text(copy.text("thanks.unknown"));
        }
        if (!thanks.get().from().equals(actor)) {
            return Reply.text(copy.text("thanks.notYours"));
        }
        if (!channel.available()) {
            return Reply.text(copy.text("thanks.noChannel", program.name()));
        }
        if (!store.optedIn(thanks.get().to())) {
            return Reply.text(copy.text("thanks.private", nameOf(thanks.get().to())));
        }
        if (!store.markShared(thanksId)) {
            return Reply.text(copy.text("thanks.alreadyShared"));
        }
        Thanks t = thanks.get();
        channel.post(Reply.text(t.words().isEmpty() ? copy.text("thanks.channelPostPlain", nameOf(t.from()), nameOf(t.to()))
                : copy.text("thanks.channelPost", nameOf(t.from()), nameOf(t.to()), t.words())));
        return Reply.text(copy.text("thanks.shared"));
    }

    private String nameOf(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(copy.text("someone"));
    }

    private static Optional<PairId> parse(String value) {
        try {
            return Optional.of(new PairId(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }
}
