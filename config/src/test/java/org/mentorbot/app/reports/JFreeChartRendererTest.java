package org.mentorbot.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.reports.Chart;

/** The charts a report carries are real pictures: PNG that decodes, at the size drawn, with bars on them. */
class JFreeChartRendererTest {

    static final Chart FUNNEL = new Chart("Funnel", "Mentees", List.of(new Chart.Bar("Mentees enrolled", 4),
            new Chart.Bar("Matched", 3), new Chart.Bar("Met", 2), new Chart.Bar("Goals set", 2),
            new Chart.Bar("Goals achieved", 1), new Chart.Bar("Completed", 1)));

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aChartIsADecodablePngOfTheExpectedSizeThatIsNotBlank() throws IOException {
        byte[] png = new JFreeChartRenderer().png(FUNNEL).orElseThrow();

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO decodes it").isNotNull();
        assertThat(image.getWidth()).isEqualTo(JFreeChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(JFreeChartRenderer.HEIGHT);
        Set<Integer> colours = new HashSet<>();
        int barPixels = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                barPixels += rgb == 0x2F6FB3 ? 1 : 0;
            }
        }
        assertThat(colours).as("not blank").hasSizeGreaterThan(2);
        assertThat(barPixels).as("bars are drawn").isGreaterThan(500);
    }

    @Test
    void aChartIsSmallEnoughThatThreeFitInATeamsCard() {
        byte[] png = new JFreeChartRenderer().png(FUNNEL).orElseThrow();

        assertThat(png.length * 4 / 3 + 30).as("its data URI").isLessThan(21_000 / 3);
    }
}
