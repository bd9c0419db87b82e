package org.factline.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.revision.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators Factline knows. */
@Service
public class IndicatorService {

    private final IndicatorRepository repository;
    private final ApplicationEventPublisher events;

    IndicatorService(IndicatorRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Adds the indicator, or updates its name, unit, frequency and description if the code exists. */
    @Transactional
    public void save(Indicator ind) {
        events.publishEvent(new DataChanged("indicator"));
        repository.save(ind);
    }

    @Transactional(readOnly = true)
    public Optional<Indicator> find(String code) {
        return repository.find(code);
    }

    /** The unit of each of these indicators that exists, by code: one query for many. */
    @Transactional(readOnly = true)
    public Map<String, String> unitsOf(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : repository.unitsOf(codes);
    }

    /** The indicator with exactly this name, ignoring case, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Indicator> findByName(String name) {
        return repository.findByName(name);
    }

    /** Every indicator, by name. */
    @Transactional(readOnly = true)
    public List<Indicator> all() {
        return repository.all();
    }

    /** The codes of the indicators whose code or name contains the text, ignoring case. */
    @Transactional(readOnly = true)
    public List<String> codesMatching(String text) {
        return repository.codesMatching(text);
    }
}
