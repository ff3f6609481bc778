package io.kexiang.shared.web;

import io.kexiang.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebEdgeConfiguration {

    /**
     * Named {@code localeResolver} so that the dispatcher uses it too, and Bean Validation speaks the language of
     * the rest of the reply.
     */
    @Bean
    LocaleResolver localeResolver(Texts texts) {
        return new ReplyLanguage(texts.defaultLocale());
    }

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(ProblemReplies replies,
            @Value("${kexiang.web.max-body:1MB}") DataSize maxBody,
            @Value("${kexiang.web.max-upload:200MB}") DataSize maxUpload) {
        FilterRegistrationBean<RequestLimits> registration =
                new FilterRegistrationBean<>(new RequestLimits(replies, maxBody, maxUpload));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
