package org.factline.shell;

import com.vaadin.flow.component.html.Span;

/** Who linked a figure, as every page shows it: the matcher's links in a badge of their own. */
public final class LinkedBy {

    private LinkedBy() {
    }

    /**
     * @param label   "matcher (0.93)" or the editor's name
     * @param machine whether the matcher made the link, so it never passes for an editor's
     */
    public static Span of(String label, boolean machine) {
        Span s = new Span(label);
        if (machine) {
            s.getElement().getThemeList().add("badge contrast");
            s.setTitle("Linked by the matcher, with this score; no editor has confirmed it");
        }
        return s;
    }
}
