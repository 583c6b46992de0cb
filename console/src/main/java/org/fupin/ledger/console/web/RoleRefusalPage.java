package org.fupin.ledger.console.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fupin.ledger.console.config.ConsolePages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** A page of another role: the 403 page, naming the roles that may open it. */
@Component
public class RoleRefusalPage implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.setAttribute("allowedRoles", ConsolePages.of(path).map(ConsolePages::roles).orElse(null));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/refused").forward(request, response);
    }
}
