package vn.tayninh.dashboard.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.indicator.StatusColours;

/** Writes the status colours of {@link StatusColours} into every page, for the status classes of dashboard.css. */
@Component
class StatusStyles implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().head().appendElement("style")
                .attr("id", "status-colours").appendChild(new DataNode(StatusColours.css())));
    }
}
