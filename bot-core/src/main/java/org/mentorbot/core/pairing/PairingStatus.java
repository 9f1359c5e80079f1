package org.mentorbot.core.pairing;

/** Active pairs are nudged and polled; a paused pair waits for both to resume; an ended pair is history. */
public enum PairingStatus {
    ACTIVE, PAUSED, ENDED;

    public boolean isOpen() {
        return this != ENDED;
    }
}
