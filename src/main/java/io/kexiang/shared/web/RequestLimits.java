package io.kexiang.shared.web;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request must keep to before any controller reads it: a body no larger than its kind allows (JSON and
 * the like {@code kexiang.web.max-body}, CSV and multipart uploads {@code kexiang.web.max-upload}; 413), and no
 * NUL character in a parameter, which PostgreSQL cannot store or compare (400 naming each such parameter).
 */
class RequestLimits extends OncePerRequestFilter {

    private final ProblemReplies replies;
    private final long maxBody;
    private final long maxUpload;

    RequestLimits(ProblemReplies replies, DataSize maxBody, DataSize maxUpload) {
        this.replies = replies;
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = isUpload(request) ? maxUpload : maxBody;
        if (request.getContentLengthLong() > limit) {
            replies.write(request, response, tooLarge(replies, limit, replies.locale(request)));
            return;
        }
        List<FieldProblem> nul = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
                    nul.add(FieldProblem.of(parameter.getKey().replace('\0', ' '), null,
                            Text.of("problem.nul")));
                }
            }
        }
        if (!nul.isEmpty()) {
            replies.write(request, response, replies.withErrors(HttpStatus.BAD_REQUEST,
                    Text.of("problem.title.invalid"), Text.of("problem.invalidParameters", nul.size()), nul,
                    replies.locale(request)));
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    static ProblemDetail tooLarge(ProblemReplies replies, long limit, Locale locale) {
        return replies.of(HttpStatus.PAYLOAD_TOO_LARGE, Text.of("problem.title.tooLarge"),
                Text.of("problem.tooLarge", DataSize.ofBytes(limit).toKilobytes()), locale);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith("text/csv") || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    /** A body sent without a length (chunked) is counted as it is read, and refused past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
