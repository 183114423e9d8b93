package cn.kaohe.web;

import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.ErrorCode;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into {@code {code, message, problems}} with a Chinese message and a stable
 * code. Never sends a stack trace; unexpected errors are logged with a reference the user can quote.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(KaoheException.class)
    ResponseEntity<ErrorResponse> kaohe(KaoheException e) {
        return answer(e.errorCode(), e.getMessage(), e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorResponse> invalidBody(MethodArgumentNotValidException e) {
        List<Problem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Problem.ofField(f.getField(), f.getDefaultMessage()))
                .toList();
        return answer(KaoheException.invalid(problems));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ErrorResponse> invalidParameter(ConstraintViolationException e) {
        List<Problem> problems = e.getConstraintViolations().stream()
                .map(v -> Problem.ofField(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return answer(KaoheException.invalid(problems));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorResponse> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof ControlCharacters.Refused r) {
            return answer(KaoheException.invalid(List.of(Problem.ofField(r.field(), r.reason()))));
        }
        // A value of the wrong type (an unknown enum constant, text for a number, a bad month): name the field.
        if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = "格式不正确";
            if (m instanceof InvalidFormatException f) {
                message += "：" + f.getValue();
                if (f.getTargetType() != null && f.getTargetType().isEnum()) {
                    message += "，可选值："
                            + Arrays.stream(f.getTargetType().getEnumConstants())
                                    .map(String::valueOf)
                                    .collect(Collectors.joining("、"));
                }
            }
            return answer(KaoheException.invalid(List.of(Problem.ofField(field, message))));
        }
        return answer(new KaoheException(CommonError.MALFORMED_REQUEST, "JSON 无效或字段类型不符"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorResponse> typeMismatch(MethodArgumentTypeMismatchException e) {
        return answer(KaoheException.invalid(List.of(Problem.ofField(e.getName(), "格式不正确：" + e.getValue()))));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ErrorResponse> missing(Exception e) {
        String name = e instanceof MissingServletRequestParameterException p
                ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return answer(KaoheException.invalid(List.of(Problem.ofField(name, "必填"))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorResponse> tooLarge(MaxUploadSizeExceededException e) {
        return answer(new KaoheException(CommonError.PAYLOAD_TOO_LARGE, "10MB"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorResponse> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(new KaoheException(CommonError.UNSUPPORTED_MEDIA, String.valueOf(e.getContentType())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorResponse> method(HttpRequestMethodNotSupportedException e) {
        return answer(new KaoheException(CommonError.METHOD_NOT_ALLOWED, e.getMethod()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorResponse> noResource(NoResourceFoundException e) {
        return answer(KaoheException.notFound("页面或接口", "/" + e.getResourcePath()));
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ErrorResponse> rejectedByDatabase(org.springframework.dao.DataIntegrityViolationException e) {
        // a value the checks above the database missed (a length, a range, a uniqueness): nothing was stored
        log.warn("Rejected by the database: {}", e.getMostSpecificCause().getMessage());
        return answer(new KaoheException(CommonError.DATA_REJECTED));
    }

    /**
     * Lost a race: a stale {@code @Version} row (JPA or Spring's translation), a lock that could not be taken, a
     * deadlock the database broke. Nothing was stored (the transaction rolled back); the user may retry.
     */
    @ExceptionHandler({
        OptimisticLockingFailureException.class,
        PessimisticLockingFailureException.class,
        jakarta.persistence.OptimisticLockException.class,
        jakarta.persistence.PessimisticLockException.class,
        jakarta.persistence.LockTimeoutException.class
    })
    ResponseEntity<ErrorResponse> conflict(Exception e) {
        log.info("Concurrent change refused: {}", e.toString());
        return answer(new KaoheException(CommonError.CONFLICT));
    }

    /**
     * The client went away while a download was streaming (a closed tab, a cancelled request): nothing to answer and
     * nothing wrong on our side.
     */
    @ExceptionHandler({
        org.springframework.web.context.request.async.AsyncRequestNotUsableException.class,
        org.apache.catalina.connector.ClientAbortException.class
    })
    void clientGone(Exception e) {
        log.debug("Client went away: {}", e.toString());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> unexpected(Exception e) {
        if (Conflicts.isTransient(e)) {
            return conflict(e);
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", ref, e);
        return answer(new KaoheException(CommonError.INTERNAL, ref));
    }

    private static ResponseEntity<ErrorResponse> answer(KaoheException e) {
        return answer(e.errorCode(), e.getMessage(), e.problems());
    }

    private static ResponseEntity<ErrorResponse> answer(ErrorCode code, String message, List<Problem> problems) {
        // always JSON, also when the client asked for a PDF or a browser for XML/HTML (never an XML error page)
        return ResponseEntity.status(code.httpStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(new ErrorResponse(code.code(), message, problems));
    }
}
