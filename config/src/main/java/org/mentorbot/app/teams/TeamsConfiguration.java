package org.mentorbot.app.teams;

import org.mentorbot.app.program.PlatformRoute;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.Stores;
import org.mentorbot.teams.TeamsAdapter;
import org.mentorbot.teams.TeamsEndpoint;
import org.mentorbot.teams.TeamsPeople;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Microsoft Teams, when it is on ({@link ConditionalOnTeams}): the adapter, put together by
 * {@link TeamsAdapter#create}, is the route for {@code teams:} people and serves the messaging
 * endpoint. With an app id every request is authenticated; local mode turns authentication off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTeams
class TeamsConfiguration {

    /** Closed with the application: queued commands get a few seconds to finish. */
    @Bean(destroyMethod = "close")
    TeamsAdapter teamsAdapter(TeamsProperties teams, Stores stores) {
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
