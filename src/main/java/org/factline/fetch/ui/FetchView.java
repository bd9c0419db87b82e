package org.factline.fetch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.factline.fetch.FetchService;
import org.factline.fetch.RefreshService;
import org.factline.fetch.Schedule;
import org.factline.importer.ImportReport;
import org.factline.problem.Problem;

/**
 * Fetching series from the World Bank's and FRED's APIs for editors: preview or import at once, and keep series
 * current on a daily or weekly schedule. Every fetch is an import in the Imports page's history.
 */
@Route("fetch")
@PageTitle("Fetch from providers · Factline")
@Menu(order = 2.5, title = "Fetch")
@RolesAllowed("EDITOR")
public class FetchView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField spec = new TextField("Series");
    final Button preview = new Button("Preview");
    final Button fetchNow = new Button("Fetch and import");
    final Pre report = new Pre();
    final Paragraph error = new Paragraph();
    final Select<Schedule.Every> every = new Select<>();
    final Button schedule = new Button("Keep current");
    final Grid<Schedule> schedules = new Grid<>();
    private final FetchService fetch;
    private final RefreshService refresh;
    private final String user;

    public FetchView(FetchService fetch, RefreshService refresh, AuthenticationContext auth) {
        this.fetch = fetch;
        this.refresh = refresh;
        this.user = auth.getPrincipalName().orElse("editor");
        setWidthFull();
        Paragraph intro = new Paragraph("Series from the World Bank's API (worldbank:FP.CPI.TOTL.ZG,SP.POP.TOTL) or "
                + "FRED's (fred:GDPC1), imported as their downloads would be: the provider's last update is the "
                + "vintage, so a revision arrives as a new vintage and re-checks the claims on the series.");
        intro.addClassName("lead");
        spec.setPlaceholder("worldbank:FP.CPI.TOTL.ZG,SP.POP.TOTL or fred:GDPC1");
        spec.setWidth("min(36rem, 90vw)");
        preview.addClickListener(e -> run(false));
        fetchNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetchNow.addClickListener(e -> run(true));
        error.addClassName("form-error");
        report.addClassName("import-report");
        report.setVisible(false);
        every.setLabel("Every");
        every.setItems(Schedule.Every.values());
        every.setItemLabelGenerator(v -> v == Schedule.Every.DAILY ? "day" : "week");
        every.setValue(Schedule.Every.DAILY);
        schedule.addClickListener(e -> addSchedule());

        schedules.addColumn(Schedule::spec).setHeader("Series").setFlexGrow(2);
        schedules.addColumn(s -> s.every() == Schedule.Every.DAILY ? "daily" : "weekly").setHeader("Every")
                .setAutoWidth(true);
        schedules.addColumn(s -> s.lastRun() == null ? "not yet" : WHEN.format(s.lastRun())).setHeader("Last run")
                .setAutoWidth(true);
        schedules.addColumn(s -> s.lastOutcome() == null ? "" : s.lastOutcome()).setHeader("Outcome").setFlexGrow(3)
                .setTooltipGenerator(s -> s.lastOutcome() == null ? "" : s.lastOutcome());
        schedules.addComponentColumn(s -> {
            Button remove = new Button("Remove", e -> {
                refresh.unschedule(s.spec());
                refreshSchedules();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader("").setAutoWidth(true).setKey("remove");
        schedules.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        schedules.setAllRowsVisible(true);

        HorizontalLayout form = new HorizontalLayout(spec, preview, fetchNow);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        HorizontalLayout keep = new HorizontalLayout(every, schedule);
        keep.setAlignItems(Alignment.BASELINE);
        add(new H2("Fetch from providers"), intro, form, error, report, new H3("Kept current"),
                new Paragraph("The series above, fetched again on a schedule."), keep, schedules);
        refreshSchedules();
    }

    private void run(boolean commit) {
        error.setText("");
        try {
            List<ImportReport> reports = fetch.fetch(spec.getValue(), commit, user);
            report.setText(reports.stream().map(r -> String.join("\n", r.lines())).collect(Collectors.joining("\n\n")));
            report.setVisible(true);
        } catch (Problem e) {
            error.setText(e.getMessage());
            report.setVisible(false);
        }
    }

    private void addSchedule() {
        error.setText("");
        try {
            refresh.schedule(spec.getValue(), every.getValue(), user);
            refreshSchedules();
        } catch (Problem e) {
            error.setText(e.getMessage());
        }
    }

    private void refreshSchedules() {
        schedules.setItems(refresh.schedules());
    }
}
