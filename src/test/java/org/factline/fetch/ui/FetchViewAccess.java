package org.factline.fetch.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;

/** The Fetch page's fields, for tests in other packages (the view keeps them package-private). */
public final class FetchViewAccess {

    private final FetchView view = _get(FetchView.class);

    public TextField spec() {
        return view.spec;
    }

    public Button preview() {
        return view.preview;
    }

    public Paragraph error() {
        return view.error;
    }

    public Pre report() {
        return view.report;
    }
}
