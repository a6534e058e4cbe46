package kz.digitaledu.platform.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.OrganisationType;

@Entity
@Table(name = "edu_organisation")
public class OrganisationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "parent_id")
    public Long parentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false)
    public OrganisationType type;
    @Column(nullable = false, unique = true)
    public String code;
    @Column(name = "name_kk")
    public String nameKk;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Organisation toApi() {
        return new Organisation(id, parentId, type, code, nameKk, nameRu, nameEn);
    }
}
