package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.CommandList;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The playground in a real headless Chromium: two people join through the forms, the admin
 * runs a matching round, both see the introduction in their inboxes, the mentee answers a
 * check-in there and the admin sees the answer in the stats and, in the {@code report}, the funnel
 * drawn as a picture (a PNG data URI the browser decodes); the shortcut buttons are the bot's own
 * command list; markup typed by a person stays text. Leaves screenshots of a wide window, the report's
 * chart in view, and of a narrow one in {@code config/target/}. The playground runs behind a token, entered once as {@code /?token=}: the
 * page, its assets and every API call it makes then carry the cookie that sets, and its POSTs pass the origin check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mentorbot.playground.enabled=true", "mentorbot.playground.token=" + PlaygroundBrowserIT.TOKEN})
class PlaygroundBrowserIT {

    static final String TOKEN = "browser-test-token-7f3a";

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    private Path profile;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "Skipping the browser test: /usr/bin/chromedriver is absent (apt-get install -y chromium chromium-driver)");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("playground-chromium");
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        deleteTree(profile);
    }

    @Test
    void twoPeopleJoinGetMatchedAnswerACheckInAndTheAdminSeesItInTheStats() throws IOException {
        browser.get("http://127.0.0.1:" + port + "/?token=" + TOKEN);
        assertThat(browser.getCurrentUrl()).isEqualTo("http://127.0.0.1:" + port + "/");

        addPerson("Ada Lovelace", "Europe/London");
        send("join");
        fillJoinForm("mentor", "skillsOffered", "java, public speaking", "99");
        expectFieldError("level", "Seniority level");
        fillJoinForm("mentor", "skillsOffered", "java, public speaking", "7");
        expectInChat("Welcome to the mentoring program, Ada Lovelace");

        addPerson("Grace Hopper", "America/New_York");
        expectShortcuts(CommandList.everyone());
        send("join");
        fillJoinForm("mentee", "skillsWanted", "java", "2");
        expectInChat("Welcome to the mentoring program, Grace Hopper");

        switchTo("admin");
        expectShortcuts(Stream.concat(CommandList.everyone().stream(), CommandList.admins().stream()).toList());
        send("match");
        expectInChat("Matching round: 1 new pair introduced");
        expectInInbox("Meet your mentoring partner");
        switchTo("grace-hopper");
        expectInInbox("Meet your mentoring partner");

        switchTo("admin");
        send("nudge");
        expectInChat("Check-in sent to 1 pair");
        switchTo("grace-hopper");
        inboxButton("We met").click();
        expectInInbox("Grace Hopper answered: We met");

        switchTo("admin");
        expectInInbox("Grace Hopper answered: We met");
        send("stats");
        WebElement answered = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'chat-log') and not(@hidden)]//dt[.='Check-ins answered']/following-sibling::dd[1]")));
        assertThat(answered.getText()).isEqualTo("1");

        send("report");
        WebElement chart = reportChart();
        assertThat(chart.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(chart.getAttribute("alt")).startsWith("Funnel");

        screenshot(new Dimension(1400, 1000), "playground.png", chart);
        screenshot(new Dimension(420, 2400), "playground-narrow.png", null);

        textSomeoneTypesIsShownAsTextNeverAsMarkup();
    }

    private void textSomeoneTypesIsShownAsTextNeverAsMarkup() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        addPerson("<img src=x onerror=document.title='owned'>", "UTC");
        send("<b>bold</b>");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-log:not([hidden]) .said"), "<b>bold</b>"));
        assertThat(browser.findElements(By.cssSelector("main img:not(figure.chart > img), main b"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Mentorbot playground");
    }

    /** The report's first chart in the open chat, once the browser has decoded it into a picture with a width. */
    private WebElement reportChart() {
        WebElement chart = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".chat-log:not([hidden]) figure.chart > img")));
        wait.until(d -> naturalWidth(chart) > 0);
        return chart;
    }

    private long naturalWidth(WebElement image) {
        Object width = browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image);
        return ((Number) width).longValue();
    }

    private void addPerson(String name, String timezone) {
        WebElement nameInput = browser.findElement(By.id("person-name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        WebElement zone = browser.findElement(By.id("person-zone"));
        zone.clear();
        zone.sendKeys(timezone);
        browser.findElement(By.cssSelector("#person-form button[type=submit]")).click();
        wait.until(d -> new Select(d.findElement(By.id("person-select"))).getFirstSelectedOption().getText().startsWith(name));
    }

    private void switchTo(String personId) {
        new Select(browser.findElement(By.id("person-select"))).selectByValue(personId);
        wait.until(d -> d.findElement(By.id("person-info")).getText().startsWith("web:" + personId + " ")
                && personId.equals(d.findElement(By.id("inbox-list")).getAttribute("data-person")));
    }

    private void send(String text) {
        WebElement input = browser.findElement(By.id("chat-input"));
        input.sendKeys(text, Keys.ENTER);
    }

    /** Fills the newest enrollment form in the open chat and submits it. */
    private void fillJoinForm(String role, String skillsField, String skills, String level) {
        WebElement form = wait.until(d -> {
            List<WebElement> forms = d.findElements(By.cssSelector(
                    ".chat-log:not([hidden]) form[data-form-id='form.join']"));
            return forms.isEmpty() ? null : forms.get(forms.size() - 1);
        });
        new Select(form.findElement(By.name("role"))).selectByValue(role);
        replace(form.findElement(By.name(skillsField)), skills);
        replace(form.findElement(By.name("level")), level);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void expectFieldError(String field, String message) {
        WebElement input = wait.until(d -> d.findElements(By.cssSelector(
                ".chat-log:not([hidden]) form [name='" + field + "'][aria-invalid='true']")).stream().findFirst().orElse(null));
        WebElement error = browser.findElement(By.id(input.getAttribute("id") + "-error"));
        assertThat(error.getText()).contains(message);
        assertThat(browser.switchTo().activeElement()).isEqualTo(input);
    }

    /** The shortcut buttons under the chat, as the bot's command list gives them. */
    private void expectShortcuts(List<String> commands) {
        wait.until(d -> d.findElements(By.cssSelector("#shortcuts button")).stream().map(WebElement::getText).toList()
                .equals(commands));
    }

    private void expectInChat(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-log:not([hidden])"), text));
    }

    private void expectInInbox(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-list"), text));
    }

    private WebElement inboxButton(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ol[@id='inbox-list']//button[.='" + label + "']")));
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    /** Saves a screenshot of the window at {@code size}; with {@code inView}, scrolled so that it shows whole. */
    private void screenshot(Dimension size, String name, WebElement inView) throws IOException {
        browser.manage().window().setSize(size);
        browser.executeScript("window.scrollTo(0, 0)");
        if (inView != null) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'end'})", inView);
            Object shown = browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                    + " return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth", inView);
            assertThat(shown).as("%s shows the whole picture", name).isEqualTo(true);
        }
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
