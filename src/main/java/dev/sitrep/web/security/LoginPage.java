package dev.sitrep.web.security;

import org.jsoup.nodes.Entities;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in form for browsers, plain HTML like the archive pages. Spring Security would generate
 * one, but not beside an entry point of our own (the API's 401 problems), so it is written out here.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String form(CsrfToken csrf, @RequestParam(required = false) String error) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in · Sitrep</title>"
                + "<style>body{font-family:sans-serif;max-width:24em;margin:4em auto;color:#222}"
                + "label,input,button{display:block;margin:.3em 0}.error{color:#a00}</style></head>\n<body>\n"
                + "<h1>Sign in to Sitrep</h1>\n"
                + (error == null ? "" : "<p class=\"error\">The name or password was not accepted.</p>\n")
                + "<form method=\"post\" action=\"/login\">\n"
                + "<label for=\"username\">Name</label>"
                + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>\n"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"current-password\" required>\n"
                + "<input type=\"hidden\" name=\"" + Entities.escape(csrf.getParameterName()) + "\" value=\""
                + Entities.escape(csrf.getToken()) + "\">\n"
                + "<button type=\"submit\">Sign in</button>\n</form>\n"
                + "<p><a href=\"/archive\">Public archive</a></p>\n</body></html>\n";
    }
}
