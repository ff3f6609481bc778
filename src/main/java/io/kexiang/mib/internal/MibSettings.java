package io.kexiang.mib.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param directory the folder whose every file is compiled (README.md and SOURCES.md excepted) */
@ConfigurationProperties("kexiang.mib")
record MibSettings(@DefaultValue("mibs") Path directory) {
}
