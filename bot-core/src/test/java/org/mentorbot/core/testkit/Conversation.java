package org.mentorbot.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.memory.InMemoryProgramStore;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramFlows;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * A whole program in memory that tests talk to as people would: {@code send(alice, "join")},
 * {@code press(bob, "We met", lastMessage)}, and look at what the bot said or sent.
 */
public final class Conversation {

    public static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T10:00:00Z");
    public static final ParticipantId ADMIN = new ParticipantId("slack:UADMIN");

    public final TestClock clock = new TestClock(MONDAY_MORNING);
    public final RecordingMessenger messenger = new RecordingMessenger();
    public final Stores stores;
    public final MentorBot bot;
    public final ProgramFlows program;
    public final InMemoryProgramStore programs;
    public final ProgramRegistry registry;
    private final Copy copy = Copy.english();

    public Conversation() {
        this(Stores.inMemory(), new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3));
    }

    public Conversation(Stores stores, ProgramSettings settings) {
        this(stores, List.of(defaultProgram(settings)));
    }

    /** A conversation with the organisation running {@code programs} (the first is the one {@link #program} drives). */
    public Conversation(Stores stores, List<Program> running) {
        this(stores.inMemorySpace(), running);
    }

    /** A conversation whose programs keep their state in {@code space}; {@link #stores} are the default program's. */
    public Conversation(ProgramRegistry.StoreSpace space, List<Program> running) {
        this(space, running, Anonymity.DEFAULT);
    }

    /** The default program in memory, its aggregates withheld under {@code anonymity}'s minimum of answers. */
    public Conversation(Anonymity anonymity) {
        this(Stores.inMemory().inMemorySpace(), List.of(defaultProgram(
                new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3))), anonymity);
    }

    /** A conversation whose programs keep their state in {@code space} and withhold aggregates under {@code anonymity}. */
    public Conversation(ProgramRegistry.StoreSpace space, List<Program> running, Anonymity anonymity) {
        this.stores = space.of(ProgramSlug.DEFAULT);
        AtomicLong sequence = new AtomicLong();
        IdGenerator ids = kind -> kind + "-" + sequence.incrementAndGet();
        Admins admins = new Admins(java.util.Set.of(ADMIN));
        this.programs = new InMemoryProgramStore();
        running.forEach(programs::save);
        this.registry = ProgramAssembly.registry(programs, space, messenger, admins, clock, ids, copy, anonymity);
        this.program = registry.flows(running.get(0));
        this.bot = ProgramAssembly.bot(registry, clock, copy);
    }

    /** The program every conversation starts with, as a bot without a programs file has it. */
    public static Program defaultProgram(ProgramSettings settings) {
        Program named = Program.named(ProgramSlug.DEFAULT, "Mentoring program");
        return new Program(named.slug(), named.name(), named.objectives(), named.kind(), named.matching(), named.matchingCron(),
                settings, null, null, true, java.util.Set.of(), "", null, null, null, null, java.util.List.of(), null);
    }

    public static Actor person(String id, String name) {
        return Actor.of(new ParticipantId("slack:" + id), name);
    }

    public static Actor admin() {
        return Actor.of(ADMIN, "Ada Admin");
    }

    public Reply send(Actor who, String text) {
        return bot.handle(new Inbound.CommandReceived(who, text));
    }

    public Reply submit(Actor who, String formId, String context, Map<String, String> values) {
        return bot.handle(new Inbound.FormSubmitted(who, formId, context, values));
    }

    /** Presses the button with this label in the message. */
    public Reply press(Actor who, String label, Reply message) {
        Block.Button button = button(message, label).orElseThrow(() -> new AssertionError("no button '" + label + "' in " + message.fallback()));
        return bot.handle(new Inbound.ButtonPressed(who, button.actionId(), button.value()));
    }

    /** Sends words that ask for a confirmation ({@code leave}, {@code delete me}) and presses Confirm. */
    public Reply confirm(Actor who, String text) {
        return press(who, "Confirm", send(who, text));
    }

    /** Joins through the enrollment form with the given answers; unspecified fields keep the form's defaults. */
    public Reply join(Actor who, Map<String, String> answers) {
        return join(who, "join", answers);
    }

    /** Joins with {@code words} (such as {@code join eng}) through the form they open. */
    public Reply join(Actor who, String words, Map<String, String> answers) {
        Reply form = send(who, words);
        assertThat(form.form()).as("join opens a form").isPresent();
        Map<String, String> values = new LinkedHashMap<>();
        form.form().get().inputs().forEach(input -> values.put(input.name(), input.initial()));
        values.putAll(answers);
        return submit(who, ActionIds.FORM_JOIN, form.form().get().context(), values);
    }

    public List<Message> inbox(Actor who) {
        return messenger.inbox(who.id());
    }

    public Reply last(Actor who, Message.Kind kind) {
        List<Message> messages = messenger.inbox(who.id(), kind);
        assertThat(messages).as("%s has a %s", who.displayName(), kind).isNotEmpty();
        return messages.get(messages.size() - 1).content();
    }

    public void advance(Duration by) {
        clock.advance(by);
    }

    public static Optional<Block.Button> button(Reply message, String label) {
        return message.blocks().stream().filter(Block.Actions.class::isInstance)
                .flatMap(b -> ((Block.Actions) b).buttons().stream())
                .filter(b -> b.label().equals(label)).findFirst();
    }
}
