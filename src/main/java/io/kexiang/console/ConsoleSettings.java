package io.kexiang.console;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone the zone the console shows times in (the centre's, not the browser's: a shift hand-over reads the
 *             same times on every screen)
 * @param boardPush how often an open board is sent what changed, at most
 * @param boardPageSize how many rows a board shows
 */
@ConfigurationProperties("kexiang.console")
public record ConsoleSettings(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("1s") Duration boardPush,
                              @DefaultValue("100") int boardPageSize) {
}
