package io.kexiang.console.web;

import io.kexiang.console.ConsoleSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=en} or {@code ?lang=zh-CN} on any console page switches the user's language and keeps it; links are
 * written as they are.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleSettings.class)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    /**
     * Boot rewrites every link of every page through the resource chain once the webjars locator is present, to add
     * the webjar's version; for a link that is no resource (all but two) that is a class-path search each time, and
     * was 40 % of the board's time. The version-less webjar paths are resolved when served, so nothing is lost.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).excludePathPatterns("/api/**", "/tmf-api/**");
    }
}
