package kz.digitaledu.platform.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "edu_notification")
public class NotificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "recipient_account_id", nullable = false)
    public long recipientAccountId;
    @Column(nullable = false)
    public String category;
    @Column(name = "title_key", nullable = false)
    public String titleKey;
    @Column(name = "body_key")
    public String bodyKey;
    @Column(name = "args_json")
    public String argsJson;
    @Column(name = "links_json")
    public String linksJson;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
}
