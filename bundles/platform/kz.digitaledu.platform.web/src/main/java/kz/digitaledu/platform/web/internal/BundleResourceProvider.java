package kz.digitaledu.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.vaadin.flow.di.ResourceProvider;

/**
 * Flow's resources in OSGi: application resources (flow-build-info.json, stats.json, index.html, VAADIN/build/*) come
 * from the web bundle, client resources from the {@code com.vaadin.flow.client} bundle. Flow's default provider uses
 * flow-server's own class loader, which sees neither. Instantiated by Flow's {@code LookupInitializer}.
 */
public class BundleResourceProvider implements ResourceProvider {

    private static final String CLIENT_BUNDLE = "com.vaadin.flow.client";

    private final ClassLoader loader = BundleResourceProvider.class.getClassLoader();

    @Override
    public URL getApplicationResource(String path) {
        return loader.getResource(path);
    }

    @Override
    public List<URL> getApplicationResources(String path) throws IOException {
        return Collections.list(loader.getResources(path));
    }

    @Override
    public URL getClientResource(String path) {
        Bundle client = clientBundle();
        URL url = client == null ? null : client.getResource(path);
        return url != null ? url : loader.getResource(path);
    }

    @Override
    public InputStream getClientResourceAsStream(String path) throws IOException {
        URL url = getClientResource(path);
        if (url == null) {
            throw new IOException("Vaadin client resource not found: " + path);
        }
        return url.openStream();
    }

    private static Bundle clientBundle() {
        Bundle own = FrameworkUtil.getBundle(BundleResourceProvider.class);
        BundleContext ctx = own == null ? null : own.getBundleContext();
        if (ctx == null) {
            return null;
        }
        for (Bundle b : ctx.getBundles()) {
            if (CLIENT_BUNDLE.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }
}
