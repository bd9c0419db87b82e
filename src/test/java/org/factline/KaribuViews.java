package org.factline;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;

/** Karibu-Testing on the Spring context: the app's routes, discovered once, and a mocked UI per test. */
public final class KaribuViews {

    private static Routes routes;

    private KaribuViews() {
    }

    /** A fresh mocked UI with the application's views and Spring beans. */
    public static void setUp(ApplicationContext ctx) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.factline");
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }
}
