package io.kexiang.shared.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets Kexiang must keep readable for itself (an SNMPv3 passphrase has to be localised for every
 * sending engine, so a hash will not do): AES-256-GCM, a fresh nonce per secret. The key comes from
 * {@code KEXIANG_SECRET_KEY}, or from a key file made on first use, readable by the owner only.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String configuredKey;
    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey key;

    SecretBox(@Value("${kexiang.secrets.key:}") String configuredKey,
            @Value("${kexiang.secrets.key-file:./data/secret.key}") Path keyFile) {
        this.configuredKey = configuredKey;
        this.keyFile = keyFile;
    }

    public byte[] seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing a secret failed", e);
        }
    }

    /** @throws IllegalStateException when the box was sealed with another key (the key file was lost) */
    public String open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not open with this key (was the key changed?)",
                    e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreate(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] loadOrCreate() {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decode(configuredKey.trim(), "KEXIANG_SECRET_KEY");
        }
        try {
            if (Files.exists(keyFile)) {
                return decode(Files.readString(keyFile).trim(), keyFile.toString());
            }
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Secret key file {}: cannot restrict its permissions on this file system", keyFile);
            }
            log.info("Made a new secret key in {}; back it up with the data", keyFile.toAbsolutePath());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("secret key file " + keyFile + " not readable or writable", e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must be base64 of 32 bytes (AES-256), not " + bytes.length);
        }
        return bytes;
    }
}
