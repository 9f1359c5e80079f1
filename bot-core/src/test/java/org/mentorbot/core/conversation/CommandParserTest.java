package org.mentorbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            help                         | HELP
            ''                           | HELP
            '   '                        | HELP
            join                         | JOIN
            JOIN                         | JOIN
            '  join  '                   | JOIN
            mentor join                  | JOIN
            /mentor join                 | JOIN
            enroll                       | JOIN
            @Mentorbot join              | JOIN
            <at>Mentorbot</at> join      | JOIN
            <at>Mentor Bot</at> mentor join | JOIN
            <@U0BOT> profile             | PROFILE
            profile                      | PROFILE
            pause                        | PAUSE
            resume                       | RESUME
            leave                        | LEAVE
            feedback                     | FEEDBACK
            feedback report              | FEEDBACK_REPORT
            feedback report eng          | FEEDBACK_REPORT
            export                       | EXPORT
            delete me                    | DELETE_ME
            delete    me                 | DELETE_ME
            stats                        | STATS
            match                        | MATCH
            match preview                | MATCH_PREVIEW
            Match   Preview              | MATCH_PREVIEW
            nudge                        | NUDGE
            poll                         | POLL
            mentor                       | HELP
            delete                       | UNKNOWN
            join now please              | UNKNOWN
            matchpreview                 | UNKNOWN
            hello there                  | UNKNOWN
            <!channel> stats             | UNKNOWN
            resources                    | RESOURCES
            resources eng                | RESOURCES
            resource add eng             | RESOURCE_ADD
            thanks                       | THANKS
            thanks for everything, Maya! | THANKS
            Thanks! Really helpful       | THANKS
            'thanks, see you'            | THANKS
            thank you so much            | THANKS
            /mentor thanks               | THANKS
            recognition                  | RECOGNITION
            recognition eng              | RECOGNITION
            recognition on               | RECOGNITION_ON
            recognition off eng          | RECOGNITION_OFF
            recognition on eng now       | UNKNOWN
            """)
    void parses(String text, Command expected) {
        assertThat(CommandParser.parse(text).command()).isEqualTo(expected);
    }

    @Test
    void nullIsHelp() {
        assertThat(CommandParser.parse(null).command()).isEqualTo(Command.HELP);
    }

    @Test
    void unknownWordsTravelAsArguments() {
        assertThat(CommandParser.parse("@Mentorbot hello  there").arguments()).containsExactly("hello", "there");
        assertThat(CommandParser.parse("join").arguments()).isEmpty();
    }
}
