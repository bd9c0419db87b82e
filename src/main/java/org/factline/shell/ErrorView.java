package org.factline.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page that failed: a short message with an error id to quote; the stack trace goes to the log only. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    final Paragraph message = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorIds.next();
        log.error("error id {} on /{}: {}", id, event.getLocation().getPath(), parameter.getException().toString(),
                parameter.getException());
        message.setText("Something went wrong on Factline's side. Quote error id " + id + " when you report it.");
        add(new H2("Something went wrong"), message, new Anchor("", "Back to the overview"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
