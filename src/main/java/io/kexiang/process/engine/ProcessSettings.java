package io.kexiang.process.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kexiang.process}: where the operator's BPMN files are, and the share of a step's time limit at which its
 * people are warned (预警).
 *
 * @param directory the operator's folder of {@code *.bpmn20.xml} (default {@code ./processes}); files there add to
 *                  and replace by name those shipped in the jar
 * @param warningShare the share of each step's time at which it warns, between 0 and 1 (default 0.8)
 * @param consoleUrl the console's address, for the links in notices (default http://localhost:8080)
 * @param language the language of the warning and escalation notices: zh-CN (default) or en
 */
@ConfigurationProperties("kexiang.process")
public record ProcessSettings(String directory, Double warningShare, String consoleUrl, String language) {

    public ProcessSettings {
        directory = directory == null || directory.isBlank() ? "processes" : directory;
        warningShare = warningShare == null ? 0.8 : warningShare;
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("kexiang.process.warning-share must be between 0 and 1, not "
                    + warningShare);
        }
        consoleUrl = consoleUrl == null || consoleUrl.isBlank() ? "http://localhost:8080" : consoleUrl;
        language = language == null || language.isBlank() ? "zh-CN" : language;
    }
}
