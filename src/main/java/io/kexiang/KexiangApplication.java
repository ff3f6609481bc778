package io.kexiang;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KexiangApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(KexiangApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        application.run(args);
    }
}
