package org.mentorbot.layersample.lower;

import org.mentorbot.layersample.upper.Upper;

/** The other half of a deliberate package cycle: it reaches back up. */
public final class Lower {

    public Upper upper() {
        return new Upper();
    }
}
