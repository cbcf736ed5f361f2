package vn.tayninh.dashboard.security.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import vn.tayninh.dashboard.security.TwoFactor;

/**
 * How a person sets up their authenticator app: the steps, the QR code the app scans, and the key to type in where a
 * phone cannot scan (the same key, in groups of four).
 */
public class AuthenticatorSetup extends Div {

    public AuthenticatorSetup(TwoFactor.Setup setup) {
        addClassName("authenticator-setup");
        OrderedList steps = new OrderedList(
                new ListItem(getTranslation("account.twoFactor.setup.install")),
                new ListItem(getTranslation("account.twoFactor.setup.scan")),
                new ListItem(getTranslation("account.twoFactor.setup.enter")));
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg(setup.address()).getBytes(StandardCharsets.UTF_8)), getTranslation("account.twoFactor.setup.qrAlt"));
        qr.setId("two-factor-qr");
        qr.setWidth("12rem");
        qr.setHeight("12rem");
        Span key = new Span(setup.groupedKey());
        key.setId("two-factor-key");
        key.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("word-break", "break-all").set("user-select", "all");
        Paragraph typed = new Paragraph(new Span(getTranslation("account.twoFactor.setup.key") + " "), key);
        add(steps, qr, typed);
    }

    /** The QR code of {@code text} as SVG: one square per dark module, a quiet zone of two modules. */
    static String svg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("an otpauth address too long for a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
