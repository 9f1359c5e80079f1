package org.mentorbot.layersample.upper;

import org.mentorbot.layersample.lower.Lower;

/** Half of a deliberate package cycle, for the test that the cycle rule catches one. */
public final class Upper {

    public Lower lower() {
        return new Lower();
    }
}
