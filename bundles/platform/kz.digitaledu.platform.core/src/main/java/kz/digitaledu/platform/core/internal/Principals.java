package kz.digitaledu.platform.core.internal;

import java.util.Locale;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.core.internal.persistence.AccountEntity;
import kz.digitaledu.platform.core.internal.persistence.GrantEmbeddable;

final class Principals {
    private Principals() {
    }

    static EduPrincipal of(AccountEntity a) {
        return new EduPrincipal(a.id, a.username, a.person.lastName + " " + a.person.firstName, Locale.forLanguageTag(a.language),
                a.grants.stream().map(GrantEmbeddable::toApi).toList());
    }
}
