package kz.digitaledu.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A category of notifications one account has switched off. */
@Entity
@Table(name = "edu_notification_mute")
public class NotificationMuteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "account_id", nullable = false)
    public long accountId;
    @Column(nullable = false)
    public String category;
}
