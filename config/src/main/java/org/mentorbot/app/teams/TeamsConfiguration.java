package org.mentorbot.app.teams;

import org.mentorbot.app.program.PlatformRoute;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.Stores;
import org.mentorbot.teams.TeamsAdapter;
import org.mentorbot.teams.TeamsEndpoint;
import org.mentorbot.teams.TeamsPeople;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Microsoft Teams, when it is on ({@link ConditionalOnTeams}): the adapter, put together by
 * {@link TeamsAdapter#create}, is the route for {@code teams:} people and serves the messaging
 * endpoint. With an app id every request is authenticated and every send carries a token from the
 * registration's authority; local mode turns both off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTeams
class TeamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

    /** Closed with the application: queued commands get a few seconds to finish. */
    @Bean(destroyMethod = "close")
    TeamsAdapter teamsAdapter(TeamsProperties teams, Stores stores) {
        if (teams.local() && !teams.appId().isEmpty()) {
            log.warn("MENTORBOT_TEAMS_LOCAL=true: MICROSOFT_APP_ID and the other registration settings are ignored");
        }
        return TeamsAdapter.create(teams.toSettings(), stores.addresses());
    }

    @Bean
    PlatformRoute teamsRoute(TeamsAdapter teamsAdapter) {
        return new PlatformRoute(TeamsPeople.PLATFORM, teamsAdapter.messenger());
    }

    @Bean
    TeamsEndpoint teamsEndpoint(TeamsAdapter teamsAdapter, MentorBot mentorBot, SeenEvents seenEvents) {
        return teamsAdapter.endpoint(mentorBot, seenEvents);
    }
}
