package org.factline.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails on purpose, in the tests only, to see what a user is shown when a page breaks. */
@Route("test-broken")
@AnonymousAllowed
public class BrokenTestView extends Div {

    public BrokenTestView() {
        throw new IllegalStateException("internal detail that must not reach the user: jdbc:h2:mem:secret");
    }
}
