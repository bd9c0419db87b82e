package org.factline.matching.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.factline.extraction.Candidate;
import org.factline.matching.FigureReport;
import org.factline.matching.ReviewService;
import org.factline.measure.FigureFormat;

/**
 * The review queue: every figure of the articles that waits for an editor, with its best candidates, the official
 * value of each beside the stated one and the verdict each would give. Driven from the keyboard once the grid has
 * the focus: J and K (or the arrows) move, Enter confirms the best candidate, 1 to 5 pick one, X rejects the figure
 * as not a statistic, U undoes the last decision.
 */
@RolesAllowed("EDITOR")
@Route("review")
@PageTitle("Review · Factline")
@Menu(order = 3.5, title = "Review")
public class ReviewView extends VerticalLayout {

    /** How many waiting figures the page shows at once. */
    static final int SHOWN = 200;

    final TextField filter = new TextField("Article");
    final Grid<ReviewService.Waiting> grid = new Grid<>();
    final Button confirmAll = new Button();
    final Button undo = new Button("Undo last (U)");
    final Paragraph count = new Paragraph();
    private final ReviewService review;
    private List<ReviewService.Waiting> shown = List.of();

    public ReviewView(ReviewService review) {
        this.review = review;
        setSizeFull();
        Paragraph intro = new Paragraph("Figures the matcher did not link by itself. Click a row, then: J/K or the "
                + "arrows to move, Enter to confirm the best candidate, 1–5 to pick one, X to reject as not a "
                + "statistic, U to undo.");
        intro.addClassName("lead");
        filter.setPlaceholder("title or publisher");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh(0));
        confirmAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmAll.addClickListener(e -> act(() -> {
            int n = review.confirmAll(shown);
            return "Linked " + n + " figures to their best candidates";
        }, 0));
        undo.addClickListener(e -> undoLast());
        HorizontalLayout bar = new HorizontalLayout(filter, confirmAll, undo, count);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(w -> new Anchor("sources/" + w.article().id(), w.article().title()))
                .setHeader("Article").setKey("article").setFlexGrow(1);
        grid.addComponentColumn(ReviewView::sentence).setHeader("Figure in its sentence").setKey("figure")
                .setFlexGrow(2);
        grid.addColumn(w -> stated(w.figure())).setHeader("Stated").setKey("stated").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(ReviewView::candidates).setHeader("Candidates (score · official · verdict)")
                .setKey("candidates").setFlexGrow(3);
        grid.setSizeFull();
        // A click on the current row keeps it current, so a click then a key decides the row clicked.
        ((GridSingleSelectionModel<ReviewService.Waiting>) grid.getSelectionModel()).setDeselectAllowed(false);
        Shortcuts.addShortcutListener(grid, () -> move(1), Key.KEY_J).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> move(-1), Key.KEY_K).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> pick(0), Key.ENTER).listenOn(grid);
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5};
        for (int i = 0; i < digits.length; i++) {
            int option = i;
            Shortcuts.addShortcutListener(grid, () -> pick(option), digits[i]).listenOn(grid);
        }
        Shortcuts.addShortcutListener(grid, this::rejectSelected, Key.KEY_X).listenOn(grid);
        Shortcuts.addShortcutListener(grid, this::undoLast, Key.KEY_U).listenOn(grid);
        Shortcuts.addShortcutListener(grid, this::undoLast, Key.KEY_Z, KeyModifier.CONTROL).listenOn(grid);
        add(intro, bar, grid);
        refresh(0);
    }

    /** Reads the queue again and selects the row at {@code index} (or the last one). */
    void refresh(int index) {
        shown = review.queue(filter.getValue(), SHOWN);
        grid.setItems(shown);
        count.setText(shown.isEmpty() ? "Nothing waits for a decision."
                : shown.size() == 1 ? "1 figure waits"
                : shown.size() + (shown.size() == SHOWN ? "+" : "") + " figures wait");
        confirmAll.setText("Confirm all shown (" + shown.size() + ")");
        confirmAll.setEnabled(!shown.isEmpty());
        if (!shown.isEmpty()) {
            grid.select(shown.get(Math.min(index, shown.size() - 1)));
        }
    }

    void move(int by) {
        int at = selectedIndex();
        if (!shown.isEmpty()) {
            ReviewService.Waiting next = shown.get(Math.max(0, Math.min(shown.size() - 1, at + by)));
            grid.select(next);
            grid.scrollToIndex(shown.indexOf(next));
        }
    }

    /** Confirms candidate {@code option} (0 for the best) of the selected figure. */
    void pick(int option) {
        ReviewService.Waiting w = grid.asSingleSelect().getValue();
        if (w == null || option >= w.figure().candidates().size()) {
            return;
        }
        Candidate f = w.figure().figure();
        FigureReport.Option o = w.figure().candidates().get(option);
        act(() -> {
            review.confirm(w.article().id(), f.start(), f.end(), option);
            return "Linked '" + f.text() + "' to " + o.indicatorName() + ", " + o.geographyName() + ", " + o.period();
        }, selectedIndex());
    }

    void rejectSelected() {
        ReviewService.Waiting w = grid.asSingleSelect().getValue();
        if (w != null) {
            Candidate f = w.figure().figure();
            act(() -> {
                review.reject(w.article().id(), f.start(), f.end());
                return "Rejected '" + f.text() + "' as not a statistic";
            }, selectedIndex());
        }
    }

    void undoLast() {
        act(() -> review.undo().orElse("Nothing to undo"), selectedIndex());
    }

    private void act(java.util.function.Supplier<String> decision, int index) {
        String done = decision.get();
        refresh(Math.max(0, index));
        Notification.show(done, 3000, Notification.Position.BOTTOM_START);
    }

    private int selectedIndex() {
        ReviewService.Waiting w = grid.asSingleSelect().getValue();
        return w == null ? 0 : Math.max(0, shown.indexOf(w));
    }

    private static String stated(FigureReport r) {
        String period = r.stated() == null ? "" : r.stated().toString();
        return period + " · " + r.status().name().toLowerCase(Locale.ROOT);
    }

    /** The figure's sentence with the figure in bold, all of it as text. */
    private static Div sentence(ReviewService.Waiting w) {
        Candidate f = w.figure().figure();
        int at = f.start() - f.sentenceStart();
        Span figure = new Span(f.text());
        figure.getStyle().set("font-weight", "600");
        Div d = new Div(new Span(f.sentence().substring(0, at)), figure,
                new Span(f.sentence().substring(Math.min(f.sentence().length(), at + f.text().length()))));
        d.addClassName("review-sentence");
        return d;
    }

    private static Div candidates(ReviewService.Waiting w) {
        Div list = new Div();
        List<FigureReport.Option> options = w.figure().candidates();
        if (options.isEmpty()) {
            list.add(new Span("No series in the catalog has this unit"));
        }
        for (int i = 0; i < options.size(); i++) {
            FigureReport.Option o = options.get(i);
            String official = o.official() == null ? "no official value"
                    : "official " + FigureFormat.format(o.official(), w.figure().figure().unit());
            Div line = new Div(new Span((i + 1) + ". " + o.indicatorName() + ", " + o.geographyName() + ", "
                    + o.period() + " · " + String.format(Locale.ROOT, "%.2f", o.score()) + " · " + official + " · "
                    + o.verdict().label()));
            line.addClassName("review-candidate");
            list.add(line);
        }
        return list;
    }
}
