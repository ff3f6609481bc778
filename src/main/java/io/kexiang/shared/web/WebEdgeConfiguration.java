package io.kexiang.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class WebEdgeConfiguration {

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(ObjectMapper json,
            @Value("${kexiang.web.max-body:1MB}") DataSize maxBody,
            @Value("${kexiang.web.max-upload:200MB}") DataSize maxUpload) {
        FilterRegistrationBean<RequestLimits> registration =
                new FilterRegistrationBean<>(new RequestLimits(json, maxBody, maxUpload));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
