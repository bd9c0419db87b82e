package org.factline.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in a page's event handlers: logged with an id and the stack trace, shown to the user as a notification
 * with that id only.
 */
@Component
public class ErrorIds implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorIds.class);

    /** A short id for one error, to match what a user quotes with the log. */
    public static String next() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String id = next();
            log.error("error id {}: {}", id, error.getThrowable().toString(), error.getThrowable());
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            if (ui != null) {
                Notification n = Notification.show("Something went wrong on Factline's side. Quote error id " + id
                        + " when you report it.", 8000, Notification.Position.BOTTOM_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
