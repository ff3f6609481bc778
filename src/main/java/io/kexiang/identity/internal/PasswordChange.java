package io.kexiang.identity.internal;

/** Body of a password change; {@code currentPassword} is ignored for an administrator's reset. */
record PasswordChange(String currentPassword, String newPassword) {
}
