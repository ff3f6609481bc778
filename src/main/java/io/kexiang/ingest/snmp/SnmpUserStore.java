package io.kexiang.ingest.snmp;

import io.kexiang.shared.secrets.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** SNMPv3 users added through the API, their passphrases sealed by {@link SecretBox}. */
@Component
class SnmpUserStore {

    /** A stored user as the API shows it: never a passphrase. */
    record StoredUser(String name, String authProtocol, String privProtocol, Instant createdAt, String createdBy,
                      Instant updatedAt) {
    }

    private final JdbcTemplate jdbc;
    private final SecretBox secrets;

    SnmpUserStore(JdbcTemplate jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    List<UsmUserSettings> all() {
        return jdbc.query("select name, auth_protocol, auth_secret, priv_protocol, priv_secret from snmp_user "
                + "order by name", (rs, row) -> new UsmUserSettings(rs.getString(1), rs.getString(2),
                        open(rs.getBytes(3)), rs.getString(4), open(rs.getBytes(5))));
    }

    List<StoredUser> list() {
        return jdbc.query("select name, auth_protocol, priv_protocol, created_at, created_by, updated_at "
                + "from snmp_user order by name", SnmpUserStore::stored);
    }

    /** @return true when the user is new */
    boolean save(UsmUserSettings user, String by, Instant at) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                insert into snmp_user (name, auth_protocol, auth_secret, priv_protocol, priv_secret, created_at,
                    created_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (name) do update set auth_protocol = excluded.auth_protocol,
                    auth_secret = excluded.auth_secret, priv_protocol = excluded.priv_protocol,
                    priv_secret = excluded.priv_secret, updated_at = excluded.updated_at
                returning xmax = 0""", Boolean.class, user.name(), user.authProtocol(), seal(user.authPassphrase()),
                user.privProtocol(), seal(user.privPassphrase()), Timestamp.from(at), by, Timestamp.from(at)));
    }

    boolean delete(String name) {
        return jdbc.update("delete from snmp_user where name = ?", name) > 0;
    }

    private byte[] seal(String passphrase) {
        return passphrase == null ? null : secrets.seal(passphrase);
    }

    private String open(byte[] sealed) {
        return sealed == null ? null : secrets.open(sealed);
    }

    private static StoredUser stored(ResultSet rs, int row) throws SQLException {
        return new StoredUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getTimestamp(6).toInstant());
    }
}
