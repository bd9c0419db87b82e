package org.factline.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.factline.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in a page's event handlers, shown as a notification: a {@link Problem} with its own message (it is written
 * for the user); anything else logged with an id and the stack trace, and shown with that id only.
 */
@Component
public class ErrorIds implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorIds.class);

    /** A short id for one error, to match what a user quotes with the log. */
    public static String next() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The user error among the causes of a failure, whose message is meant for the user; null when there is none. */
    static Problem problem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Problem p) {
                return p;
            }
        }
        return null;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            Problem problem = problem(error.getThrowable());
            String message;
            if (problem != null) {
                message = problem.getMessage();
            } else {
                String id = next();
                log.error("error id {}: {}", id, error.getThrowable().toString(), error.getThrowable());
                message = "Something went wrong on Factline's side. Quote error id " + id + " when you report it.";
            }
            if (ui != null) {
                Notification n = Notification.show(message, 8000, Notification.Position.BOTTOM_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
