package kz.digitaledu.platform.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Security settings, PID {@code kz.digitaledu.platform.security} (etc/kz.digitaledu.platform.security.cfg). */
@ObjectClassDefinition(id = "kz.digitaledu.platform.security", name = "Digital Education security")
public @interface SecuritySettings {
    @AttributeDefinition(description = "Failed sign-ins in a row before the account is locked")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(description = "Minutes an account stays locked")
    int lockMinutes() default 15;

    @AttributeDefinition(description = "Hours a REST bearer token stays valid")
    int tokenHours() default 12;

    @AttributeDefinition(description = "Minimum password length")
    int minPasswordLength() default 8;

    @AttributeDefinition(description = "Argon2id memory in KiB")
    int argon2MemoryKib() default 19456;

    @AttributeDefinition(description = "Argon2id iterations")
    int argon2Iterations() default 2;

    @AttributeDefinition(description = "Issuer shown in authenticator apps")
    String totpIssuer() default "Digital Education";
}
