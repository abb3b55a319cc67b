package org.kidalkg.http.guard;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Works around a Fuseki 5.6 bug that turned a 400 into a 500: {@code ServletOps.writeMessagePlainText}
 * declares an error message's length in characters, then writes it in UTF-8, so any non-ASCII character
 * in the message (a mistyped {@code é:} prefix, an invalid byte shown as U+FFFD) overruns the declared
 * length and Jetty fails the response. On error responses this drops the declared length; the body is
 * then sent chunked, whole. Successful responses keep theirs.
 */
public final class ErrorLengthFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setContentLength(int length) {
                if (getStatus() < 400) {
                    super.setContentLength(length);
                }
            }

            @Override
            public void setContentLengthLong(long length) {
                if (getStatus() < 400) {
                    super.setContentLengthLong(length);
                }
            }
        });
    }
}
