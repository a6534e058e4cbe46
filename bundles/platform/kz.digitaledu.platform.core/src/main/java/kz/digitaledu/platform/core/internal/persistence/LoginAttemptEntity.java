package kz.digitaledu.platform.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "edu_login_attempt")
public class LoginAttemptEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "occurred_at", nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String username;
    public boolean success;
    @Column(nullable = false)
    public String reason;
    @Column(name = "remote_address")
    public String remoteAddress;
}
