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
import org.factline.problem.NotFound;
import org.factline.problem.Problem;

/**
 * A page that cannot be shown for a reason the user can act on (an unknown id, a bad parameter): its message, and
 * 404 or 400. Unexpected failures go to {@link ErrorView}.
 */
@AnonymousAllowed
public class ProblemView extends VerticalLayout implements HasErrorParameter<Problem> {

    final Paragraph message = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Problem> parameter) {
        boolean notFound = parameter.getException() instanceof NotFound;
        message.setText(parameter.getException().getMessage());
        add(new H2(notFound ? "Not found" : "Cannot show this page"), message, new Anchor("", "Back to the overview"));
        return notFound ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST;
    }
}
