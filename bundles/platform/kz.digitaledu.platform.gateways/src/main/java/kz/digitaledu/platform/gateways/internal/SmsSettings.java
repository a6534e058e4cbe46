package kz.digitaledu.platform.gateways.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An SMS provider's HTTP API, PID {@code kz.digitaledu.platform.sms} (etc/kz.digitaledu.platform.sms.cfg). Without
 * that file, no SMS is sent. {@code ${phone}} (E.164, e.g. +77012345678), {@code ${phoneDigits}} (77012345678) and
 * {@code ${text}} are replaced in the URL (URL-encoded) and in the body (escaped for JSON when the content type is
 * JSON, URL-encoded when it is a form).
 */
@ObjectClassDefinition(id = "kz.digitaledu.platform.sms", name = "Digital Education SMS gateway")
public @interface SmsSettings {
    @AttributeDefinition(description = "The provider's URL, e.g. https://sms.example.kz/send or with ?to=${phone}&text=${text}")
    String url();

    @AttributeDefinition(description = "GET or POST")
    String method() default "POST";

    @AttributeDefinition(description = "Content type of the body (POST)")
    String contentType() default "application/json";

    @AttributeDefinition(description = "Body template (POST)")
    String body() default "{\"to\":\"${phone}\",\"text\":\"${text}\"}";

    @AttributeDefinition(description = "Header that carries the credentials, e.g. Authorization (empty: none)")
    String authHeader() default "";

    @AttributeDefinition(description = "Value of that header, e.g. Bearer <key>", type = AttributeType.PASSWORD)
    String authValue() default "";

    @AttributeDefinition(description = "Characters at most in one message (longer texts are cut with …)")
    int maxLength() default 300;

    @AttributeDefinition(description = "Seconds to wait for the provider")
    int timeoutSeconds() default 20;

    @AttributeDefinition(description = "Messages waiting to be sent at most; further ones are dropped and logged")
    int queueSize() default 10000;
}
