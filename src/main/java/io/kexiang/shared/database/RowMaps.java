package io.kexiang.shared.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/** A row as a map of its columns by label, in their order, times as {@code Instant}s (a JdbcTemplate RowMapper). */
public final class RowMaps {

    private RowMaps() {
    }

    public static Map<String, Object> of(ResultSet rows, int index) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        var meta = rows.getMetaData();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            Object value = rows.getObject(column);
            row.put(meta.getColumnLabel(column), value instanceof Timestamp time ? time.toInstant() : value);
        }
        return row;
    }
}
