package io.kexiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KexiangApplication {

    public static void main(String[] args) {
        SpringApplication.run(KexiangApplication.class, args);
    }
}
