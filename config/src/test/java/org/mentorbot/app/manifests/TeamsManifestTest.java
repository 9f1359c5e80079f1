package org.mentorbot.app.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * {@code config/teams/manifest.json} and its icons, as they go into {@code mentorbot-teams.zip}: valid against
 * Microsoft's official schema of the manifest's own {@code manifestVersion} (from the npm package
 * {@code @microsoft/app-manifest}, which the build fetches into {@code target/app-manifest/}), with the icons
 * Teams asks for.
 */
class TeamsManifestTest {

    private static final Path TEAMS = Path.of("teams");
    private static final Path SCHEMAS = Path.of("target", "app-manifest", "package", "build", "json-schemas", "teams");
    /** The app id the package gets without MICROSOFT_APP_ID, as config/pom.xml fills it in. */
    private static final String PACKAGED_ID = "00000000-0000-0000-0000-000000000000";
    private static final List<String> ADMIN_COMMANDS = List.of("stats", "match", "match preview", "nudge", "poll");

    @Test
    void followsTheOfficialSchemaOfItsManifestVersion() throws IOException {
        String manifest = packaged();
        Path schema = SCHEMAS.resolve("v" + json(manifest).path("manifestVersion").asText()).resolve("MicrosoftTeams.schema.json");
        assertThat(schema).as("the official schema of the manifest's version; the Maven build fetches it with npm").exists();

        assertThat(SchemaErrors.of(Files.readString(schema), SpecificationVersion.DRAFT_4, manifest)).isEmpty();
    }

    @Test
    void pointsEditorsAtTheSchemaOfItsManifestVersion() throws IOException {
        JsonNode manifest = json(packaged());

        assertThat(manifest.path("$schema").asText())
                .endsWith("/v" + manifest.path("manifestVersion").asText() + "/MicrosoftTeams.schema.json");
    }

    @Test
    void everyAdminCommandIsInTheMenuOfEveryScopeTheBotIsIn() throws IOException {
        JsonNode bot = json(packaged()).path("bots").path(0);

        for (JsonNode scope : bot.path("scopes")) {
            List<String> menu = new ArrayList<>();
            for (JsonNode list : bot.path("commandLists")) {
                if (StreamSupport.stream(list.path("scopes").spliterator(), false).anyMatch(scope::equals)) {
                    list.path("commands").forEach(c -> menu.add(c.path("title").asText()));
                }
            }
            assertThat(menu).as("the command menu in scope " + scope).contains("help").containsAll(ADMIN_COMMANDS);
        }
    }

    @Test
    void theColorIconIs192PixelsSquare() throws IOException {
        BufferedImage color = icon("color");

        assertThat(List.of(color.getWidth(), color.getHeight())).containsExactly(192, 192);
    }

    @Test
    void theOutlineIconIs32PixelsSquareWhiteOnTransparent() throws IOException {
        BufferedImage outline = icon("outline");

        assertThat(List.of(outline.getWidth(), outline.getHeight())).containsExactly(32, 32);
        assertThat(outline.getColorModel().hasAlpha()).as("a transparent background needs an alpha channel").isTrue();
        List<String> notWhite = new ArrayList<>();
        int transparent = 0;
        for (int y = 0; y < outline.getHeight(); y++) {
            for (int x = 0; x < outline.getWidth(); x++) {
                int argb = outline.getRGB(x, y);
                if (argb >>> 24 == 0) {
                    transparent++;
                } else if ((argb & 0xFFFFFF) != 0xFFFFFF) {
                    notWhite.add(x + "," + y + "=#" + Integer.toHexString(argb));
                }
            }
        }
        assertThat(notWhite).as("every visible pixel is white").isEmpty();
        assertThat(transparent).as("the background is transparent").isGreaterThan(0);
    }

    private static BufferedImage icon(String kind) throws IOException {
        Path file = TEAMS.resolve(json(packaged()).path("icons").path(kind).asText());
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file + " is a PNG that javax.imageio reads").isNotNull();
        return image;
    }

    /** The manifest as the package build writes it: the app id filled in. */
    private static String packaged() throws IOException {
        return Files.readString(TEAMS.resolve("manifest.json")).replace("@MICROSOFT_APP_ID@", PACKAGED_ID);
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
