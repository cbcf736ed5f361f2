package vn.tayninh.dashboard.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.StatusColours;

/**
 * Writes a {@link MeetingPack} as an A4 landscape PDF: a cover, the target table, the key charts two by two, the
 * communes needing attention, and "Trang x / y" on every page. Text is set in Liberation Sans, embedded as
 * Identity-H so that every Vietnamese letter prints and can be searched and copied.
 */
public final class MeetingPackPdf {

    static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private static final Color BRAND = Color.decode(ReportChart.PALETTE.getFirst());
    private static final Color TEXT = new Color(0x1c, 0x23, 0x2b);
    private static final Color MUTED = new Color(0x5f, 0x6b, 0x7a);
    private static final Color HEADER_FILL = new Color(0xe8, 0xef, 0xf6);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final byte[] REGULAR_TTF = font(REGULAR);
    private static final byte[] BOLD_TTF = font(BOLD);

    private final MeetingPack pack;
    private final PackText text;
    private final BaseFont regular;
    private final BaseFont bold;

    private MeetingPackPdf(MeetingPack pack, PackText text) throws IOException {
        this.pack = pack;
        this.text = text;
        this.regular = baseFont(REGULAR, REGULAR_TTF);
        this.bold = baseFont(BOLD, BOLD_TTF);
    }

    static byte[] write(MeetingPack pack, PackText text) {
        try {
            return new MeetingPackPdf(pack, text).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded font, for tests that check it holds every Vietnamese letter. */
    static BaseFont regularFont() throws IOException {
        return baseFont(REGULAR, REGULAR_TTF);
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 36, 36, 32, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer());
        document.addTitle(nfc(t("export.pack.title") + " – " + pack.scopeText()));
        document.addSubject(nfc(pack.asOfText()));
        document.addCreator("cadre-dashboard");
        document.open();
        cover(document);
        document.newPage();
        targets(document);
        charts(document, writer.getDirectContent());
        document.newPage();
        attention(document);
        training(document);
        explanations(document);
        document.close();
        return out.toByteArray();
    }

    private void cover(Document document) {
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        PdfPCell stripe = new PdfPCell(new Phrase(" ", font(regular, 4, Color.WHITE)));
        stripe.setBackgroundColor(BRAND);
        stripe.setBorder(Rectangle.NO_BORDER);
        stripe.setFixedHeight(10);
        band.addCell(stripe);
        document.add(band);
        document.add(paragraph(t("export.pack.resolution"), regular, 12, MUTED, Element.ALIGN_LEFT, 30, 0));
        document.add(paragraph(t("export.pack.title").toUpperCase(java.util.Locale.forLanguageTag("vi")), bold, 34,
                BRAND, Element.ALIGN_LEFT, 40, 0));
        document.add(paragraph(t("export.pack.subtitle"), regular, 16, TEXT, Element.ALIGN_LEFT, 6, 0));
        document.add(paragraph(pack.scopeText(), bold, 22, TEXT, Element.ALIGN_LEFT, 36, 0));
        document.add(paragraph(pack.asOfText() + " · " + pack.ratingYearText(), regular, 14, TEXT,
                Element.ALIGN_LEFT, 10, 0));
        document.add(paragraph(t("export.pack.generated", TIME.format(pack.generatedAt()), DAY.format(pack.generatedAt())),
                regular, 12, MUTED, Element.ALIGN_LEFT, 6, 0));

        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        pack.targets().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        PdfPTable summary = new PdfPTable(counts.size());
        summary.setWidthPercentage(100);
        summary.setSpacingBefore(48);
        for (Map.Entry<Status, Integer> e : counts.entrySet()) {
            StatusColours.Badge colours = StatusColours.badge(e.getKey());
            // the number and its label as two paragraphs with their own leading: the 26 pt figure no longer
            // touches the label under it
            Paragraph number = new Paragraph(30, String.valueOf(e.getValue()),
                    font(bold, 26, Color.decode(colours.text())));
            number.setAlignment(Element.ALIGN_CENTER);
            Paragraph label = new Paragraph(14, nfc(t("status." + e.getKey().name())),
                    font(regular, 11, Color.decode(colours.text())));
            label.setAlignment(Element.ALIGN_CENTER);
            label.setSpacingBefore(4);
            PdfPCell cell = new PdfPCell();
            cell.addElement(number);
            cell.addElement(label);
            cell.setBackgroundColor(Color.decode(colours.background()));
            cell.setBorderColor(Color.WHITE);
            cell.setBorderWidth(3);
            cell.setPadding(10);
            cell.setPaddingTop(4);
            summary.addCell(cell);
        }
        document.add(summary);
        document.add(paragraph(t("export.pack.summary", String.valueOf(pack.targets().size())), regular, 10, MUTED,
                Element.ALIGN_LEFT, 6, 0));
    }

    private void targets(Document document) {
        document.add(heading(t("export.pack.targets")));
        document.add(paragraph(pack.scopeText() + " · " + pack.asOfText() + " · " + pack.ratingYearText(), regular, 9,
                MUTED, Element.ALIGN_LEFT, 0, 6));
        PdfPTable table = new PdfPTable(new float[] {27, 15, 10, 10, 16, 12, 10});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, 8.5f, List.of("export.col.target", "export.col.population", "export.col.baseline",
                "export.col.goal", "export.col.result", "export.col.status", "export.col.gap"));
        for (MeetingPack.TargetRow row : pack.targets()) {
            Paragraph name = new Paragraph();
            name.add(new Chunk(row.code() + "  ", font(bold, 8.5f, TEXT)));
            name.add(new Chunk(nfc(row.name()), font(regular, 8.5f, TEXT)));
            table.addCell(padded(new PdfPCell(name)));
            table.addCell(cell(row.population(), regular, 8.5f, TEXT, Element.ALIGN_LEFT));
            Paragraph baseline = new Paragraph(new Chunk(nfc(row.baseline()), font(regular, 8.5f, TEXT)));
            if (!row.baselineChange().isEmpty()) {
                baseline.add(Chunk.NEWLINE);
                baseline.add(new Chunk(nfc(row.baselineChange()), font(regular, 7, MUTED)));
            }
            PdfPCell base = padded(new PdfPCell(baseline));
            base.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(base);
            table.addCell(cell(row.goal(), regular, 8.5f, TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(row.result(), bold, 8.5f, TEXT, Element.ALIGN_RIGHT));
            StatusColours.Badge colours = StatusColours.badge(row.status());
            PdfPCell status = cell(row.statusText(), bold, 8, Color.decode(colours.text()), Element.ALIGN_CENTER);
            status.setBackgroundColor(Color.decode(colours.background()));
            table.addCell(status);
            table.addCell(cell(row.gap(), regular, 8.5f, TEXT, Element.ALIGN_RIGHT));
        }
        document.add(table);
    }

    private void charts(Document document, PdfContentByte canvas) {
        PdfChartPainter painter = new PdfChartPainter(regular, bold);
        List<ReportChart> charts = pack.charts();
        float width = (document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin()) / 2 - 12;
        float height = 188;
        for (int page = 0; page < charts.size(); page += 4) {
            document.newPage();
            document.add(heading(t("export.pack.charts")));
            document.add(paragraph(pack.scopeText() + " · " + pack.asOfText(), regular, 9, MUTED,
                    Element.ALIGN_LEFT, 0, 4));
            PdfPTable grid = new PdfPTable(2);
            grid.setWidthPercentage(100);
            for (int i = page; i < Math.min(page + 4, charts.size()); i++) {
                ReportChart chart = charts.get(i);
                PdfTemplate drawn = painter.paint(canvas, chart, width, height);
                PdfPCell cell = new PdfPCell();
                cell.setBorderColor(new Color(0xdd, 0xe2, 0xe8));
                cell.setPadding(6);
                Image image = Image.getInstance(drawn);
                image.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(image);
                cell.addElement(paragraph(chart.summary(), regular, 8, MUTED, Element.ALIGN_LEFT, 2, 0));
                grid.addCell(cell);
            }
            if ((Math.min(page + 4, charts.size()) - page) % 2 == 1) {
                PdfPCell empty = new PdfPCell();
                empty.setBorder(Rectangle.NO_BORDER);
                grid.addCell(empty);
            }
            document.add(grid);
        }
    }

    /** Type of the attention and explanation tables: 9.5 pt, readable on paper; the tables run over more pages. */
    static final float ATTENTION_TEXT = 9.5f;

    private void attention(Document document) {
        document.add(heading(t("export.pack.attention")));
        document.add(paragraph(pack.attentionNote(), regular, 10, TEXT, Element.ALIGN_LEFT, 0, 6));
        if (pack.attention().isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {5, 20, 5, 70});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, ATTENTION_TEXT, List.of("attention.rank", "attention.commune", "attention.score",
                "attention.reasons"));
        for (MeetingPack.AttentionRow row : pack.attention()) {
            table.addCell(cell(String.valueOf(row.rank()), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(row.commune(), bold, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(row.score()), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(String.join("; ", row.reasons()) + ".", regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    /** Where the targets training moves land by 2030 with the training plan, after the attention table. */
    private void training(Document document) {
        TrainingSection section = pack.training();
        if (section == null || section.rows().isEmpty()) {
            return;
        }
        document.add(heading(section.heading()));
        PdfPTable table = new PdfPTable(new float[] {28, 16, 16, 10, 12, 18});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        header(table, ATTENTION_TEXT, List.of("export.training.outcome.target", "export.training.outcome.natural",
                "export.training.outcome.withPlan", "export.training.outcome.byPlan", "export.training.outcome.missing",
                "export.training.outcome.extraPlaces"));
        for (TrainingSection.Row row : section.rows()) {
            table.addCell(cell(row.code() + " · " + row.name(), bold, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(row.natural(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(row.withPlan(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(row.byPlan(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(row.missing(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(row.extraPlaces(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
        }
        document.add(table);
        document.add(paragraph(section.note(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT, 4, 6));
    }

    /** A table's header row: the labels of {@code keys}, bold on the header fill. */
    private void header(PdfPTable table, float size, List<String> keys) {
        for (String key : keys) {
            PdfPCell cell = cell(t(key), bold, size, TEXT, Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
    }

    /** The period's requests for explanation and the communes' answers, on a page of their own. */
    private void explanations(Document document) {
        document.newPage();
        document.add(heading(t("export.pack.explanations")));
        if (pack.explanations().isEmpty()) {
            document.add(paragraph(t("export.pack.explanations.none"), regular, 10, TEXT, Element.ALIGN_LEFT, 0, 6));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {14, 6, 8, 8, 11, 20, 33});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, ATTENTION_TEXT, List.of("explanation.field.commune", "explanation.field.target",
                "explanation.field.asOf",
                "explanation.field.dueDate", "explanation.field.state", "explanation.field.request",
                "export.pack.explanations.answerHeader"));
        for (MeetingPack.ExplanationRow row : pack.explanations()) {
            table.addCell(cell(row.commune(), bold, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(row.target(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(row.asOf(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(row.dueDate(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(row.state(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(row.request(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(row.answer(), regular, ATTENTION_TEXT, TEXT, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    /** "Báo cáo họp · scope · as-of" on the left, "Trang x / y" on the right; y is known only at the end. */
    private final class Footer extends PdfPageEventHelper {

        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottomMargin() - 20;
            float right = document.getPageSize().getWidth() - document.rightMargin();
            canvas.saveState();
            canvas.setColorStroke(new Color(0xdd, 0xe2, 0xe8));
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.leftMargin(), y + 12);
            canvas.lineTo(right, y + 12);
            canvas.stroke();
            canvas.beginText();
            canvas.setColorFill(MUTED);
            canvas.setFontAndSize(regular, 8);
            canvas.showTextAligned(Element.ALIGN_LEFT, nfc(t("export.pack.title") + " · " + pack.scopeText() + " · "
                    + pack.asOfText()), document.leftMargin(), y, 0);
            String page = nfc(t("export.pack.page", String.valueOf(writer.getPageNumber()), ""));
            float pageWidth = regular.getWidthPoint(page, 8);
            canvas.showTextAligned(Element.ALIGN_LEFT, page, right - 22 - pageWidth, y, 0);
            canvas.endText();
            canvas.addTemplate(total, right - 22, y);
            canvas.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setColorFill(MUTED);
            total.setFontAndSize(regular, 8);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    private Paragraph heading(String text) {
        return paragraph(text, bold, 15, BRAND, Element.ALIGN_LEFT, 0, 2);
    }

    private static Paragraph paragraph(String text, BaseFont font, float size, Color colour, int align, float before,
                                       float after) {
        Paragraph p = new Paragraph(nfc(text), font(font, size, colour));
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell cell(String text, BaseFont font, float size, Color colour, int align) {
        PdfPCell cell = padded(new PdfPCell(new Phrase(nfc(text), font(font, size, colour))));
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static PdfPCell padded(PdfPCell cell) {
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(new Color(0xc8, 0xd0, 0xd9));
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static Font font(BaseFont font, float size, Color colour) {
        return new Font(font, size, Font.NORMAL, colour);
    }

    private String t(String key, Object... params) {
        return text.t(key, params);
    }

    private static String nfc(String text) {
        return ExportText.nfc(text);
    }

    private static BaseFont baseFont(String name, byte[] ttf) throws IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    }

    private static byte[] font(String resource) {
        try (InputStream in = MeetingPackPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
