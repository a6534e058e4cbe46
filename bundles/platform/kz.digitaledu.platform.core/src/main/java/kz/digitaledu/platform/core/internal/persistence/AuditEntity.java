package kz.digitaledu.platform.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import kz.digitaledu.platform.api.AuditEntry;

/** An audit line; the platform only ever inserts these. */
@Entity
@Table(name = "edu_audit")
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "occurred_at", nullable = false)
    public Instant at;
    @Column(name = "actor_account_id")
    public Long actorAccountId;
    @Column(name = "actor_username")
    public String actorUsername;
    @Column(name = "organisation_id")
    public Long organisationId;
    @Column(name = "audit_action", nullable = false)
    public String action;
    @Column(name = "entity_type", nullable = false)
    public String entityType;
    @Column(name = "entity_id")
    public String entityId;
    @Column(name = "before_json")
    public String before;
    @Column(name = "after_json")
    public String after;
    @Column(name = "remote_address")
    public String remoteAddress;

    public AuditEntry toApi() {
        return new AuditEntry(id, at, actorAccountId, actorUsername, organisationId, action, entityType, entityId, before, after,
                remoteAddress);
    }
}
