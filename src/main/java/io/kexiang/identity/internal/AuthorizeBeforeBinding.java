package io.kexiang.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller's {@code @PreAuthorize} before its arguments are bound: a caller whose roles may not use an
 * endpoint is told 403, not a 400 listing the bad fields of a body it had no business sending. Method security
 * still checks again at the call; our expressions name roles only, never arguments.
 */
@Component
class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager authorization = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && guarded(method)) {
            SimpleMethodInvocation call = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                    new Object[method.getMethodParameters().length]);
            AuthorizationResult decision = authorization.authorize(
                    () -> SecurityContextHolder.getContext().getAuthentication(), call);
            if (decision != null && !decision.isGranted()) {
                throw new AccessDeniedException("Access denied");
            }
        }
        return true;
    }

    private static boolean guarded(HandlerMethod method) {
        return method.hasMethodAnnotation(PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
    }
}
