package dev.sitrep.render;

import dev.sitrep.render.PdfWriter.PdfInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The one PDFBox pass after openhtmltopdf: replaces the Info dictionary and the XMP packet with
 * values from {@link PdfInfo} only (no wall clock, no library versions) and pins the trailer /ID.
 * veraPDF compares Info with XMP entry by entry, so both are written here from the same values.
 */
final class PdfMetadata {

    private PdfMetadata() {
    }

    static byte[] pin(byte[] pdf, PdfInfo info, java.util.List<PdfWriter.Attachment> attachments) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Calendar date = utc(info);
            doc.getDocumentCatalog().setLanguage(LANGUAGE);
            attach(doc, attachments, date);
            doc.setDocumentInformation(information(info, date));
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(info, date));
            doc.getDocumentCatalog().setMetadata(metadata);
            // PDFBox keeps a trailer /ID that is present; left absent it would seed one from the clock.
            COSArray id = new COSArray();
            id.add(new COSString(info.documentIdBytes()));
            id.add(new COSString(info.documentIdBytes()));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the PDF's metadata", e);
        }
    }

    static final String LANGUAGE = "en";

    /**
     * Embeds each attachment as a PDF/A-3 associated file of the document: a file specification with
     * its relationship, listed in the catalog's /AF and in the EmbeddedFiles name tree, each stream
     * with its MIME type, size and the edition's date (never the clock).
     */
    private static void attach(PDDocument doc, java.util.List<PdfWriter.Attachment> attachments, Calendar date)
            throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        java.util.Map<String, org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification> specs =
                new java.util.TreeMap<>();
        COSArray associated = new COSArray();
        for (PdfWriter.Attachment a : attachments) {
            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(doc,
                    new java.io.ByteArrayInputStream(a.bytes()));
            file.setSubtype(a.mimeType());
            file.setSize(a.bytes().length);
            file.setCreationDate(date);
            file.setModDate(date);
            var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            spec.setFile(a.name());
            spec.setFileUnicode(a.name());
            spec.setFileDescription(a.description());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), a.relationship());
            specs.put(a.name(), spec);
            associated.add(spec);
        }
        var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
        tree.setNames(specs);
        var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static PDDocumentInformation information(PdfInfo info, Calendar date) {
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setKeywords(info.keywords());
        information.setCreator(PdfWriter.PRODUCER);
        information.setProducer(PdfWriter.PRODUCER);
        information.setCreationDate(date);
        information.setModificationDate(date);
        return information;
    }

    private static byte[] xmp(PdfInfo info, Calendar date) {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            var pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(3);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.addLanguage(LANGUAGE);
        if (info.title() != null) {
            dc.setTitle(info.title());
        }
        if (info.author() != null) {
            dc.addCreator(info.author());
        }
        if (info.subject() != null) {
            dc.setDescription(info.subject());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PdfWriter.PRODUCER);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);
        var pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PdfWriter.PRODUCER);
        if (info.keywords() != null) {
            pdf.setKeywords(info.keywords());
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // The JDK's own transformer, whatever else the classpath offers: launched from the jar or from
            // classes, Saxon may or may not be picked, and it indents the packet differently.
            new XmpSerializer(javax.xml.transform.TransformerFactory.newDefaultInstance(),
                    javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()).serialize(xmp, out, true);
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise XMP metadata", e);
        }
    }

    // Whole seconds: PDF dates have no finer precision, and Info and XMP must agree exactly.
    private static Calendar utc(PdfInfo info) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(info.date().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return calendar;
    }
}
