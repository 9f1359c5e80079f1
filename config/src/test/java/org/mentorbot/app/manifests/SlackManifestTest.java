package org.mentorbot.app.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code config/slack/manifest.yml} is what people paste into Slack's "Create New App → From an app
 * manifest": it must be YAML, follow Slack's manifest rules, and ask for exactly the scopes the bot uses.
 */
class SlackManifestTest {

    private static final Path MANIFEST = Path.of("slack", "manifest.yml");
    private static final String RULES = "/manifests/slack-manifest-rules.schema.json";

    @Test
    void followsSlacksManifestRulesForEveryKeyItUses() throws IOException {
        String json = new ObjectMapper().writeValueAsString(manifest());

        assertThat(SchemaErrors.of(rules(), SpecificationVersion.DRAFT_7, json)).isEmpty();
    }

    @Test
    void asksForExactlyTheScopesTheBotUses() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, List<String>>> oauth = (Map<String, Map<String, List<String>>>) manifest().get("oauth_config");

        assertThat(oauth.get("scopes").get("bot")).containsExactlyInAnyOrder(
                "commands", "chat:write", "im:write", "mpim:write", "users:read", "files:write");
    }

    @Test
    void theRulesCatchWhatSlackWouldRefuse() throws IOException {
        String unknownKeyAndLongName = "{\"display_information\":{\"name\":\"" + "M".repeat(36) + "\"},\"colour\":\"#fff\"}";

        assertThat(SchemaErrors.of(rules(), SpecificationVersion.DRAFT_7, unknownKeyAndLongName)).hasSize(2);
    }

    /** Parsed as Slack parses it: as YAML, which fails on a value with an unquoted {@code ": "} inside. */
    private static Map<String, Object> manifest() throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(MANIFEST));
    }

    private static String rules() throws IOException {
        try (var in = SlackManifestTest.class.getResourceAsStream(RULES)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
