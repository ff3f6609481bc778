package io.kexiang.inventory.scope;

import io.kexiang.inventory.ScopeSuggestions;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcScopeSuggestions implements ScopeSuggestions {

    private final JdbcTemplate jdbc;

    JdbcScopeSuggestions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> elements(String typed, int limit) {
        return jdbc.queryForList("select name from network_element where status = 'ACTIVE' and name ilike ? "
                + "order by name limit ?", String.class, contains(typed), Math.min(limit, 100));
    }

    @Override
    public List<String> interfaces(String element) {
        return jdbc.queryForList("""
                select distinct ne.name || '|' || coalesce(t.if_name, t.if_index::text) as place
                from termination t join network_element ne on ne.id = t.ne_id
                where ne.name = ? and (t.if_name is not null or t.if_index is not null)
                order by place limit 500""", String.class, element);
    }

    @Override
    public List<String> circuits(String typed, int limit) {
        return jdbc.queryForList("select circuit_id from circuit where circuit_id ilike ? order by circuit_id limit ?",
                String.class, contains(typed), Math.min(limit, 100));
    }

    /** A LIKE pattern for text containing {@code typed}, its own wildcards taken literally. */
    private static String contains(String typed) {
        String text = typed == null ? "" : typed.trim();
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
