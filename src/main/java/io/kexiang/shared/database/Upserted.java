package io.kexiang.shared.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an {@code insert … on conflict … do update … returning key, id, xmax = 0} statement wrote: the database
 * id of each natural key, and how many rows were new ({@code xmax = 0} holds only for a freshly inserted row).
 */
public record Upserted(Map<String, Long> ids, int created) {

    /** Runs a whole-list upsert; each argument is one column as an array, for {@code unnest(?::type[], …)}. */
    public static Upserted run(JdbcTemplate jdbc, String sql, Object... columns) {
        Map<String, Long> ids = new HashMap<>();
        int[] created = {0};
        jdbc.query(sql, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
            created[0] += rs.getBoolean(3) ? 1 : 0;
        }, columns);
        return new Upserted(ids, created[0]);
    }

    public static <T> String[] texts(List<T> rows, Function<T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    public static <T> Integer[] ints(List<T> rows, Function<T, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }

    public static <T> Long[] longs(List<T> rows, Function<T, Long> column) {
        return rows.stream().map(column).toArray(Long[]::new);
    }
}
