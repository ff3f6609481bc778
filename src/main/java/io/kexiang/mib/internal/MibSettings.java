package io.kexiang.mib.internal;

import io.kexiang.shared.files.ShippedFiles;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory the operator's MIB folder: its every file (README.md and SOURCES.md excepted) is compiled with
 *                  the modules shipped in the jar, and wins over a shipped file of the same name
 */
@ConfigurationProperties("kexiang.mib")
record MibSettings(@DefaultValue("mibs") Path directory) {

    MibSettings {
        directory = ShippedFiles.folder(directory);
    }
}
