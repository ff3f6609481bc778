package io.kexiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** application.yml as an operator's environment variables meet it. */
class ApplicationSettingsTests {

    private static StandardEnvironment with(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", variables));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }

    @Test
    void confirmationLinksFollowTheHttpPortWhenNoPublicUrlIsSet() throws IOException {
        assertThat(with(Map.of("KEXIANG_HTTP_PORT", "9090")).getProperty("kexiang.cutover.public-url"))
                .isEqualTo("http://localhost:9090");
        assertThat(with(Map.of()).getProperty("kexiang.cutover.public-url")).isEqualTo("http://localhost:8080");
        assertThat(with(Map.of("KEXIANG_HTTP_PORT", "9090", "KEXIANG_PUBLIC_URL", "https://kx.example.com"))
                .getProperty("kexiang.cutover.public-url")).isEqualTo("https://kx.example.com");
    }
}
