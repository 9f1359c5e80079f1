package org.mentorbot.teams.cards;

import com.microsoft.bot.schema.Attachment;
import java.util.Optional;
import org.mentorbot.core.conversation.Block;

/**
 * Where a document too long for a card can be offered whole, as a file the person allows
 * (Teams' file consent card, in a personal chat only).
 */
@FunctionalInterface
public interface FileOffer {

    /** No file is offered: a document too long for the card is cut, and the card says so. */
    FileOffer NONE = document -> Optional.empty();

    /** The attachment that offers {@code document} as a file, or empty when it cannot be offered here. */
    Optional<Attachment> consent(Block.Document document);
}
