package kz.digitaledu.platform.web.internal;

import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import kz.digitaledu.platform.api.EduException;

/** Any error while opening a view: a translated message, never the exception's text; the details go to the log. */
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    private final H2 message = new H2();

    public ErrorView() {
        message.setId("error-message");
        add(message, new Anchor("./", Web.t("web.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception e = parameter.getCaughtException();
        if (e instanceof EduException edu) {
            message.setText(Web.message(edu));
            return edu.status();
        }
        LOG.warn("Error opening /{}", event.getLocation().getPath(), e);
        message.setText(Web.t("web.error"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
