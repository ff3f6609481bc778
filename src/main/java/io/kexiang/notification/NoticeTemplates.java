package io.kexiang.notification;

import java.util.Map;

/**
 * Notice texts from template files ({@code classpath:notices/}, or the folder {@code kexiang.notification.templates}
 * when an operator keeps edited copies there), one file per notice and language: {@code cutover-approved.zh-CN.txt}.
 * A template's first line is the subject, the rest the text.
 */
public interface NoticeTemplates {

    Rendered render(String template, String language, Map<String, Object> variables);

    record Rendered(String subject, String text) {
    }
}
