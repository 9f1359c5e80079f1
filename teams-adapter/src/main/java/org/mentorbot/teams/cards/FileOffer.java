package org.mentorbot.teams.cards;

import com.microsoft.bot.schema.Attachment;
import java.util.Optional;
import org.mentorbot.core.conversation.Block;

/**
 * Where a document too long for a card can be offered whole, as a file the person allows
 * (Teams' file consent card, which Teams shows in a personal chat only).
 */
@FunctionalInterface
public interface FileOffer {

    /** No file is offered: a document too long for the card is cut, and the card says so. */
    FileOffer NONE = document -> Optional.empty();

    /** Offers {@code document} whole, or empty when it cannot be offered. */
    Optional<Offered> offer(Block.Document document);

    /**
     * A file offered.
     *
     * @param here the consent card that follows the reply in this conversation; empty when the
     *             offer went to the person's personal chat instead
     * @param note what the card says about where the file is
     */
    record Offered(Optional<Attachment> here, String note) {
    }
}
