package io.kexiang.hub.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the hub may call back ({@code kexiang.hub.*}). Retries follow the outbox's one back-off
 * ({@code kexiang.outbox.*}); timeouts are the HTTP component's ({@code camel.component.http.*}).
 *
 * @param allowedHosts host names ({@code oss.example.cn}, {@code *.oss.example.cn}), addresses or CIDR blocks
 *                     ({@code 10.20.0.0/16}) a callback may reach although they are loopback, link-local or
 *                     private; other such callbacks are refused, public ones allowed
 */
@ConfigurationProperties("kexiang.hub")
public record HubSettings(@DefaultValue List<String> allowedHosts) {
}
