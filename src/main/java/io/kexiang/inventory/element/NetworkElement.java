package io.kexiang.inventory.element;

import io.kexiang.inventory.NetworkElementRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A router, switch or DDN node that carries customer circuits. Written by {@link NetworkElementWriter}. */
@Entity
@Table(name = "network_element")
public class NetworkElement {

    @Id
    private Long id;
    private String name;
    private String vendor;
    private String model;
    private String site;
    @Enumerated(EnumType.STRING)
    private NetworkElementRole role;
    private String nmsName;
    private String trapCommunities;
    private String status;
    private Instant createdAt;
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "ne_address", joinColumns = @JoinColumn(name = "ne_id"))
    @Column(name = "address")
    private Set<String> addresses;

    protected NetworkElement() {
    }

    public String name() {
        return name;
    }

    Long id() {
        return id;
    }

    /** This element as a draft, its other fields as they are, with these communities. */
    NetworkElementDraft withCommunities(List<String> communities) {
        return new NetworkElementDraft(name, List.copyOf(new TreeSet<>(addresses)), vendor, model, site, role, nmsName,
                communities);
    }

    NetworkElementView view() {
        return new NetworkElementView(name, new TreeSet<>(addresses), vendor, model, site, role, nmsName,
                maskedCommunities(), status, createdAt, updatedAt);
    }

    /** Communities are shared secrets: a view shows that they are set and how they begin, not what they are. */
    private List<String> maskedCommunities() {
        if (trapCommunities == null || trapCommunities.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(trapCommunities.split(","))
                .map(community -> community.substring(0, Math.min(2, community.length())) + "***").toList();
    }
}
