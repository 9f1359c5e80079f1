package org.mentorbot.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;

/** The Redis connections operators configure: TLS, ACL users, Sentinels, and the one line each mistake gets. */
class RedisConnectionTest {

    @Test
    void anAclUserAndAPercentEncodedPasswordReachTheClient() {
        RedisUrl url = RedisUrl.parse("redis://mentorbot:p%40ss%3Aw+rd%2F@redis.internal:6380/2");

        JedisClientConfig config = url.clientConfig(2000);

        assertThat(config.getUser()).isEqualTo("mentorbot");
        assertThat(config.getPassword()).isEqualTo("p@ss:w+rd/");
        assertThat(config.getDatabase()).isEqualTo(2);
        assertThat(config.isSsl()).isFalse();
        assertThat(url.safe()).isEqualTo("redis://redis.internal:6380/2").doesNotContain("p@ss");
    }

    @Test
    void aPasswordAloneIsRequirepass() {
        JedisClientConfig config = RedisUrl.parse("redis://:secret@127.0.0.1/0").clientConfig(2000);

        assertThat(config.getUser()).isNull();
        assertThat(config.getPassword()).isEqualTo("secret");
    }

    @Test
    void redissIsTlsThatChecksTheServersName() {
        JedisClientConfig config = RedisUrl.parse("rediss://mentorbot:secret@redis.example.com:6380/0").clientConfig(2000);

        assertThat(config.isSsl()).isTrue();
        assertThat(config.getSslParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
    }

    @Test
    void sentinelsAreAskedWithoutCredentialsOverTheUrlsTls() {
        RedisConnection connection = new RedisConnection(RedisUrl.parse("rediss://mentorbot:secret@ignored/3"),
                RedisConnection.parseSentinels(" 10.0.0.1:26379, [::1]:26380 ,sentinel-3:26379"), "mymaster");

        assertThat(connection.sentinels()).containsExactly(new HostAndPort("10.0.0.1", 26379), new HostAndPort("::1", 26380),
                new HostAndPort("sentinel-3", 26379));
        JedisClientConfig sentinels = connection.sentinelConfig(2000);
        assertThat(sentinels.isSsl()).isTrue();
        assertThat(sentinels.getUser()).isNull();
        assertThat(sentinels.getPassword()).isNull();
        assertThat(connection.safe()).isEqualTo(
                "master 'mymaster' of Sentinels 10.0.0.1:26379,::1:26380,sentinel-3:26379 (rediss, database 3)");
        assertThat(connection.toString()).doesNotContain("secret");
    }

    @Test
    void sentinelsWithoutAMasterNameAreRefused() {
        assertThatThrownBy(() -> new RedisConnection(RedisUrl.parse("redis://x/0"), List.of(new HostAndPort("a", 1)), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            redis://127.0.0.1:6379/0 | 127.0.0.1      | mymaster | Bad setting MENTORBOT_REDIS_SENTINELS: '127.0.0.1' is not host:port. Example: MENTORBOT_REDIS_SENTINELS=10.0.0.1:26379,10.0.0.2:26379,10.0.0.3:26379
            redis://127.0.0.1:6379/0 | a:1,b:port     | mymaster | Bad setting MENTORBOT_REDIS_SENTINELS: 'b:port' has a port that is not a number. Example: MENTORBOT_REDIS_SENTINELS=10.0.0.1:26379,10.0.0.2:26379,10.0.0.3:26379
            redis://127.0.0.1:6379/0 | a:70000        | mymaster | Bad setting MENTORBOT_REDIS_SENTINELS: 'a:70000' has a port outside 1-65535. Example: MENTORBOT_REDIS_SENTINELS=10.0.0.1:26379,10.0.0.2:26379,10.0.0.3:26379
            redis://127.0.0.1:6379/0 | 127.0.0.1:26379 | -       | Bad setting MENTORBOT_REDIS_MASTER: it is not set, but MENTORBOT_REDIS_SENTINELS is; name the master the Sentinels watch. Example: MENTORBOT_REDIS_MASTER=mymaster
            redis://127.0.0.1:6379/0 | -              | mymaster | Bad setting MENTORBOT_REDIS_SENTINELS: it is not set, but MENTORBOT_REDIS_MASTER is; list the Sentinels as host:port. Example: MENTORBOT_REDIS_SENTINELS=10.0.0.1:26379,10.0.0.2:26379,10.0.0.3:26379
            -                        | 127.0.0.1:26379 | mymaster | Bad setting REDIS_URL: it is not set, but MENTORBOT_REDIS_SENTINELS is; give the scheme, user, password and database of the Sentinels' master. Example: REDIS_URL=redis://mentorbot:<password>@mymaster/0
            redis://u:p%zz@h/0       | -              | -        | Bad setting REDIS_URL: cannot be used: it is not a URL (Malformed escape pair). Example: REDIS_URL=redis://127.0.0.1:6379/0
            """)
    void aBadRedisSettingIsOneLine(String url, String sentinels, String master, String line) throws IOException {
        Map<String, Object> shell = new LinkedHashMap<>();
        put(shell, "REDIS_URL", url);
        put(shell, "MENTORBOT_REDIS_SENTINELS", sentinels);
        put(shell, "MENTORBOT_REDIS_MASTER", master);

        assertThat(lineFor(shell)).isEqualTo(line);
    }

    @Test
    void sentinelsThatDoNotAnswerStopStartUpWithOneLine() throws IOException {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }

        String line = lineFor(Map.of("REDIS_URL", "redis://127.0.0.1:6379/0", "MENTORBOT_REDIS_SENTINELS", "127.0.0.1:" + closed,
                "MENTORBOT_REDIS_MASTER", "mymaster"));

        assertThat(line).startsWith("Bad setting MENTORBOT_REDIS_SENTINELS: no Sentinel answers for master 'mymaster' of Sentinels 127.0.0.1:"
                + closed + " (redis, database 0) (").endsWith(". Example: MENTORBOT_REDIS_SENTINELS=" + RedisConnection.SENTINELS_EXAMPLE)
                .doesNotContain("\n");
    }

    private static void put(Map<String, Object> shell, String name, String value) {
        if (value != null) {
            shell.put(name, value);
        }
    }

    private static String lineFor(Map<String, Object> shell) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, shell));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        Throwable failure = catchThrowable(() -> new SettingsCheck(environment).postProcessBeanFactory(null));
        return new BadSettingFailureAnalyzer(environment).analyze(failure).getDescription();
    }
}
