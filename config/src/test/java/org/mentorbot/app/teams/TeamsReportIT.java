package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;

/**
 * {@code report} in Teams: the admin gets one card with the numbers as facts and the charts as
 * inline pictures (PNG data URIs that decode to a drawn chart), small enough for Teams to take; a
 * program that does not exist is named back.
 */
class TeamsReportIT extends TeamsEndToEnd {

    private static final String PNG_URI = "data:image/png;base64,";

    @BeforeAll
    void installAdmin() throws Exception {
        install(carol);
    }

    @Test
    void theReportCardCarriesItsNumbersAndItsChartsInline() throws Exception {
        send(carol, "message-admin-match", "report");

        Call answer = awaitOne(carol, c -> c.text().contains("Report on"));
        JsonNode card = Cards.card(answer);
        assertThat(card).as("an Adaptive Card").isNotNull();
        assertThat(card.toString()).contains("Mentees enrolled", "Matched", "Feedback responses");
        List<JsonNode> images = card.findParents("url").stream().filter(n -> n.path("type").asText().equals("Image")).toList();
        assertThat(images).as("the funnel at least").isNotEmpty()
                .allSatisfy(i -> assertThat(i.path("url").asText()).as("every picture a PNG data URI").startsWith(PNG_URI));
        JsonNode funnel = images.get(0);
        assertThat(funnel.path("altText").asText()).startsWith("Funnel: Mentees enrolled");
        assertThat(funnel.path("url").asText()).startsWith(PNG_URI);
        byte[] png = Base64.getDecoder().decode(funnel.path("url").asText().substring(PNG_URI.length()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG that decodes").isNotNull();
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(colours(image)).as("a chart drawn, not a blank picture").isGreaterThan(2);
        assertThat(answer.body().toString().getBytes(StandardCharsets.UTF_8).length).as("under Teams' message size")
                .isLessThan(28_000);
    }

    /** How many different colours the picture has (a blank one has one). */
    private static long colours(BufferedImage image) {
        return IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }

    @Test
    void aProgramThatDoesNotExistIsNamedBack() throws Exception {
        send(carol, "message-admin-match", "report nosuch");

        assertThat(awaitOne(carol, c -> c.text().contains("nosuch")).text()).contains("default");
    }
}
