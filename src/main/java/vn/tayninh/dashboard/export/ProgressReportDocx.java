package vn.tayninh.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Lays out a {@link ProgressReport} as a Word document (Apache POI XWPF) in the manner of a Party document: A4,
 * Times New Roman 14 named in the styles (Normal, Title, Heading 1 and 2, so Word's navigation pane shows the
 * sections), the heading block in a borderless table, real Word tables in the annex, the page number in the footer.
 * It writes the model's sentences as they are and counts nothing.
 */
final class ProgressReportDocx {

    static final String FONT = "Times New Roman";
    /** Half-points: 14 pt for the text, 12 pt in the annex tables. */
    private static final int TEXT_SIZE = 28;
    private static final int TABLE_SIZE = 24;
    private static final int FIRST_LINE_INDENT = 567; // 1 cm in twentieths of a point

    private final PackText text;
    private final XWPFDocument doc = new XWPFDocument();

    private ProgressReportDocx(PackText text) {
        this.text = text;
    }

    static void write(ProgressReport report, PackText text, OutputStream out) throws IOException {
        ProgressReportDocx writer = new ProgressReportDocx(text);
        try (XWPFDocument doc = writer.doc) {
            writer.page();
            writer.styles();
            writer.heading(report.heading());
            writer.results(report.results());
            writer.limitations(report.limitations());
            writer.directions(report.directions());
            writer.proposals(report.proposalsPrompt());
            writer.signature();
            writer.annex(report.annex());
            doc.write(out);
        }
    }

    // --- page and styles -----------------------------------------------------------------------------------------

    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
    }

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
        styles.addStyle(style("Normal", "Normal", null, false, TEXT_SIZE, -1));
        styles.addStyle(style("Title", "Title", "Normal", true, TEXT_SIZE, -1));
        styles.addStyle(style("Heading1", "heading 1", "Normal", true, TEXT_SIZE, 0));
        styles.addStyle(style("Heading2", "heading 2", "Normal", true, TEXT_SIZE, 1));
        styles.addStyle(style("TableText", "Table Text", "Normal", false, TABLE_SIZE, -1));
    }

    /** A paragraph style in Times New Roman; {@code outline} ≥ 0 makes it a heading of that level. */
    private static XWPFStyle style(String id, String name, String basedOn, boolean bold, int size, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(size == TABLE_SIZE ? 0 : 120));
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraph.addNewKeepNext();
            paragraph.getSpacing().setBefore(BigInteger.valueOf(120));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(size));
        run.addNewSzCs().setVal(BigInteger.valueOf(size));
        run.addNewLang().setVal("vi-VN");
        if (bold) {
            run.addNewB();
            run.addNewBCs();
        }
        return new XWPFStyle(style);
    }

    // --- the document --------------------------------------------------------------------------------------------

    private void heading(ProgressReport.Heading h) {
        XWPFTable block = doc.createTable(1, 2);
        block.removeBorders();
        block.setWidth("100%");
        XWPFTableCell left = block.getRow(0).getCell(0);
        left.setWidth("40%");
        line(left.getParagraphs().getFirst(), h.issuingBody(), false, false, false);
        line(left.addParagraph(), h.issuingUnit(), true, false, false);
        line(left.addParagraph(), "*", false, false, false);
        line(left.addParagraph(), h.number(), false, false, false);
        XWPFTableCell right = block.getRow(0).getCell(1);
        right.setWidth("60%");
        line(right.getParagraphs().getFirst(), h.party(), true, false, true);
        line(right.addParagraph(), "", false, false, false);
        line(right.addParagraph(), h.placeAndDate(), false, true, false);

        XWPFParagraph title = paragraph("Title", h.title());
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(360);
        XWPFParagraph subject = paragraph("Title", h.subject());
        subject.setAlignment(ParagraphAlignment.CENTER);
        XWPFParagraph period = paragraph("Normal", null);
        period.setAlignment(ParagraphAlignment.CENTER);
        italic(period, h.period());
        XWPFParagraph rule = paragraph("Normal", "-----");
        rule.setAlignment(ParagraphAlignment.CENTER);
        body(h.scope() + ". " + h.asOf() + ".");
    }

    private void results(ProgressReport.Results r) {
        paragraph("Heading1", t("export.report.section.results"));
        paragraph("Heading2", t("export.report.section.results.targets"));
        r.targets().forEach(s -> item(s.text()));
        body(r.summary());
        paragraph("Heading2", t("export.report.section.results.seats"));
        r.vacancies().forEach(this::item);
        paragraph("Heading2", t("export.report.section.results.rating"));
        r.ratings().forEach(this::item);
    }

    private void limitations(ProgressReport.Limitations l) {
        paragraph("Heading1", t("export.report.section.limitations"));
        paragraph("Heading2", t("export.report.section.limitations.behind"));
        body(l.behindNote());
        l.behind().forEach(s -> item(s.text()));
        paragraph("Heading2", t("export.report.section.limitations.attention"));
        body(l.attentionNote());
        // ranked lines carry their rank ("1. Xã …"), not a dash
        l.attention().forEach(this::body);
        paragraph("Heading2", t("export.report.section.limitations.data"));
        body(l.completeness());
        if (!l.causes().isEmpty()) {
            paragraph("Heading2", t("export.report.section.limitations.causes"));
            l.causes().forEach(c -> item(t("export.report.cause", c.commune(), t("target." + c.targetCode() + ".name"),
                    c.cause())));
        }
    }

    private void directions(ProgressReport.Directions d) {
        paragraph("Heading1", t("export.report.section.directions"));
        d.targets().forEach(x -> item(x.text()));
        if (d.note() != null) {
            body(d.note());
        }
        if (d.training() != null) {
            paragraph("Heading2", d.training().heading());
            d.training().sentences().forEach(this::item);
            body(d.training().note());
        }
    }

    private void proposals(String prompt) {
        paragraph("Heading1", t("export.report.section.proposals"));
        XWPFParagraph p = paragraph("Normal", null);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        // the prompt stays on the page of the recipients and the signer below it
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
        italic(p, prompt);
    }

    private void signature() {
        XWPFTable block = doc.createTable(1, 2);
        block.removeBorders();
        block.setWidth("100%");
        // the recipients and the signer are one block: never a page holding only "- Lưu Văn phòng Ban."
        block.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = block.getRow(0).getCell(0);
        left.setWidth("50%");
        XWPFParagraph to = left.getParagraphs().getFirst();
        XWPFRun run = to.createRun();
        run.setText(t("export.report.recipients"));
        run.setBold(true);
        run.setItalic(true);
        run.setFontSize(12);
        for (String line : t("export.report.recipients.list").split("\\|")) {
            XWPFRun r = left.addParagraph().createRun();
            r.setText(line);
            r.setFontSize(11);
        }
        XWPFTableCell right = block.getRow(0).getCell(1);
        right.setWidth("50%");
        line(right.getParagraphs().getFirst(), t("export.report.signer"), true, false, false);
    }

    private void annex(ProgressReport.Annex a) {
        XWPFParagraph heading = paragraph("Heading1", t("export.report.section.annex"));
        heading.setPageBreak(true);
        heading.setAlignment(ParagraphAlignment.CENTER);
        paragraph("Heading2", t("export.report.annex.targets"));
        List<String> header = List.of(t("export.report.annex.code"), t("export.report.annex.target"),
                t("export.report.annex.baseline"), t("export.report.annex.goal"), t("export.report.annex.result"),
                t("export.report.annex.status"), t("export.report.annex.gap"));
        XWPFTable targets = table(header);
        for (MeetingPack.TargetRow row : a.targets()) {
            String baseline = row.baselineChange().isEmpty() ? row.baseline() : row.baseline() + " " + row.baselineChange();
            cells(targets.createRow(), List.of(row.code(), row.name(), baseline, row.goal(), row.result(),
                    row.statusText(), row.gap()));
        }
        paragraph("Heading2", t("export.report.annex.communes"));
        XWPFTable communes = table(a.communeHeader());
        for (List<String> row : a.communes()) {
            cells(communes.createRow(), row);
        }
        XWPFParagraph legend = paragraph("TableText", null);
        italic(legend, t("export.report.annex.legend"));
    }

    // --- pieces --------------------------------------------------------------------------------------------------

    private XWPFTable table(List<String> header) {
        XWPFTable table = doc.createTable(1, header.size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow first = table.getRow(0);
        first.setRepeatHeader(true);
        for (int i = 0; i < header.size(); i++) {
            XWPFParagraph p = first.getCell(i).getParagraphs().getFirst();
            p.setStyle("TableText");
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = p.createRun();
            run.setText(header.get(i));
            run.setBold(true);
        }
        return table;
    }

    private static void cells(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().getFirst();
            p.setStyle("TableText");
            if (i != 1) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            p.createRun().setText(unbroken(values.get(i)));
        }
    }

    private static void line(XWPFParagraph p, String value, boolean bold, boolean italic, boolean underline) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setText(unbroken(value));
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private XWPFParagraph paragraph(String style, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (value != null) {
            p.createRun().setText(unbroken(value));
        }
        return p;
    }

    /** A justified paragraph of the body, its first line indented. */
    private void body(String value) {
        XWPFParagraph p = paragraph("Normal", value);
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
    }

    /** One sentence of a list: "- " then the sentence, as administrative documents list their points. */
    private void item(String value) {
        body("- " + value);
    }

    /**
     * A share's number and its "%" never part at the end of a line ("100,0" / "%"): the space between them is written
     * as a no-break space.
     */
    static String unbroken(String value) {
        return value == null ? null : value.replace(" %", "\u00a0%");
    }

    private static void italic(XWPFParagraph p, String value) {
        XWPFRun run = p.createRun();
        run.setText(unbroken(value));
        run.setItalic(true);
    }

    private String t(String key, Object... params) {
        return text.t(key, params);
    }
}
