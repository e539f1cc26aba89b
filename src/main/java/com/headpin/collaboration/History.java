package com.headpin.collaboration;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field-level history of an audited entity ({@code @Audited}, table {@code <table>_aud}): who changed which field
 * from what to what, read from Envers revisions. The owning module asks for its own entity (entities are
 * package-private there) and decides who may see it; it names the fields to show and how to show their values.
 */
@Service
@Transactional(readOnly = true)
public class History {

    private final EntityManager entityManager;

    History(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Starts the list of fields to show, in the order they are listed per revision. */
    public static Fields fields() {
        return new Fields();
    }

    /**
     * The record's history, oldest first: a {@link TimelineEntry.Kind#CREATED} entry for the revision that added it,
     * then one {@link TimelineEntry.Kind#FIELD_CHANGED} entry per listed field that a revision changed. Fields not
     * listed, and revisions that changed none of the listed ones, do not appear.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TimelineEntry> changes(Class<?> entityType, Object id, Fields fields) {
        List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<String, Field> members = new LinkedHashMap<>();
        fields.byProperty.keySet().forEach(property -> members.put(property, member(entityType, property)));
        List<TimelineEntry> entries = new ArrayList<>();
        Map<String, @Nullable Object> previous = null;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Revision revision = (Revision) columns[1];
            Map<String, @Nullable Object> current = snapshot(columns[0], members);
            if (columns[2] == RevisionType.ADD) {
                entries.add(new TimelineEntry(revision.at(), revision.userId(), revision.userName(),
                        TimelineEntry.Kind.CREATED, null, null, null));
            } else if (previous != null) {
                for (var field : fields.byProperty.entrySet()) {
                    Object before = previous.get(field.getKey());
                    Object after = current.get(field.getKey());
                    if (!Objects.equals(before, after)) {
                        FieldSpec spec = field.getValue();
                        entries.add(new TimelineEntry(revision.at(), revision.userId(), revision.userName(),
                                TimelineEntry.Kind.FIELD_CHANGED, spec.labelKey(), spec.format().apply(before),
                                spec.format().apply(after)));
                    }
                }
            }
            previous = current;
        }
        return entries;
    }

    /**
     * The history of the items that belong to one record (a deal's action items), oldest first: for each revision of
     * an item one {@link TimelineEntry.Kind#FIELD_CHANGED} entry labelled {@code labelKey}, with the item as
     * {@code summary} shows it before and after (nothing before: added; nothing after: removed). Revisions that leave
     * the summary as it was do not appear. Needs Envers to keep a deleted item's data ({@code store_data_at_delete}).
     */
    @PreAuthorize("isAuthenticated()")
    public <T> List<TimelineEntry> itemChanges(Class<T> entityType, String ownerProperty, Object ownerId,
                                               String labelKey, Function<T, String> summary) {
        List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.property(ownerProperty).eq(ownerId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var ids = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, String> previous = new HashMap<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Revision revision = (Revision) columns[1];
            Object id = ids.getIdentifier(columns[0]);
            String before = previous.getOrDefault(id, "");
            String after = columns[2] == RevisionType.DEL ? "" : summary.apply(entityType.cast(columns[0]));
            previous.put(id, after);
            if (!before.equals(after)) {
                entries.add(new TimelineEntry(revision.at(), revision.userId(), revision.userName(),
                        TimelineEntry.Kind.FIELD_CHANGED, labelKey, before, after));
            }
        }
        return entries;
    }

    /** The default text of a value: empty for none, a collection's elements sorted and comma-separated. */
    public static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(History::text).sorted().collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private Field member(Class<?> entityType, String property) {
        Member member = entityManager.getMetamodel().entity(entityType).getAttribute(property).getJavaMember();
        if (!(member instanceof Field field)) {
            throw new IllegalArgumentException(entityType.getSimpleName() + "." + property + " is not a field");
        }
        field.setAccessible(true);
        return field;
    }

    /** The listed properties of one audited state; collections copied, so states compare by content. */
    private static Map<String, @Nullable Object> snapshot(Object entity, Map<String, Field> members) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        members.forEach((property, field) -> {
            try {
                Object value = field.get(entity);
                values.put(property, value instanceof Collection<?> collection ? copy(collection) : value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + property, e);
            }
        });
        return values;
    }

    private static Collection<?> copy(Collection<?> collection) {
        return collection instanceof Set<?> ? new HashSet<>(collection) : new ArrayList<>(collection);
    }

    /** The fields a history shows: property name → label key, and optionally how to show the property's value. */
    public static final class Fields {

        private final Map<String, FieldSpec> byProperty = new LinkedHashMap<>();

        private Fields() {
        }

        /** A field shown with {@link History#text}. */
        public Fields field(String property, String labelKey) {
            return field(property, labelKey, History::text);
        }

        /** A field whose values the module shows itself (a user's name for an id, a translated role). */
        public Fields field(String property, String labelKey, Function<@Nullable Object, String> format) {
            byProperty.put(property, new FieldSpec(labelKey, format));
            return this;
        }
    }

    private record FieldSpec(String labelKey, Function<@Nullable Object, String> format) {
    }
}
