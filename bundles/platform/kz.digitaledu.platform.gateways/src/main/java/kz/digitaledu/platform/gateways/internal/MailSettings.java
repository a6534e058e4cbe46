package kz.digitaledu.platform.gateways.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The SMTP server notifications are sent through, PID {@code kz.digitaledu.platform.mail}
 * (etc/kz.digitaledu.platform.mail.cfg). Without that file, no e-mail is sent.
 */
@ObjectClassDefinition(id = "kz.digitaledu.platform.mail", name = "Digital Education e-mail gateway")
public @interface MailSettings {
    @AttributeDefinition(description = "SMTP server host name")
    String host();

    @AttributeDefinition(description = "SMTP port: 587 for STARTTLS, 465 for TLS, 25 without")
    int port() default 587;

    @AttributeDefinition(description = "none, starttls (required) or tls")
    String security() default "starttls";

    @AttributeDefinition(description = "User name for SMTP authentication (empty: none)")
    String username() default "";

    @AttributeDefinition(description = "Password for SMTP authentication", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Sender address, e.g. Digital Education <noreply@school.kz>")
    String from();

    @AttributeDefinition(description = "Seconds to wait for the SMTP server")
    int timeoutSeconds() default 20;

    @AttributeDefinition(description = "Messages waiting to be sent at most; further ones are dropped and logged")
    int queueSize() default 10000;
}
