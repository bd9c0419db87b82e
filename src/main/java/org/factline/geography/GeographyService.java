package org.factline.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.revision.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries, aggregates and blocs. */
@Service
public class GeographyService {

    private final GeographyRepository repository;
    private final ApplicationEventPublisher events;

    GeographyService(GeographyRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Adds the geography, or updates its name, kind, region and income group if the code exists. */
    @Transactional
    public void save(Geography g) {
        events.publishEvent(new DataChanged("geography"));
        repository.save(g);
    }

    @Transactional(readOnly = true)
    public Optional<Geography> find(String code) {
        return repository.find(code);
    }

    /** The geographies with these codes, by name. */
    @Transactional(readOnly = true)
    public List<Geography> findAll(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : repository.findAll(codes);
    }

    /** Every geography, by name. */
    @Transactional(readOnly = true)
    public List<Geography> list() {
        return repository.list();
    }

    /** Records another name a text may call the geography by ("Turkey" for Türkiye); known names are kept once. */
    @Transactional
    public void addName(String code, String name) {
        events.publishEvent(new DataChanged("geography"));
        repository.addName(code, name.strip());
    }

    /** The other names of every geography that has some, by code. */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<String>> otherNames() {
        return repository.otherNames();
    }
}
