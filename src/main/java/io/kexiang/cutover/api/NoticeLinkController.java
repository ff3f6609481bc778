package io.kexiang.cutover.api;

import io.kexiang.cutover.notice.NoticeConfirmations;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The confirmation link in a cutover notice, usable without signing in (the token is the proof). Opening the link
 * shows a button; only pressing it confirms, so that a mail scanner that follows links confirms nothing.
 */
@RestController
class NoticeLinkController {

    private final NoticeConfirmations confirmations;

    NoticeLinkController(NoticeConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping(value = "/links/cutover-notices/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable long id, @RequestParam String token) {
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>确认割接通知</title></head>
                <body><form method="post" action="/links/cutover-notices/%d?token=%s">
                <p>请确认已收到割接通知，并已告知客户。/ Please confirm you received the cutover notice.</p>
                <button type="submit">确认收到 Confirm</button></form></body></html>
                """.formatted(id, HtmlUtils.htmlEscape(token));
    }

    @PostMapping(value = "/links/cutover-notices/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String confirm(@PathVariable long id, @RequestParam String token) {
        Map<String, Object> notice = confirmations.confirmByLink(id, token);
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>已确认</title></head>
                <body><p>已确认收到割接 %s 的通知。/ Receipt of cutover %s confirmed.</p></body></html>
                """.formatted(HtmlUtils.htmlEscape(String.valueOf(notice.get("number"))),
                HtmlUtils.htmlEscape(String.valueOf(notice.get("number"))));
    }
}
