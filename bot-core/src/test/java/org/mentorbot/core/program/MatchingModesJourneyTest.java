package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.choice.MentorRequest;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.matching.WaitingMentee;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.testkit.Conversation;

/**
 * The matching modes as people live them: a mentee picks from suggestions and the mentor
 * consents (accept, decline, timeout); a pairing that is not a good fit ends without fault and
 * both go first next round, never together again; mentees left waiting hear why, once per
 * round; working styles give reasons.
 */
class MatchingModesJourneyTest {

    static final ProgramSlug PICK = new ProgramSlug("pick");
    static final ProgramSlug ENG = new ProgramSlug("eng");
    static final ProgramSlug CIRCLE = new ProgramSlug("circle");

    final Actor maya = person("UMAYA", "Maya");
    final Actor rui = person("URUI", "Rui");
    final Actor tom = person("UTOM", "Tom");
    final Actor ed = person("UED", "Ed");
    final Actor ana = person("UANA", "Ana");
    final Actor leo = person("ULEO", "Leo");

    private static Program program(ProgramSlug slug, String name, MatchingMode mode, MatchingRules rules) {
        return new Program(slug, name, "", null, mode, "", null, null, null, true, Set.of(), "", Duration.ofDays(3), null,
                rules, null, List.of(), null);
    }

    final Conversation chat = new Conversation(Stores.inMemory(), List.of(
            program(PICK, "Pick your mentor", MatchingMode.MENTEE_CHOICE, null),
            program(ENG, "Engineering mentoring", MatchingMode.ADMIN, new MatchingRules(MatchingRules.Seniority.MENTOR_SENIOR, true, 3)),
            circles(program(CIRCLE, "Go circles", MatchingMode.ADMIN, null))));

    private static Program circles(Program p) {
        return new Program(p.slug(), p.name(), p.objectives(), org.mentorbot.core.programs.ProgramKind.CIRCLES, p.matching(),
                p.matchingCron(), p.rhythm(), p.startsAt(), p.endsAt(), p.enrolmentOpen(), p.admins(), p.channel(), p.requestTimeout(),
                p.baselineAnnualTurnover(), p.rules(), p.weights(), p.resources(), p.closedAt());
    }

    // ---- mentee choice ----

    @Test
    void aMenteeRequestsASuggestedMentorWhoAccepts() {
        mentor(maya, PICK, "go, kubernetes", 6, "video");
        mentor(rui, PICK, "go", 7, "chat");
        mentee(ed, PICK, "go, kubernetes", 3, "video");

        Reply suggestions = chat.send(ed, "suggestions");
        assertThat(suggestions.fallback()).contains("Mentors for you", "Maya", "Rui", "You both prefer video calls");
        assertThat(buttons(suggestions)).containsExactly("Request Maya", "Request Rui");

        Reply asked = chat.press(ed, "Request Maya", suggestions);
        assertThat(asked.fallback()).contains("Request sent to Maya", "held for you until Thursday 5 March");
        Reply request = chat.last(maya, Message.Kind.NOTICE);
        assertThat(request.fallback()).contains("Ed would like you as their mentor", "Both work on go, kubernetes");

        Reply accepted = chat.press(maya, "Accept", request);
        assertThat(accepted.fallback()).contains("You accepted Ed");
        assertThat(chat.last(ed, Message.Kind.INTRODUCTION).fallback()).contains("Maya", "Ed");
        assertThat(pairings(PICK)).singleElement().satisfies(p -> {
            assertThat(p.mentor()).isEqualTo(maya.id());
            assertThat(p.mentee()).isEqualTo(ed.id());
        });
        assertThat(chat.registry.stores(PICK).requests().holdingSeats()).as("the pairing holds the seat now").isEmpty();
        assertThat(chat.send(ed, "suggestions").fallback()).contains("You already have a mentor");
        assertThat(chat.press(maya, "Accept", request).fallback()).as("a second press").contains("already accepted", "nothing changed");
    }

    @Test
    void aDeclinedMenteeIsToldKindlyAndGetsFreshSuggestionsWithoutThatMentor() {
        mentor(maya, PICK, "go", 6, "any");
        mentor(rui, PICK, "go", 7, "any");
        mentee(ed, PICK, "go", 3, "any");
        Reply suggestions = chat.send(ed, "suggestions");
        chat.press(ed, "Request Maya", suggestions);

        Reply declined = chat.press(maya, "Decline", chat.last(maya, Message.Kind.NOTICE));

        assertThat(declined.fallback()).contains("Thanks for letting us know");
        Reply kind = chat.last(ed, Message.Kind.NOTICE);
        assertThat(kind.fallback()).contains("Maya cannot take on a mentee right now", "not about you", "Rui");
        assertThat(buttons(kind)).containsExactly("Request Rui");
        assertThat(pairings(PICK)).isEmpty();
        assertThat(chat.press(ed, "Request Rui", kind).fallback()).contains("Request sent to Rui");
    }

    @Test
    void anUnansweredRequestLapsesAfterTheTimeoutAndTheMentorCannotAcceptItLate() {
        mentor(maya, PICK, "go", 6, "any");
        mentor(rui, PICK, "go", 7, "any");
        mentee(ed, PICK, "go", 3, "any");
        chat.press(ed, "Request Maya", chat.send(ed, "suggestions"));
        Reply request = chat.last(maya, Message.Kind.NOTICE);

        chat.advance(Duration.ofDays(2));
        assertThat(flows(PICK).choice().expireDue(chat.clock.instant()).expired()).isZero();
        chat.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(flows(PICK).choice().expireDue(chat.clock.instant()).expired()).isEqualTo(1);
        assertThat(flows(PICK).choice().expireDue(chat.clock.instant()).expired()).as("once").isZero();

        assertThat(chat.last(ed, Message.Kind.NOTICE).fallback()).contains("Maya did not get to your request in time", "nobody's fault", "Rui");
        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).contains("request from Ed lapsed");
        Reply late = chat.press(maya, "Accept", request);
        assertThat(late.fallback()).contains("This request from Ed timed out on", "nothing changed");
        assertThat(pairings(PICK)).isEmpty();
        assertThat(chat.registry.stores(PICK).requests().of(ed.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(MentorRequest.Status.EXPIRED));
    }

    @Test
    void badRequestsAreAnsweredInASentenceAndChangeNothing() {
        mentor(maya, PICK, "go", 6, "any");
        mentor(rui, PICK, "go", 7, "any");
        mentor(tom, PICK, "sales", 7, "any").speaks("ja");
        mentee(ed, PICK, "go", 3, "any");
        Reply suggestions = chat.send(ed, "suggestions");
        assertThat(buttons(suggestions)).doesNotContain("Request Tom");

        Reply notSuggested = chat.bot.handle(new Inbound.ButtonPressed(ed, ActionIds.CHOICE_REQUEST, "pick~" + tom.id().value()));
        assertThat(notSuggested.fallback()).contains("You can only ask a mentor who was suggested to you", "nothing changed");
        assertThat(chat.registry.stores(PICK).requests().of(ed.id())).isEmpty();

        chat.press(ed, "Request Maya", suggestions);
        Reply second = chat.press(ed, "Request Rui", suggestions);
        assertThat(second.fallback()).contains("You have already asked Maya", "nothing changed");
        assertThat(chat.registry.stores(PICK).requests().of(ed.id())).hasSize(1);
        assertThat(chat.inbox(rui)).isEmpty();

        Reply request = chat.last(maya, Message.Kind.NOTICE);
        assertThat(chat.press(rui, "Accept", request).fallback()).contains("sent to another mentor", "nothing changed");
        assertThat(chat.bot.handle(new Inbound.ButtonPressed(maya, ActionIds.CHOICE_ACCEPT, "pick~request-nope")).fallback())
                .contains("I don't know that request");
        assertThat(pairings(PICK)).isEmpty();
    }

    @Test
    void aPendingRequestHoldsTheLastSeatSoNobodyElseIsOfferedIt() {
        mentor(maya, PICK, "go", 6, "any");
        mentee(ed, PICK, "go", 3, "any");
        mentee(ana, PICK, "go", 3, "any");
        Reply forEd = chat.send(ed, "suggestions");
        Reply forAna = chat.send(ana, "suggestions");
        chat.press(ed, "Request Maya", forEd);

        assertThat(chat.press(ana, "Request Maya", forAna).fallback()).contains("Maya has just taken their last mentee", "nothing was sent");
        assertThat(chat.send(ana, "suggestions").fallback()).contains("No mentor who fits you has a free seat");
        assertThat(chat.inbox(maya)).hasSize(1);
    }

    @Test
    void matchInAMenteeChoiceProgramSendsSuggestionsToEveryWaitingMentee() {
        mentor(maya, PICK, "go", 6, "any");
        mentee(ed, PICK, "go", 3, "any");
        mentee(ana, PICK, "go", 3, "any");
        chat.press(ed, "Request Maya", chat.send(ed, "suggestions"));

        assertThat(chat.send(admin(), "match pick").fallback()).contains("Suggestions sent to 1 waiting mentees; 1 are waiting");
        assertThat(chat.last(ana, Message.Kind.NOTICE).fallback()).contains("No mentor who fits you has a free seat");
    }

    // ---- rematch ----

    @Test
    void notAGoodFitEndsThePairingKindlyAndBothGoFirstNextRoundNeverTogetherAgain() {
        mentor(maya, ENG, "go", 6, "any").department("Platform");
        mentor(rui, ENG, "go", 6, "any");
        mentee(ed, ENG, "go", 4, "any");
        chat.send(admin(), "match eng");
        assertThat(pairings(ENG)).singleElement().satisfies(p -> assertThat(p.mentor()).isEqualTo(maya.id()));
        chat.advance(Duration.ofDays(8));
        flows(ENG).checkIns().nudgeAll(chat.clock.instant());
        Reply checkIn = chat.last(ed, Message.Kind.CHECK_IN);
        assertThat(buttons(checkIn)).contains("Not a good fit");

        Reply form = chat.press(ed, "Not a good fit", checkIn);
        assertThat(form.form()).isPresent();
        assertThat(form.fallback()).contains("End your pairing with Maya as not a good fit", "No fault and no reason needed");
        Reply done = chat.submit(ed, ActionIds.FORM_REMATCH, form.form().get().context(), Map.of("note", "We never found a rhythm."));

        assertThat(done.fallback()).contains("your pairing with Maya has ended as not a good fit", "among the first matched next round");
        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).contains("Your pairing with Ed has ended", "nobody's fault");
        assertThat(chat.last(admin(), Message.Kind.ADMIN_ALERT).fallback()).contains("Ed ended their pairing with Maya", "We never found a rhythm.");
        assertThat(pairings(ENG)).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PairingStatus.ENDED));
        assertThat(chat.registry.stores(ENG).waitlist().find(ed.id())).contains(new WaitingMentee(ed.id(), 0, true));
        assertThat(chat.submit(ed, ActionIds.FORM_REMATCH, form.form().get().context(), Map.of()).fallback())
                .as("a second submission").contains("already ended", "nothing changed");

        mentee(ana, ENG, "go", 4, "any").department("Platform");
        chat.send(admin(), "match eng");
        List<Pairing> open = pairings(ENG).stream().filter(p -> p.status().isOpen()).toList();
        assertThat(open).as("Ed goes first: Rui's one seat is Ed's although Ana fits Rui as well; Maya is never Ed's again")
                .singleElement().satisfies(p -> {
                    assertThat(p.mentee()).isEqualTo(ed.id());
                    assertThat(p.mentor()).isEqualTo(rui.id());
                });
        assertThat(chat.registry.stores(ENG).waitlist().find(ed.id())).isEmpty();
        assertThat(chat.last(ana, Message.Kind.NOTICE).fallback()).contains("Still waiting", "every mentor who fits you is full");
    }

    @Test
    void rematchWithoutAPairingIsASentence() {
        mentee(ed, ENG, "go", 4, "any");
        assertThat(chat.send(ed, "rematch eng").fallback()).contains("You have no pairing in this program to end");
    }

    // ---- waitlist ----

    @Test
    void waitingMenteesAreToldOncePerRoundWhyAndWhatTheyCouldChangeAndRiseInPriority() {
        mentor(maya, ENG, "go", 6, "any").department("Platform");
        mentee(ed, ENG, "go", 4, "any").department("Platform");
        mentee(ana, ENG, "go", 1, "any");
        mentee(leo, ENG, "go", 4, "any").speaks("ja");

        chat.send(admin(), "match preview eng");
        assertThat(chat.inbox(ed)).as("a preview tells nobody").isEmpty();
        chat.send(admin(), "match eng");

        assertThat(notices(ed)).singleElement().satisfies(n -> assertThat(n.fallback()).contains("Still waiting",
                "This program pairs people from different departments", "Check the department in your profile"));
        assertThat(notices(ana)).singleElement().satisfies(n -> assertThat(n.fallback()).contains(
                "keeps mentor and mentee within 3 levels", "seniority level"));
        assertThat(notices(leo)).singleElement().satisfies(n -> assertThat(n.fallback()).contains(
                "No mentor speaks ja.", "Add every language"));
        assertThat(chat.registry.stores(ENG).waitlist().find(leo.id())).contains(new WaitingMentee(leo.id(), 1, false));

        chat.send(admin(), "match eng");
        assertThat(notices(leo)).as("once per round").hasSize(2);
        assertThat(chat.registry.stores(ENG).waitlist().find(leo.id())).contains(new WaitingMentee(leo.id(), 2, false));
    }

    @Test
    void theWaitlistIsExportedAndErased() {
        mentor(maya, ENG, "go", 6, "any").speaks("de");
        mentee(leo, ENG, "go", 4, "any");
        chat.send(admin(), "match eng");
        assertThat(chat.send(leo, "export").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Document.class,
                d -> assertThat(d.content()).contains("\"waitlist\"", "\"roundsWaited\"", "\"workingStyle\"")));
        chat.confirm(leo, "delete me");
        assertThat(chat.registry.stores(ENG).waitlist().all()).isEmpty();
    }

    // ---- circles ----

    @Test
    void aMentorWithThreeSeatsGetsACircleOfThreeMenteesWhoShareWhatTheyWantToLearnInOneConversation() {
        assertThat(chat.join(maya, "join circle", Map.of("role", "mentor", "skillsOffered", "go", "capacity", "3", "level", "6"))
                .fallback()).contains("Welcome");
        mentee(ed, CIRCLE, "go", 3, "any");
        mentee(ana, CIRCLE, "go, sql", 3, "any");
        mentee(leo, CIRCLE, "go", 3, "any");
        mentee(tom, CIRCLE, "sales", 3, "any");

        assertThat(chat.send(admin(), "match circle").fallback()).contains("3 new pairs introduced, 1 mentee waiting");

        List<Message> intros = chat.messenger.inbox(maya.id(), Message.Kind.INTRODUCTION);
        assertThat(intros).singleElement().satisfies(intro -> {
            assertThat(intro.to()).containsExactlyInAnyOrder(maya.id(), ed.id(), ana.id(), leo.id());
            assertThat(intro.content().fallback()).contains("Meet your mentoring circle", "Maya will mentor", "Ed", "Ana", "Leo",
                    "You all want to grow in: go");
        });
        assertThat(chat.inbox(tom)).noneMatch(m -> m.kind() == Message.Kind.INTRODUCTION);
        assertThat(pairings(CIRCLE)).hasSize(3).allSatisfy(p -> assertThat(p.mentor()).isEqualTo(maya.id()));
    }

    // ---- helpers ----

    private List<Reply> notices(Actor who) {
        return chat.messenger.inbox(who.id(), Message.Kind.NOTICE).stream().map(Message::content).toList();
    }

    private ProgramFlows flows(ProgramSlug slug) {
        return chat.registry.flows(chat.registry.find(slug).orElseThrow());
    }

    private List<Pairing> pairings(ProgramSlug slug) {
        return chat.registry.stores(slug).pairings().all();
    }

    private static List<String> buttons(Reply reply) {
        return reply.blocks().stream().filter(Block.Actions.class::isInstance)
                .flatMap(b -> ((Block.Actions) b).buttons().stream()).map(Block.Button::label).toList();
    }

    /** Joins as a mentor; the returned handle edits the stored profile afterwards. */
    private Joined mentor(Actor who, ProgramSlug program, String skills, int level, String meeting) {
        return join(who, program, Map.of("role", "mentor", "skillsOffered", skills, "capacity", "1", "level", String.valueOf(level),
                "meeting", meeting));
    }

    private Joined mentee(Actor who, ProgramSlug program, String skills, int level, String meeting) {
        return join(who, program, Map.of("role", "mentee", "skillsWanted", skills, "level", String.valueOf(level), "meeting", meeting));
    }

    private Joined join(Actor who, ProgramSlug program, Map<String, String> answers) {
        assertThat(chat.join(who, "join " + program.value(), new HashMap<>(answers)).fallback()).contains("Welcome");
        return new Joined(who, program);
    }

    private final class Joined {
        private final Actor who;
        private final ProgramSlug program;

        Joined(Actor who, ProgramSlug program) {
            this.who = who;
            this.program = program;
        }

        Joined department(String name) {
            return edit(Map.of("department", name));
        }

        Joined speaks(String languages) {
            return edit(Map.of("languages", languages));
        }

        private Joined edit(Map<String, String> answers) {
            var participants = chat.registry.stores(program).participants();
            var me = participants.find(who.id()).orElseThrow();
            var p = me.profile();
            participants.save(me.withProfile(new org.mentorbot.core.people.Profile(p.displayName(), p.role(), p.skillsOffered(),
                    p.skillsWanted(), p.goals(), answers.getOrDefault("department", p.department()), p.level(), p.timezone(),
                    answers.containsKey("languages") ? List.of(answers.get("languages")) : p.languages(), p.capacity(), p.cadence(),
                    p.workingStyle())));
            return this;
        }
    }
}
