package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.headpin.resources.ResourceType;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A person who can be assigned to deals. */
@Entity
@Table(name = "resources")
public class Resource extends BaseEntity {

    public static final int SKILLS_MAX_LENGTH = 200;
    public static final BigDecimal MIN_DAYS_PER_WEEK = new BigDecimal("0.5");
    public static final BigDecimal MAX_DAYS_PER_WEEK = new BigDecimal("5");

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type", nullable = false, length = 30)
    private ResourceType type = ResourceType.CONSULTANT;
    @Column(length = SKILLS_MAX_LENGTH)
    private @Nullable String skills;
    @Column(name = "home_region_id")
    private @Nullable Long homeRegionId;
    @Column(name = "region_only", nullable = false)
    private boolean regionOnly;
    @Column(name = "days_per_week", nullable = false, precision = 3, scale = 1)
    private BigDecimal daysPerWeek = MAX_DAYS_PER_WEEK;
    @Column(nullable = false)
    private boolean active = true;

    protected Resource() {
    }

    public Resource(long userId) {
        this.userId = userId;
    }

    public void apply(ResourceType type, Set<String> skills, @Nullable Long homeRegionId, boolean regionOnly,
                      BigDecimal daysPerWeek, boolean active) {
        this.type = type;
        this.skills = skills.isEmpty() ? null : String.join(",", new TreeSet<>(skills));
        this.homeRegionId = homeRegionId;
        this.regionOnly = regionOnly;
        this.daysPerWeek = daysPerWeek;
        this.active = active;
    }

    /** The skills as stored: comma-separated, each trimmed. */
    public static Set<String> skillsOf(@Nullable String text) {
        return text == null ? Set.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    public long getUserId() {
        return userId;
    }

    public ResourceType getType() {
        return type;
    }

    public Set<String> getSkills() {
        return skillsOf(skills);
    }

    public @Nullable Long getHomeRegionId() {
        return homeRegionId;
    }

    public boolean isRegionOnly() {
        return regionOnly;
    }

    public BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }

    public boolean isActive() {
        return active;
    }
}
