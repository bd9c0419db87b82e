package org.factline.importer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.importer.ImportJobs;
import org.factline.importer.ImportProgress;

/**
 * The background imports a page follows: for each a progress bar, its rows, rate and time left, and a Cancel button
 * (nothing is written then). The page polls while one runs; a reloaded page follows the imports still running.
 */
final class ImportJobsPanel extends Div {

    /** A followed import's row. */
    record JobRow(ImportJobs.Job job, Div row, ProgressBar bar, Span status) {
    }

    final Map<Long, JobRow> watched = new LinkedHashMap<>();
    private final ImportJobs jobs;
    private final Consumer<ImportJobs.Job> finished;
    private Registration polling;

    ImportJobsPanel(ImportJobs jobs, Consumer<ImportJobs.Job> finished) {
        this.jobs = jobs;
        this.finished = finished;
        addClassName("import-jobs");
    }

    void watch(ImportJobs.Job job) {
        if (watched.containsKey(job.id())) {
            return;
        }
        ProgressBar bar = new ProgressBar(0, 1);
        Span status = new Span("waiting");
        status.addClassName("hint");
        Button stop = new Button("Cancel", e -> job.progress().cancel());
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        stop.setAriaLabel("Cancel the import of " + job.fileName());
        Div row = new Div(new Span("Importing " + job.fileName()), bar, new HorizontalLayout(status, stop));
        row.addClassName("import-job");
        add(row);
        watched.put(job.id(), new JobRow(job, row, bar, status));
        getUI().ifPresent(ui -> ui.setPollInterval(500));
    }

    /** Brings the rows up to date; a finished import is handed on, and polling stops when none runs. */
    void update() {
        for (JobRow r : List.copyOf(watched.values())) {
            ImportProgress p = r.job().progress();
            r.bar().setValue(p.fraction());
            r.status().setText(p.cancelled() ? "cancelling…" : p.describe());
            if (!r.job().running()) {
                watched.remove(r.job().id());
                remove(r.row());
                finished.accept(r.job());
            }
        }
        if (watched.isEmpty()) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** Waits for the followed imports to end, then updates: for tests, which have no browser polling. */
    void finishAll() {
        watched.values().forEach(r -> r.job().report().handle((ok, e) -> ok).join());
        update();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(e -> update());
        jobs.recent().stream().filter(ImportJobs.Job::running).forEach(this::watch);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(event);
    }
}
