package org.kidalkg.http.guard;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kidalkg.http.common.JsonResponses;

/**
 * Lets through only the methods a read-only server needs: GET, HEAD and OPTIONS anywhere, POST only where a
 * SPARQL query may be posted. Everything else (PUT, DELETE, PATCH, a POST to {@code /$/ping} or
 * {@code /queries}) gets 405 before it reaches Fuseki, whatever Fuseki would have done with it.
 */
public final class ReadOnlyMethodsFilter implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private final String dataset;
    private final Set<String> queryPaths;

    /** @param dataset the served dataset's path ({@code /kidal}), where queries may be posted */
    public ReadOnlyMethodsFilter(String dataset) {
        this.dataset = dataset;
        this.queryPaths = Set.of(dataset, dataset + "/", dataset + "/sparql", dataset + "/query");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        if (READS.contains(method) || ("POST".equals(method) && queryPaths.contains(path(request)))) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Allow", "GET, HEAD, OPTIONS" + (queryPaths.contains(path(request)) ? ", POST" : ""));
        // The refused body is never read, so the connection cannot carry another request: say so, or a
        // client that pools connections sends its next request down a socket about to close.
        response.setHeader("Connection", "close");
        JsonResponses.error(response, 405, "method not allowed",
                method + " is not allowed here: this server is read-only (POST only carries SPARQL queries, to "
                        + dataset + "/sparql)");
    }

    /** The decoded, normalised path within the server, as the servlets see it. */
    private static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }
}
