package org.kidalkg.http.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kidalkg.http.common.JsonResponses;

/**
 * Refuses request bodies above a limit with 413, before anything parses them. A declared
 * {@code Content-Length} is checked up front; a chunked body (no length) is read into memory up to the
 * limit and counted, so a client cannot stream an unbounded query past the check. 1 MiB is far above any
 * real SPARQL query (the named queries are under 3 KB) and small enough that 32 at once cost little.
 */
public final class BodySizeLimitFilter implements Filter {
    /** The default limit: 1 MiB. */
    public static final long DEFAULT_LIMIT = 1L << 20;

    private final long limit;

    public BodySizeLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, declared + " bytes declared");
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readUpTo(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            tooLarge(response, "more than " + limit + " bytes streamed");
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, String what) throws IOException {
        response.setHeader("Connection", "close");
        JsonResponses.error(response, 413, "request body too large",
                what + "; this server accepts request bodies up to " + limit + " bytes");
    }

    static byte[] readUpTo(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
