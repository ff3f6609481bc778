package io.kexiang;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;

// Kafka only in cluster mode, and then from kexiang.cluster.kafka.* (ingest.cluster), not spring.kafka.*.
@SpringBootApplication(exclude = KafkaAutoConfiguration.class)
public class KexiangApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(KexiangApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        application.run(args);
    }
}
