package org.mentorbot.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule: the core knows only the JDK and SLF4J; each adapter knows the core and
 * its own SDK, never the other adapter; only the application knows Spring, and it builds Teams
 * through the adapter's factory without touching the Bot Framework itself.
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
                    "org.mentorbot.app..", "org.mentorbot.bench..");

    @ArchTest
    static final ArchRule slackKnowsNotTeams = noClasses().that().resideInAPackage("org.mentorbot.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mentorbot.teams..", "com.microsoft..",
                    "org.mentorbot.app..", "org.springframework..");

    @ArchTest
    static final ArchRule teamsKnowsNotSlack = noClasses().that().resideInAPackage("org.mentorbot.teams..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mentorbot.slack..", "com.slack..",
                    "org.mentorbot.app..", "org.springframework..");

    @ArchTest
    static final ArchRule appBuildsTeamsThroughItsFactory = noClasses().that().resideInAPackage("org.mentorbot.app..")
            .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
            .as("the application reaches Teams through TeamsAdapter and knows no Bot Framework type");
}
