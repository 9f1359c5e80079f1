package org.mentorbot.teams.cards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;

/**
 * A {@link Reply} as a Teams message activity: a reply that is only paragraphs is a plain
 * message; anything with a header, fields, buttons, a form or a document is an Adaptive Card
 * whose fallback text and the activity's summary carry the reply's plain-text fallback, escaped
 * like the card's text (they reach notifications and other people as much as the card does).
 * Each stays within Teams' message size: a long text, fallback or summary is cut short with an
 * ellipsis, measured as the JSON it is sent as.
 */
public final class ReplyActivities {

    private final ReplyCards cards = new ReplyCards();
    private final ObjectMapper json;

    public ReplyActivities(ObjectMapper json) {
        this.json = json;
    }

    /** A new activity each call: the SDK stamps addresses onto the activities it sends. */
    public Activity message(Reply reply) {
        return messages(reply, FileOffer.NONE).get(0);
    }

    /**
     * The reply's message, then one message for each document too long for its card that
     * {@code files} offers as a file in this conversation: Teams shows a file consent card on its own.
     */
    public List<Activity> messages(Reply reply, FileOffer files) {
        Activity activity = Activity.createMessageActivity();
        if (reply.blocks().stream().allMatch(Block.Text.class::isInstance)) {
            activity.setText(CardRoom.fitted(reply.fallback(), TeamsText::forMessage, ReplyCards.MAX_TEXT_CHARACTERS));
            activity.setTextFormat(TextFormatTypes.MARKDOWN);
            return List.of(activity);
        }
        List<Activity> offers = new ArrayList<>();
        AdaptiveCard built = cards.card(reply, document -> files.offer(document).map(offered -> {
            offered.here().ifPresent(consent -> {
                Activity offer = Activity.createMessageActivity();
                offer.setAttachments(List.of(consent));
                offers.add(offer);
            });
            return offered;
        }));
        Attachment card = new Attachment();
        card.setContentType(AdaptiveCard.CONTENT_TYPE);
        card.setContent(json.valueToTree(built));
        activity.setAttachments(List.of(card));
        activity.setSummary(CardRoom.fitted(reply.fallback(), TeamsText::forCard, ReplyCards.MAX_FALLBACK_CHARACTERS));
        List<Activity> all = new ArrayList<>(List.of(activity));
        all.addAll(offers);
        return all;
    }

    /** The activity that replaces the message with id {@code activityId} (a card whose button was pressed). */
    public Activity replacement(Reply reply, String activityId) {
        Activity activity = message(reply);
        activity.setId(activityId);
        return activity;
    }
}
