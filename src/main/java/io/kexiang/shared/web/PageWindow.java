package io.kexiang.shared.web;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;

/**
 * TMF-style paging, used by every list endpoint: {@code offset} and {@code limit} in, {@code X-Total-Count} and
 * {@code X-Result-Count} out.
 */
public record PageWindow(int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public static PageWindow of(Integer offset, Integer limit) {
        int first = offset == null ? 0 : offset;
        int size = limit == null ? 100 : limit;
        List<FieldProblem> problems = new ArrayList<>();
        if (first < 0) {
            problems.add(FieldProblem.of("offset", first, Text.of("problem.offset")));
        }
        if (size < 1 || size > MAX_LIMIT) {
            problems.add(FieldProblem.of("limit", size, Text.of("problem.range", 1, MAX_LIMIT)));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new PageWindow(first, size);
    }

    public Pageable pageable(Sort sort) {
        return new OffsetPageable(offset, limit, sort);
    }

    public static <T> ResponseEntity<List<T>> respond(Page<?> page, List<T> body) {
        return respond(page.getTotalElements(), body);
    }

    public static <T> ResponseEntity<List<T>> respond(long total, List<T> body) {
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(total))
                .header("X-Result-Count", String.valueOf(body.size()))
                .body(body);
    }
}
