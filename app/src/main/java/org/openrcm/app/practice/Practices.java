package org.openrcm.app.practice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the practice module. Reads answer only within the current actor's scope; creating companies and
 * practices is for the system (set-up and demo) until practice administration has its own pages.
 */
@Service
public class Practices {
    private final PracticeRepository repository;
    private final CurrentActor current;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Practices(PracticeRepository repository, CurrentActor current, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.current = current;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public CompanyId createCompany(String name) {
        requireSystem();
        if (name == null || name.isBlank()) {
            throw Refused.invalid("COMPANY_NAME_MISSING", "The billing company's name is missing.");
        }
        if (name.strip().length() > 200) {
            throw Refused.invalid("COMPANY_NAME_TOO_LONG", "The billing company's name is longer than 200 characters.");
        }
        CompanyId id = CompanyId.random();
        repository.insertCompany(id, name.strip(), clock.instant());
        return id;
    }

    @Transactional(readOnly = true)
    public List<Company> companies() {
        requireSystem();
        return repository.companies();
    }

    @Transactional
    public PracticeId createPractice(NewPractice practice) {
        requireSystem();
        if (repository.practiceCodeTaken(practice.code())) {
            throw Refused.conflict("PRACTICE_CODE_TAKEN", "A practice with code " + practice.code() + " exists.");
        }
        PracticeId id = PracticeId.random();
        repository.insertPractice(id, practice, clock.instant());
        events.publishEvent(new PracticeCreated(id, practice.code()));
        return id;
    }

    @Transactional
    public ProviderId addProvider(NewProvider provider) {
        requireInScope(provider.practiceId());
        ProviderId id = ProviderId.random();
        repository.insertProvider(id, provider);
        return id;
    }

    @Transactional
    public LocationId addLocation(NewLocation location) {
        requireInScope(location.practiceId());
        LocationId id = LocationId.random();
        repository.insertLocation(id, location);
        return id;
    }

    @Transactional
    public PayerId addPayer(NewPayer payer) {
        requireSystem();
        PayerId id = PayerId.random();
        repository.insertPayer(id, payer);
        return id;
    }

    /** The practices the actor may see (all of them, not only the one picked in the switcher). */
    @Transactional(readOnly = true)
    public List<PracticeView> practices() {
        return repository.practices(current.scope());
    }

    /** The practice picked in the switcher, or all the actor may see when none is picked. */
    @Transactional(readOnly = true)
    public List<PracticeView> practicesInFocus() {
        return repository.practices(current.scope().focus());
    }

    @Transactional(readOnly = true)
    public Optional<PracticeView> practice(PracticeId id) {
        return repository.practice(current.scope(), id);
    }

    @Transactional(readOnly = true)
    public Optional<PracticeView> practiceByCode(String code) {
        return repository.practiceByCode(
                current.scope(), code == null ? "" : code.strip().toUpperCase());
    }

    /** Providers of the practices in focus. */
    @Transactional(readOnly = true)
    public List<ProviderView> providers() {
        return repository.providers(current.scope().focus());
    }

    /** Providers of every practice the actor may see, for resolving names on records of any of them. */
    @Transactional(readOnly = true)
    public List<ProviderView> allProviders() {
        return repository.providers(current.scope());
    }

    @Transactional(readOnly = true)
    public List<LocationView> locations() {
        return repository.locations(current.scope());
    }

    @Transactional(readOnly = true)
    public List<PayerView> payers() {
        return repository.payers(current.scope());
    }

    private void requireSystem() {
        if (!current.actor().isSystem()) {
            throw new Refused("SYSTEM_ONLY", 403, "Only set-up tasks may change billing companies and practices.");
        }
    }

    private void requireInScope(PracticeId practice) {
        if (!current.scope().includes(practice)) {
            throw Refused.notFound("practice");
        }
    }
}
