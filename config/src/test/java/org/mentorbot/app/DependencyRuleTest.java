package org.mentorbot.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule: the core knows only the JDK and SLF4J; each adapter (Slack, Teams, the web
 * playground), the Redis stores and the offline matcher know the core and their own library,
 * never each other; only the application knows Spring, and it builds Teams through the adapter's
 * factory without touching the Bot Framework itself. Within the Teams adapter, authentication uses
 * no Bot Framework type.
 */
@AnalyzeClasses(packages = "org.mentorbot", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

    @ArchTest
    static final ArchRule coreUsesNoFrameworks = noClasses().that().resideInAPackage("org.mentorbot.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "redis.clients..", "org.quartz..", "com.slack..", "com.microsoft..",
                    "com.fasterxml..", "jakarta..", "javax.servlet..")
            .as("the core imports no Spring, Jedis, Quartz, Bolt, Bot Framework, Jackson or servlet types");

    @ArchTest
    static final ArchRule coreKnowsNoAdapter = noClasses().that().resideInAPackage("org.mentorbot.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mentorbot.slack..", "org.mentorbot.teams..",
                    "org.mentorbot.web..", "org.mentorbot.app..", "org.mentorbot.bench..");

    @ArchTest
    static final ArchRule slackKnowsNotTeams = noClasses().that().resideInAPackage("org.mentorbot.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mentorbot.teams..", "com.microsoft..",
                    "org.mentorbot.web..", "org.mentorbot.app..", "org.springframework..");

    @ArchTest
    static final ArchRule teamsKnowsNotSlack = noClasses().that().resideInAPackage("org.mentorbot.teams..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mentorbot.slack..", "com.slack..",
                    "org.mentorbot.web..", "org.mentorbot.app..", "org.springframework..");

    @ArchTest
    static final ArchRule teamsAuthenticationKnowsNoBotFramework = noClasses().that().resideInAPackage("org.mentorbot.teams.auth..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.bot..", "org.mentorbot.teams")
            .as("Teams authentication (tokens, token validation) is written against the specifications, not the archived SDK, "
                    + "and knows nothing of the adapter built on it");

    @ArchTest
    static final ArchRule storesAndOfflineMatchUseNoAppFrameworks = noClasses().that()
            .resideInAnyPackage("org.mentorbot.redis..", "org.mentorbot.offline..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.slack..", "com.microsoft..", "org.quartz..", "org.mentorbot.app..")
            .as("redis-store and offline-match import no Spring, Bolt, Bot Framework or Quartz type, nor the application");

    @ArchTest
    static final ArchRule adaptersAndStoresKnowNotEachOther = slices()
            .matching("org.mentorbot.(slack|teams|web|redis|offline)..")
            .should().notDependOnEachOther()
            .as("the Slack, Teams and web adapters, the Redis stores and the offline matcher never depend on each other");

    @ArchTest
    static final ArchRule webKnowsNoOtherPlatform = noClasses().that().resideInAPackage("org.mentorbot.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.mentorbot.slack..", "com.slack..", "org.mentorbot.teams..", "com.microsoft..",
                    "redis.clients..", "org.quartz..", "org.mentorbot.app..", "org.springframework..",
                    "jakarta..", "javax.servlet..")
            .as("the web adapter knows the core, Jackson and SLF4J: no other adapter, no Redis, Quartz, Spring or servlet types");

    @ArchTest
    static final ArchRule appBuildsTeamsThroughItsFactory = noClasses().that().resideInAPackage("org.mentorbot.app..")
            .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
            .as("the application reaches Teams through TeamsAdapter and knows no Bot Framework type");
}
