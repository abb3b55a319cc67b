package org.kidalkg.http.guard;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * CORS for a read-only endpoint: any origin may read (GET, POST of a query, HEAD) and send the preflight
 * (OPTIONS); a preflight for PUT, DELETE or PATCH gets no {@code Access-Control-Allow-*} headers, so a
 * browser refuses the call. Fuseki's default CORS settings allow GET, POST, DELETE, PUT, HEAD, OPTIONS and
 * PATCH; this is Fuseki's own filter with the method list narrowed. Without credentials: Fuseki's default
 * answered any origin with {@code Access-Control-Allow-Credentials: true}, letting any site read with the
 * visitor's cookies. And only http(s) origins: {@code Origin: null} (sandboxed frames, {@code file:} pages) is
 * not echoed back as allowed.
 */
public final class ReadOnlyCors implements Filter {
    static final String ALLOWED_METHODS = "GET,POST,HEAD,OPTIONS";

    private static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "http://*,https://*",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, ALLOWED_METHODS,
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin, Last-Modified",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM,
                    "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter delegate = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override public String getFilterName() { return "kidal-kg read-only CORS"; }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return SETTINGS.get(name); }
            @Override public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        delegate.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
