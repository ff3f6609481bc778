package io.kexiang.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration implements WebMvcConfigurer {

    private final AuthorizeBeforeBinding authorizeBeforeBinding;

    WebSecurityConfiguration(AuthorizeBeforeBinding authorizeBeforeBinding) {
        this.authorizeBeforeBinding = authorizeBeforeBinding;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(authorizeBeforeBinding);
    }
}
