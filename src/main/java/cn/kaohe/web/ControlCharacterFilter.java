package cn.kaohe.web;

import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Control characters outside request bodies: a query or form parameter of an API request carrying NUL or another
 * control character is refused with 400 naming the parameter; a response header value never carries CR, LF or
 * another control character (a name with a line break that becomes a download's file name would otherwise break
 * the {@code Content-Disposition} header inside the servlet container) — they are replaced by {@code _}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ControlCharacterFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    ControlCharacterFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
                for (String value : p.getValue()) {
                    String problem = ControlCharacters.problem(p.getKey(), value);
                    if (problem == null) {
                        problem = ControlCharacters.problem("name", p.getKey());
                    }
                    if (problem != null) {
                        refuse(response, p.getKey(), problem);
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, new SafeHeaders(response));
    }

    private void refuse(HttpServletResponse response, String field, String problem) throws IOException {
        String safeField = clean(field);
        response.setStatus(CommonError.VALIDATION_FAILED.httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(
                response.getOutputStream(),
                new ErrorResponse(
                        CommonError.VALIDATION_FAILED.code(),
                        MessageFormat.format(
                                CommonError.VALIDATION_FAILED.messageTemplate(), safeField + "：" + problem),
                        List.of(Problem.ofField(safeField, problem))));
    }

    /** Control characters (CR, LF, NUL …) replaced by {@code _}; tab kept. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                if (sb == null) {
                    sb = new StringBuilder(value.substring(0, i));
                }
                sb.append('_');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }

    private static final class SafeHeaders extends HttpServletResponseWrapper {

        SafeHeaders(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, clean(value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, clean(value));
        }
    }
}
