package org.factline.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.factline.problem.NotFound;

/** A page whose subject does not exist, in the tests only, to see what a user is shown then. */
@Route("test-missing")
@AnonymousAllowed
public class MissingTestView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new NotFound("No source 424242");
    }
}
