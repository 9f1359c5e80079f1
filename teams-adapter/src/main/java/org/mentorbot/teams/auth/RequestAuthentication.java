package org.mentorbot.teams.auth;

/** Decides whether a request to the messaging endpoint comes from the Bot Framework channel, for this bot. */
public interface RequestAuthentication {

    /** Local mode (Bot Framework Emulator, tests): every request is let in. */
    RequestAuthentication NONE = (authorization, serviceUrl, channelId) -> { };

    /**
     * Returns when the request's {@code Authorization} header proves it; throws otherwise.
     *
     * @param serviceUrl the activity's {@code serviceUrl}, which the token must name when it names one
     * @param channelId  the activity's {@code channelId}, which the signing key must be endorsed for when it lists endorsements
     */
    void authenticate(String authorization, String serviceUrl, String channelId) throws NotAuthenticatedException;
}
