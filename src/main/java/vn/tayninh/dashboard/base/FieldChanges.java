package vn.tayninh.dashboard.base;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tayninh.dashboard.base.Change.Action;

/** Collects the fields of one record that differ between its old and new state, for the audit trail. */
public final class FieldChanges {

    private final Long communeId;
    private final String entity;
    private final Long entityId;
    private final Action action;
    private final List<Change> changes = new ArrayList<>();

    private FieldChanges(Long communeId, String entity, Long entityId, Action action) {
        this.communeId = communeId;
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
    }

    public static FieldChanges of(Long communeId, String entity, Long entityId, Action action) {
        return new FieldChanges(communeId, entity, entityId, action);
    }

    /** Records the field when its value changed (always for a created record with a value). */
    public FieldChanges field(String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new Change(communeId, entity, entityId, action, field, before, after));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }

    /** A value as the audit trail shows it: dates dd/MM/yyyy, enums by code, null as no value. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return Formats.date(date);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
