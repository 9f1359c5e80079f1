package org.mentorbot.core.conversation;

/**
 * Sends messages to people on their platform.
 *
 * <p>Contract: {@link #deliver} returns only when every recipient has got the message or has
 * finally failed (after the platform's retries and pacing); it reports each failure in the
 * {@link Delivery} with a reason and never throws for a failed send.
 */
public interface Messenger {

    Delivery deliver(Message message);
}
