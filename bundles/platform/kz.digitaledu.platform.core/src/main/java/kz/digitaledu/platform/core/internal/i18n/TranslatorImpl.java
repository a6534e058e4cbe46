package kz.digitaledu.platform.core.internal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kz.digitaledu.platform.api.i18n.Translator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extender: reads the translations of every active bundle that declares the
 * {@value Translator#HEADER} header, and forgets them when the bundle stops.
 */
@Component(service = Translator.class)
public class TranslatorImpl implements Translator {
    private static final Logger LOG = LoggerFactory.getLogger(TranslatorImpl.class);

    private final MessageCatalog catalog = new MessageCatalog();
    private final BundleTracker<Bundle> tracker;

    @Activate
    public TranslatorImpl(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String base = bundle.getHeaders("").get(HEADER);
                if (base == null || base.isBlank()) {
                    return null;
                }
                catalog.add(bundle.getBundleId(), load(bundle, base.trim()));
                return bundle;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                catalog.remove(bundle.getBundleId());
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private static Map<String, Properties> load(Bundle bundle, String base) {
        Map<String, Properties> byLanguage = new HashMap<>();
        for (Locale l : LANGUAGES) {
            URL url = bundle.getEntry(base + "_" + l.getLanguage() + ".properties");
            if (url == null) {
                LOG.warn("Bundle {} declares {} but has no {} translations", bundle.getSymbolicName(), base, l);
                continue;
            }
            Properties p = new Properties();
            try (InputStream in = url.openStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.warn("Cannot read {} of {}", url, bundle.getSymbolicName(), e);
            }
            byLanguage.put(l.getLanguage(), p);
        }
        return byLanguage;
    }

    @Override
    public String translate(Locale locale, String key, Object... args) {
        return catalog.translate(locale, key, args);
    }

    @Override
    public boolean has(String key) {
        return catalog.has(key);
    }
}
