package cn.kaohe.web;

import cn.kaohe.shared.CommonError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of API requests other than file uploads ({@code kaohe.security.max-request-size}, 2 MB):
 * a declared larger body is refused with 413 COMMON-006 before it is read; a chunked body is cut off
 * when it passes the cap (the request then fails as unreadable, 400). Multipart uploads have their own
 * limit ({@code spring.servlet.multipart}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long max;
    private final ObjectMapper json;

    RequestSizeFilter(@Value("${kaohe.security.max-request-size:2MB}") DataSize max, ObjectMapper json) {
        this.max = max.toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > max) {
            response.setStatus(CommonError.PAYLOAD_TOO_LARGE.httpStatus());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String limit = DataSize.ofBytes(max).toMegabytes() + "MB";
            json.writeValue(
                    response.getOutputStream(),
                    new ErrorResponse(
                            CommonError.PAYLOAD_TOO_LARGE.code(),
                            MessageFormat.format(CommonError.PAYLOAD_TOO_LARGE.messageTemplate(), limit),
                            List.of()));
            return;
        }
        chain.doFilter(length < 0 ? new Capped(request, max) : request, response);
    }

    private static final class Capped extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > max) {
                            throw new IOException("request body larger than " + max + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > max) {
                            throw new IOException("request body larger than " + max + " bytes");
                        }
                        return n;
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
                };
            }
            return stream;
        }
    }
}
