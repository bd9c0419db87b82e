package org.factline.fetch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.factline.importer.ImportReport;
import org.factline.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series fetched again on a schedule, daily or weekly: set on the Fetch page or in properties
 * ({@code factline.refresh.daily}, {@code factline.refresh.weekly}: specs separated by ";"). Each run is an import
 * like any other, in the history and undoable; a provider's revision arrives as a new vintage.
 */
@Service
public class RefreshService {

    private static final Logger log = LoggerFactory.getLogger(RefreshService.class);

    private final ScheduleRepository schedules;
    private final FetchService fetch;
    private final Clock clock;
    private final String daily;
    private final String weekly;

    RefreshService(ScheduleRepository schedules, FetchService fetch, Clock clock,
                   @Value("${factline.refresh.daily:}") String daily,
                   @Value("${factline.refresh.weekly:}") String weekly) {
        this.schedules = schedules;
        this.fetch = fetch;
        this.clock = clock;
        this.daily = daily;
        this.weekly = weekly;
    }

    @Transactional(readOnly = true)
    public List<Schedule> schedules() {
        return schedules.all();
    }

    /** Fetches the spec on a schedule from now on (checked first: an unknown provider is refused). */
    @Transactional
    public void schedule(String spec, Schedule.Every every, String user) {
        schedules.save(FetchService.parse(spec).toString(), every, user);
    }

    @Transactional
    public void unschedule(String spec) {
        if (!schedules.delete(spec)) {
            throw new NotFound("No schedule for " + spec);
        }
    }

    /** The schedules the properties name, added or updated. */
    @Transactional
    public void fromProperties() {
        for (String[] set : new String[][] {{daily, "DAILY"}, {weekly, "WEEKLY"}}) {
            for (String spec : set[0].split(";")) {
                if (!spec.isBlank()) {
                    schedule(spec.strip(), Schedule.Every.valueOf(set[1]), "properties");
                }
            }
        }
    }

    /** Runs every schedule that is due; returns how many ran. */
    public int runDue() {
        Instant now = Instant.now(clock);
        int ran = 0;
        for (Schedule s : schedules()) {
            if (!s.due(now)) {
                continue;
            }
            List<ImportReport> reports = fetch.fetch(s.spec(), true, "scheduler");
            String outcome = reports.stream().map(r -> r.refused() ? "refused: " + r.refusal()
                    : "added " + r.added() + ", revised " + r.revised() + ", unchanged " + r.unchanged())
                    .collect(Collectors.joining("; "));
            schedules.ran(s.spec(), now, outcome);
            log.info("scheduled fetch of {}: {}", s.spec(), outcome);
            ran++;
        }
        return ran;
    }
}
