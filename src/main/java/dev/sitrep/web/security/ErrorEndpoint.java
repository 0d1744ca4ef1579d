package dev.sitrep.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the container sends an error that no handler answered (a {@code sendError}, an exception out of a
 * filter, a method Tomcat refuses): the same problem or plain page as every other error, in place of
 * Spring Boot's {@code {"timestamp", "error", "path"}} map and its Whitelabel page.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorEndpoint implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // Asked for directly, not as an error dispatch: there is nothing at /error.
        String path = failedPath instanceof String p ? p : request.getRequestURI();
        ErrorAnswer.forStatus(status instanceof Integer code ? code : 404, request.getMethod(), path)
                .writeTo(response, path, request.getHeader(HttpHeaders.ACCEPT));
    }
}
