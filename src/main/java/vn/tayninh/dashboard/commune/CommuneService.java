package vn.tayninh.dashboard.commune;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CommuneService {

    private static final Comparator<Commune> BY_NAME =
            Comparator.comparing(Commune::getName, Collator.getInstance(Locale.forLanguageTag("vi")));

    private final CommuneRepository communes;

    CommuneService(CommuneRepository communes) {
        this.communes = communes;
    }

    /** All communes in Vietnamese alphabetical order of their names. */
    public List<Commune> findAll() {
        return communes.findAll().stream().sorted(BY_NAME).toList();
    }

    public Optional<Commune> findByCode(String code) {
        return communes.findByCode(code);
    }

    public Optional<Commune> findById(long id) {
        return communes.findById(id);
    }
}
