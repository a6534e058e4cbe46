package kz.digitaledu.platform.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Attached files, PID {@code kz.digitaledu.platform.files} (etc/kz.digitaledu.platform.files.cfg). */
@ObjectClassDefinition(id = "kz.digitaledu.platform.files", name = "Digital Education files")
public @interface FilesSettings {
    @AttributeDefinition(description = "Largest file accepted, in megabytes")
    int maxMegabytes() default 25;

    @AttributeDefinition(description = "Folder of the stored files (empty: data/files)")
    String directory() default "";
}
