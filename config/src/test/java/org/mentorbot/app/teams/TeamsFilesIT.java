package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A program export too long for a Teams card, end to end: the admin asks for it in their personal
 * chat; the answer is a card with the file's first lines and a file consent card; the admin allows
 * it, and the bot puts the whole CSV into the upload session (a loopback fake of the one Teams opens
 * in OneDrive), shows it with a file info card and takes the consent card away.
 */
@DirtiesContext
class TeamsFilesIT extends TeamsEndToEnd {

    private static final int PAIRS = 250;
    private static final String CSV = "mentorbot-default-pairings.csv";

    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream uploaded = new ByteArrayOutputStream();
    private HttpServer oneDrive;

    @BeforeAll
    void installAdminAndPairs() throws Exception {
        install(carol);
        ActivePairs.create(stores, connector.serviceUrl(), "files", PAIRS);
        oneDrive = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        oneDrive.createContext("/upload", exchange -> {
            ranges.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Range"));
            synchronized (uploaded) {
                exchange.getRequestBody().transferTo(uploaded);
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        oneDrive.start();
    }

    @AfterAll
    void stopOneDrive() {
        oneDrive.stop(0);
    }

    @Test
    void anExportTooLongForACardIsOfferedAndSavedWholeOnceAllowed() throws Exception {
        send(carol, "message-admin-match", "export program");

        Call consent = awaitOne(carol, c -> c.body().path("attachments").path(0).path("contentType").asText()
                .equals("application/vnd.microsoft.teams.card.file.consent"));
        JsonNode offer = consent.body().path("attachments").path(0);
        assertThat(offer.path("name").asText()).isEqualTo(CSV);
        assertThat(offer.path("content").path("acceptContext").path("command").asText()).isEqualTo("export program");
        long size = offer.path("content").path("sizeInBytes").asLong();
        Call card = awaitOne(carol, c -> c.text().contains("The whole of " + CSV + " comes next as a file"));
        assertThat(card.text().length()).as("the card stays within Teams' message size").isLessThan(20_480);
        assertThat(connector.calls().indexOf(card)).as("the card comes first").isLessThan(connector.calls().indexOf(consent));

        ObjectNode allow = teams.from(carol, "invoke-file-consent-accept");
        allow.put("replyToId", consent.answeredId());
        ((ObjectNode) allow.path("value").path("uploadInfo")).put("uploadUrl",
                "http://127.0.0.1:" + oneDrive.getAddress().getPort() + "/upload/session-1");
        assertThat(teams.post(allow).statusCode()).isEqualTo(200);

        Call info = awaitOne(carol, c -> c.body().path("attachments").path(0).path("contentType").asText()
                .equals("application/vnd.microsoft.teams.card.file.info"));
        assertThat(info.body().path("attachments").path(0).path("contentUrl").asText())
                .isEqualTo("https://contoso-my.sharepoint.com/personal/carol/Documents/Applications/" + CSV);
        assertThat(info.body().path("attachments").path(0).path("content").path("uniqueId").asText())
                .isEqualTo("1150D938-8870-4044-9F2C-5BBDEBA70C8C");
        String csv;
        synchronized (uploaded) {
            csv = uploaded.toString(StandardCharsets.UTF_8);
        }
        assertThat(csv.getBytes(StandardCharsets.UTF_8)).hasSize((int) size);
        assertThat(ranges).containsExactly("PUT bytes 0-" + (size - 1) + "/" + size);
        assertThat(csv.split("\r\n")).hasSize(1 + PAIRS);
        assertThat(csv).startsWith("program,mentor,mentee,").contains("files-mentor-249", "files-mentee-0");
        assertThat(connector.accepted(c -> c.method().equals("DELETE"))).singleElement()
                .satisfies(deleted -> assertThat(deleted.activityId()).isEqualTo(consent.answeredId()));
    }
}
